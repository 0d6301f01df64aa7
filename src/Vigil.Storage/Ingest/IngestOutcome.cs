namespace Vigil.Storage.Ingest;

/// <summary>The result for one file of an ingest run.</summary>
/// <param name="Path">The file as given or found.</param>
/// <param name="Kind">"report", "evidence" or "other".</param>
/// <param name="Status">What happened.</param>
/// <param name="Id">SHA-256 of the file's bytes, when they could be read.</param>
/// <param name="Message">The problem for a failure, or a note (the report an evidence file was attached to).</param>
/// <param name="Bytes">Size of the file.</param>
public sealed record IngestOutcome(string Path, string Kind, IngestStatus Status, string? Id, string? Message, long Bytes);
