namespace Vigil.Storage.Media;

/// <summary>
/// What a photo or video says about itself (EXIF, ffprobe). <see cref="Device"/> and <see cref="Location"/>
/// can identify the person who filmed: only editors see them (<see cref="MediaVisibility"/>).
/// </summary>
public sealed record MediaFacts
{
    /// <summary>Format read from the bytes (jpeg, png, mp4 …).</summary>
    public string? Format { get; init; }

    /// <summary>Width in pixels (as shown, after rotation).</summary>
    public int? Width { get; init; }

    /// <summary>Height in pixels (as shown, after rotation).</summary>
    public int? Height { get; init; }

    /// <summary>Video duration in seconds.</summary>
    public double? DurationSeconds { get; init; }

    /// <summary>Video codec (h264, hevc, vp9 …).</summary>
    public string? Codec { get; init; }

    /// <summary>When the file says it was taken or recorded, as written in it.</summary>
    public string? Created { get; init; }

    /// <summary>The camera or phone (make and model). Editors only.</summary>
    public string? Device { get; init; }

    /// <summary>Where the file says it was taken (GPS or ISO 6709). Editors only.</summary>
    public string? Location { get; init; }
}
