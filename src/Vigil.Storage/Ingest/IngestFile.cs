namespace Vigil.Storage.Ingest;

/// <summary>A file found for ingest, classified by extension.</summary>
/// <param name="Path">Full path.</param>
/// <param name="Kind">"report", "evidence" or "other".</param>
internal sealed record IngestFile(string Path, string Kind);
