namespace Vigil.Storage.Ingest;

/// <summary>Counts over an ingest run.</summary>
public sealed record IngestSummary(int Stored, int AlreadyStored, int Skipped, int Failed, long Bytes, TimeSpan Elapsed)
{
    /// <summary>Files looked at.</summary>
    public int Total => Stored + AlreadyStored + Skipped + Failed;
}
