using Vigil.Core;

namespace Vigil.Storage.Ingest;

/// <summary>The result for one file of an ingest run.</summary>
/// <param name="Path">The file as given or found.</param>
/// <param name="Kind">"report", "evidence" or "other".</param>
/// <param name="Status">What happened.</param>
/// <param name="Id">SHA-256 of the file's bytes, when they could be read.</param>
/// <param name="Text">The problem for a failure, or a note (the report an evidence file was attached to), for a page to say in the reader's language.</param>
/// <param name="Bytes">Size of the file.</param>
public sealed record IngestOutcome(string Path, string Kind, IngestStatus Status, string? Id, UserMessage? Text, long Bytes)
{
    /// <summary><see cref="Text"/> in English (the CLI, the API, logs).</summary>
    public string? Message => Text?.ToString();
}
