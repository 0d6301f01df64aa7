using Vigil.Core.Reports;

namespace Vigil.Storage.Ingest;

/// <summary>
/// A report or evidence file held in memory (a web submission, an API upload), ingested by
/// <see cref="IngestFiles.RunAsync(IReadOnlyList{IngestItem}, string, Action{IngestOutcome}?, CancellationToken)"/> exactly like a file:
/// the same limits, hashing, reading, extraction and audit; nothing is written to a temporary file.
/// </summary>
/// <param name="FileName">The name stored with it; its extension says what it is (<c>.txt</c>, <c>.md</c>, <c>.html</c>, <c>.jpg</c> …).</param>
/// <param name="Content">The original bytes, stored as they are (their SHA-256 is the id).</param>
/// <param name="Metadata">For a report: title, source, date … given beside the bytes; each value given wins over what the bytes' own front matter or HTML head say.</param>
/// <param name="ReportId">For evidence: the stored report it belongs to.</param>
public sealed record IngestItem(string FileName, ReadOnlyMemory<byte> Content, ReportMetadata? Metadata = null, string? ReportId = null);
