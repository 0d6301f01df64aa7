using Vigil.Core;
using Vigil.Core.Extraction;
using Vigil.Core.Reports;

namespace Vigil.Storage.Ingest;

/// <summary>A file read, hashed and parsed (in parallel), waiting to be written (in order).</summary>
internal sealed class PreparedFile
{
    public required IngestFile File { get; init; }

    public string? Id { get; init; }

    public long Bytes { get; init; }

    public UserMessage? Error { get; init; }

    public ReportContent? Report { get; init; }

    public string? MetadataJson { get; init; }

    public ExtractionResult? Extraction { get; init; }

    public Media.MediaReading? Media { get; init; }
}
