using System.Buffers;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Output;

namespace Vigil.Cli.Extraction;

/// <summary>
/// Runs the pipeline over report files on all cores for <c>vigil extract</c> and the native <c>vigil-extract</c>
/// (src/Vigil.Extract compiles this file too), so both read, extract and write JSON lines the same way.
/// </summary>
internal static class ReportBatches
{
    /// <summary>Files extracted together: a chunk at a time keeps memory flat however many files there are.</summary>
    public const int Chunk = 256;

    /// <summary>
    /// Reads and extracts <paramref name="files"/> a chunk at a time, the files of a chunk in parallel (and, with
    /// <paramref name="json"/>, serialised as UTF-8 lines there too), then hands each chunk to <paramref name="done"/>
    /// in file order. A file that cannot be read comes back with its error; the others still run. With
    /// <paramref name="json"/> a report comes back as its <see cref="ExtractedReport.Line"/> alone (no content or result),
    /// and that buffer is reused for the next chunk: <paramref name="done"/> must copy what it keeps.
    /// </summary>
    public static void Run(IReadOnlyList<string> files, ExtractionPipeline pipeline, bool json, Action<ArraySegment<ExtractedReport>> done)
    {
        var results = new ExtractedReport[Math.Min(Chunk, files.Count)];

        // One buffer per slot of a chunk, used again by the next chunk. A fresh one per report (4 KB, then 8 KB when the
        // line outgrew it: lines run ~1.7 times the report) allocated 5 bytes per byte of text, and over 12 MB of 3 KB
        // reports caused about a third of the process's page faults.
        var buffers = json ? new ArrayBufferWriter<byte>?[results.Length] : null;
        for (var start = 0; start < files.Count; start += Chunk)
        {
            var count = Math.Min(Chunk, files.Count - start);
            Parallel.For(0, count, i =>
            {
                var file = files[start + i];
                var (content, error) = ReportFile.Read(file);
                var result = content is null ? null : pipeline.Run(content.Body, content.Metadata.Published, content.Metadata.Language, content.Metadata.Source);
                if (buffers is not null && result is not null)
                {
                    var line = buffers[i] ??= new ArrayBufferWriter<byte>(4096);
                    line.ResetWrittenCount();
                    ExtractionJson.WriteLine(line, Path.GetFileNameWithoutExtension(file), result);

                    // The line is all a JSON run writes: the report's text and extraction are let go here rather than
                    // held until the chunk is written. Held, a chunk's worth of them (several MB) outlived every gen0
                    // collection during the chunk, and copying them was most of the GC's work.
                    results[i] = new ExtractedReport(file, null, null, null, line);
                }
                else
                {
                    results[i] = new ExtractedReport(file, content, error, result, null);
                }
            });

            done(new ArraySegment<ExtractedReport>(results, 0, count));
            Array.Clear(results);
        }
    }
}
