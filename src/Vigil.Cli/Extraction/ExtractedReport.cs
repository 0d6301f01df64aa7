using System.Buffers;
using Vigil.Core.Extraction;
using Vigil.Core.Reports;

namespace Vigil.Cli.Extraction;

/// <summary>
/// One report file after <see cref="ReportBatches.Run"/>: its content and extraction, or the error that stopped it
/// being read; <see cref="Line"/> holds its <c>--json</c> line as UTF-8 when JSON was asked for, until the next chunk
/// is extracted into the same buffer.
/// </summary>
internal readonly record struct ExtractedReport(string File, ReportContent? Content, string? Error, ExtractionResult? Result, ArrayBufferWriter<byte>? Line);
