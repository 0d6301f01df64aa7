namespace Vigil.Core.Media;

/// <summary>When two fingerprints count as the same picture or footage. The defaults were set on the generated evaluation set (docs/media.md).</summary>
public sealed class MediaMatchOptions
{
    /// <summary>
    /// The largest distance (bits of 64, the least over the whole-picture, centre and crop hashes) at which two
    /// frames show the same picture. Default 9: on the generated set (vigil bench media) re-encodes,
    /// resizes, crops (with the crop hashes), watermarks and trims land at a median of 0–4; unrelated
    /// pictures first reach 10–12.
    /// </summary>
    public int FrameThreshold { get; init; } = 9;

    /// <summary>
    /// The share of the shorter video's frames that must have a matching frame in the other video.
    /// Default 0.5: a clip trimmed from a longer one matches it throughout; two videos that merely share a
    /// title card or a black frame do not.
    /// </summary>
    public double MinFrameShare { get; init; } = 0.5;

    /// <summary>How many bits a video frame must differ from the last keyframe to be a keyframe (a new shot). Default 4.</summary>
    public int KeyframeChange { get; init; } = 4;

    /// <summary>Throws when a value is out of range (a programmer error: options are validated where they are bound).</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(FrameThreshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(FrameThreshold, 24);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MinFrameShare);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MinFrameShare, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegative(KeyframeChange);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(KeyframeChange, 16);
    }
}
