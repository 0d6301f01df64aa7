using Vigil.Core.Extraction;
using Vigil.Core.Reports;

namespace Vigil.Cli.Extraction;

/// <summary>
/// One report file after <see cref="ReportBatches.Run"/>: its content and extraction, or the error that stopped it
/// being read. When JSON was asked for, an extracted report has only <see cref="Line"/>, its <c>--json</c> line as
/// UTF-8, until the chunk has been handed on (the array then holds a later line) (content and result are null).
/// </summary>
internal readonly record struct ExtractedReport(string File, ReportContent? Content, string? Error, ExtractionResult? Result, ArraySegment<byte>? Line);
