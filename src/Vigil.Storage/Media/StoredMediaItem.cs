namespace Vigil.Storage.Media;

/// <summary>
/// A media item as kept in the store: evidence files that show the same picture or footage, grouped as
/// they are fingerprinted (<see cref="GroupMedia"/>). Its files are the <see cref="MediaItemMember"/> rows
/// pointing at it; <see cref="MediaItem"/> is the item as readers see it.
/// </summary>
public sealed class StoredMediaItem
{
    /// <summary>Internal id (pages and links name an item by any of its files).</summary>
    public required Guid Id { get; init; }

    /// <summary>How many files it holds, kept up to date as files join and items merge.</summary>
    public int FileCount { get; set; }

    /// <summary>When it was started (UTC).</summary>
    public DateTime CreatedAt { get; init; }
}
