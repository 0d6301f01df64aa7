using Vigil.Core.Media;

namespace Vigil.Storage.Media;

/// <summary>The outcome of fingerprinting one file: a fingerprint with its facts and thumbnail, or why there is none.</summary>
public sealed record MediaReading
{
    /// <summary>The fingerprint; null when the file could not be fingerprinted (<see cref="Error"/> says why).</summary>
    public MediaFingerprint? Fingerprint { get; init; }

    /// <summary>Facts read from the file (whatever could be read, even without a fingerprint).</summary>
    public MediaFacts Facts { get; init; } = new();

    /// <summary>A small JPEG: the photo, or a contact sheet of the video's keyframes.</summary>
    public byte[]? Thumbnail { get; init; }

    /// <summary>Why there is no fingerprint, in one line naming the problem (never a stack trace).</summary>
    public string? Error { get; init; }

    /// <summary>A reading that failed for <paramref name="error"/>.</summary>
    public static MediaReading Failed(string error, MediaFacts? facts = null) => new() { Error = error, Facts = facts ?? new() };
}
