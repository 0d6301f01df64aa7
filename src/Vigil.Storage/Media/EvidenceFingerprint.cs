namespace Vigil.Storage.Media;

/// <summary>
/// The perceptual fingerprint of one evidence file, with the facts read from it and a thumbnail; or,
/// when it could not be fingerprinted, why (<see cref="Error"/>). One row per evidence file that was tried.
/// </summary>
public sealed class EvidenceFingerprint
{
    /// <summary>The evidence file (its SHA-256).</summary>
    public required string EvidenceId { get; init; }

    /// <summary>Whether the frames were sampled from a video.</summary>
    public bool IsVideo { get; set; }

    /// <summary><see cref="Core.Media.MediaFingerprint.ToBytes"/>; null when <see cref="Error"/> is set.</summary>
    public byte[]? Frames { get; set; }

    /// <summary>How many frames were hashed.</summary>
    public int FrameCount { get; set; }

    /// <summary>Facts read from the file, as JSON (<see cref="MediaFacts"/>). Device and location inside: editors only, through <see cref="MediaVisibility"/>.</summary>
    public required string FactsJson { get; set; }

    /// <summary>A small JPEG: the photo, or the video's keyframes as a contact sheet.</summary>
    public byte[]? Thumbnail { get; set; }

    /// <summary>Why the file has no fingerprint, in one line.</summary>
    public string? Error { get; set; }

    /// <summary>When it was computed (UTC).</summary>
    public DateTime ComputedAt { get; set; }
}
