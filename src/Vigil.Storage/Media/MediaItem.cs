namespace Vigil.Storage.Media;

/// <summary>
/// Evidence files that show the same picture or footage, earliest first (by their report's publication
/// date, then by when they were stored): the first is the earliest known appearance, the rest re-posts.
/// Known by its first file's id.
/// </summary>
public sealed record MediaItem(IReadOnlyList<MediaItemFile> Files)
{
    /// <summary>The id of the earliest file, which names the item.</summary>
    public string Id => Files[0].EvidenceId;
}
