namespace Vigil.Storage.Media;

/// <summary>What a file's first bytes say it is, whatever its extension claims.</summary>
public enum MediaFormat
{
    /// <summary>Not a picture or video format Vigil fingerprints (PDF, MP3, or unrecognised bytes).</summary>
    Other,

    /// <summary>JPEG.</summary>
    Jpeg,

    /// <summary>PNG.</summary>
    Png,

    /// <summary>WebP.</summary>
    Webp,

    /// <summary>GIF.</summary>
    Gif,

    /// <summary>An ISO base-media video (MP4, MOV, 3GP, M4V).</summary>
    IsoVideo,

    /// <summary>Matroska or WebM video.</summary>
    Matroska,
}
