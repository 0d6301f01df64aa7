namespace Vigil.Storage.Evidence;

/// <summary>A media file (photo, video, audio, PDF) kept as evidence, attached to a report when one has the same base name.</summary>
public sealed class EvidenceFile
{
    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public required string Id { get; init; }

    /// <summary>The report it belongs to, if any.</summary>
    public string? ReportId { get; set; }

    /// <summary>File name it was ingested from (no directory).</summary>
    public required string FileName { get; init; }

    /// <summary>MIME type derived from the extension (image/jpeg, video/mp4 …).</summary>
    public required string MediaType { get; init; }

    /// <summary>Size in bytes.</summary>
    public long ByteLength { get; init; }

    /// <summary>Metadata read with MetadataExtractor, as JSON: {"Directory": {"Tag": "value"}}.</summary>
    public required string MetadataJson { get; init; }

    /// <summary>When it was stored (UTC, microsecond precision).</summary>
    public DateTime IngestedAt { get; init; }
}
