namespace Vigil.Storage.Media;

/// <summary>Limits and settings of fingerprinting; each limit bounds the memory or time one hostile file can take.</summary>
public sealed class MediaOptions
{
    /// <summary>
    /// The most pixels a photo may declare and still be decoded. Default 50 million (a 50-megapixel camera;
    /// about 200 MB while decoding). A PNG claiming 65,535 × 65,535 is refused before any pixel is read.
    /// </summary>
    public long MaxImagePixels { get; init; } = 50_000_000;

    /// <summary>The most pixels a video frame may declare. Default 8192 × 4320 (8K).</summary>
    public long MaxVideoPixels { get; init; } = 8192L * 4320;

    /// <summary>Frames sampled per second of video. Default 2 (one every half second), so a trimmed copy's frames fall at most a quarter second from the original's.</summary>
    public double FramesPerSecond { get; init; } = 2;

    /// <summary>The most frames sampled from one video; a longer video is sampled more sparsely to stay within it. Default 600.</summary>
    public int MaxFrames { get; init; } = 600;

    /// <summary>Only the first this many seconds of a video are read. Default 4 hours.</summary>
    public double MaxVideoSeconds { get; init; } = 4 * 3600;

    /// <summary>The longest ffprobe and ffmpeg may run on one file before it is given up. Default 5 minutes.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Folder holding the ffmpeg and ffprobe programs; null looks them up on PATH.</summary>
    public string? FfmpegFolder { get; init; }
}
