namespace Vigil.Storage.Extractions;

/// <summary>
/// Which pipeline extracted a report's mentions and the field spans it found there (dates, places, figures, actors),
/// stored at ingest and replaced by <c>vigil reextract</c>, so the report page and bundles highlight what was stored
/// rather than what today's pipeline would find. Reports stored before this existed have none.
/// </summary>
public sealed class ReportExtraction
{
    /// <summary>The report (its SHA-256).</summary>
    public required string ReportId { get; init; }

    /// <summary><see cref="Core.Extraction.PipelineVersion.Current"/> when the report was extracted.</summary>
    public required string PipelineVersion { get; set; }

    /// <summary>The field spans as JSON (<see cref="FieldSpans"/>).</summary>
    public required string SpansJson { get; set; }

    /// <summary>When it was extracted (UTC, microsecond precision).</summary>
    public DateTime ExtractedAt { get; set; }
}
