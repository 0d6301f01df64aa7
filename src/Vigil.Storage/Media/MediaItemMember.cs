namespace Vigil.Storage.Media;

/// <summary>One fingerprinted evidence file's place in a <see cref="StoredMediaItem"/>, with the match that put it there.</summary>
public sealed class MediaItemMember
{
    /// <summary>The evidence file (its SHA-256).</summary>
    public required string EvidenceId { get; init; }

    /// <summary>The item it belongs to.</summary>
    public Guid MediaItemId { get; set; }

    /// <summary>The file it matched most closely when it joined (null: it started the item).</summary>
    public string? MatchedEvidenceId { get; init; }

    /// <summary>That match's distance (bits).</summary>
    public int? Distance { get; init; }

    /// <summary>That match's frames as JSON: [this file's second, the other's second, distance] per pair.</summary>
    public string? FramesJson { get; init; }

    /// <summary>The file's index keys (<see cref="Core.Media.MediaKeys.ToBytes"/>): the index is built from these, without reading every frame.</summary>
    public required byte[] Keys { get; init; }

    /// <summary>When it joined (UTC).</summary>
    public DateTime JoinedAt { get; init; }
}
