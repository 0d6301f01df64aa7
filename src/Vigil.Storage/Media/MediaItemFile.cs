using Vigil.Core.Media;

namespace Vigil.Storage.Media;

/// <summary>One evidence file of a <see cref="MediaItem"/>, with the report that carried it and how it matched.</summary>
public sealed record MediaItemFile
{
    /// <summary>The evidence file's SHA-256.</summary>
    public required string EvidenceId { get; init; }

    /// <summary>Its file name; null where the reader may not see it (a file name can be a witness's name: editors only).</summary>
    public required string? FileName { get; init; }

    /// <summary>Whether it is a video.</summary>
    public bool IsVideo { get; init; }

    /// <summary>The report it came with, if any.</summary>
    public string? ReportId { get; init; }

    /// <summary>That report's title.</summary>
    public string? ReportTitle { get; init; }

    /// <summary>That report's publication date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>When the file was stored.</summary>
    public DateTime IngestedAt { get; init; }

    /// <summary>The file it matched most closely when it joined the item (null: it started the item).</summary>
    public string? MatchedEvidenceId { get; init; }

    /// <summary>The distance of that match (bits).</summary>
    public int? Distance { get; init; }

    /// <summary>The frames of that match: this file's time, the other's, and their distance.</summary>
    public IReadOnlyList<FramePair> Frames { get; init; } = [];

    /// <summary>The date provenance is ordered by: the report's publication date, else the day the file was stored.</summary>
    public DateOnly Earliest => Published ?? DateOnly.FromDateTime(IngestedAt);
}
