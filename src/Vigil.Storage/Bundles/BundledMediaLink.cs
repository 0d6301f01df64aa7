namespace Vigil.Storage.Bundles;

/// <summary>An incident ↔ media item link as a bundle carries it (<c>data/records/media.json</c>).</summary>
/// <param name="Incident">The incident.</param>
/// <param name="EvidenceId">The file the editor attached (SHA-256).</param>
/// <param name="LinkedBy">The editor's account.</param>
/// <param name="MediaItem">The SHA-256 of every file of the media item when the bundle was written, earliest first.</param>
public sealed record BundledMediaLink(Guid Incident, string EvidenceId, string LinkedBy, IReadOnlyList<string> MediaItem)
{
    /// <summary>For each file of <see cref="MediaItem"/>, its copy in the bundle (<c>data/evidence/…</c>), or null where it was withheld.</summary>
    public IReadOnlyDictionary<string, string?> Copies { get; init; } = new Dictionary<string, string?>();
}
