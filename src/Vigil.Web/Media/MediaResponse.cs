using Vigil.Storage.Media;

namespace Vigil.Web.Media;

/// <summary>An evidence file as media: facts as the caller may see them, why it has no fingerprint (if so), its media item's files, its incidents.</summary>
internal sealed record MediaResponse(string Id, MediaFacts Facts, string? Error, IReadOnlyList<MediaItemFile> Item, IReadOnlyList<Guid> Incidents);
