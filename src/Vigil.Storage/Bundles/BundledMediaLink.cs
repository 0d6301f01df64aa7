namespace Vigil.Storage.Bundles;

/// <summary>An incident ↔ media item link as a bundle carries it (<c>data/records/media.json</c>).</summary>
/// <param name="Incident">The incident.</param>
/// <param name="EvidenceId">The file the editor attached (SHA-256).</param>
/// <param name="LinkedBy">The editor's account.</param>
/// <param name="MediaItem">The SHA-256 of every file of the media item when the bundle was written, earliest first.</param>
public sealed record BundledMediaLink(Guid Incident, string EvidenceId, string LinkedBy, IReadOnlyList<string> MediaItem);
