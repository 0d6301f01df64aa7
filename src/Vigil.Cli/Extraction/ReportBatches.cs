using System.Buffers;
using System.Runtime;
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

    // The JSON lines of a chunk, by size class (powers of two), a chunk's worth in each: after the first chunks a line's
    // array is one an earlier line used.
    private static readonly ArrayPool<byte> Lines = ArrayPool<byte>.Create(maxArrayLength: 1 << 24, maxArraysPerBucket: Chunk);

    // The worker thread's buffer a line is written into before it is copied out (it grows to the longest line once).
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _scratch;

    /// <summary>
    /// Reads and extracts <paramref name="files"/> a chunk at a time, the files of a chunk in parallel (and, with
    /// <paramref name="json"/>, serialised as UTF-8 lines there too), then hands each chunk to <paramref name="done"/>
    /// in file order. A file that cannot be read comes back with its error; the others still run. With
    /// <paramref name="json"/> a report comes back as its <see cref="ExtractedReport.Line"/> alone (no content or result),
    /// and that array is used again for a later chunk's line: <paramref name="done"/> must copy what it keeps.
    /// </summary>
    public static void Run(IReadOnlyList<string> files, ExtractionPipeline pipeline, bool json, Action<ArraySegment<ExtractedReport>> done)
    {
        var results = new ExtractedReport[Math.Min(Chunk, files.Count)];
        var directory = Environment.CurrentDirectory;
        for (var start = 0; start < files.Count;)
        {
            // A run of more than one chunk starts with one report alone, which loads the language packs and the gazetteer,
            // without a collection (below).
            var count = start == 0 && files.Count > Chunk ? 1 : Math.Min(Chunk, files.Count - start);
            var region = start == 0 && count == 1 && files.Count > 1 && StartNoCollection();
            Parallel.For(0, count, i =>
            {
                var file = files[start + i];
                var (content, error) = ReportFile.Read(file, directory);
                var result = content is null ? null : pipeline.Run(content.Body, content.Metadata.Published, content.Metadata.Language, content.Metadata.Source);
                if (json && result is not null)
                {
                    // The line is written into this thread's buffer and copied into a pooled array of its size class.
                    // One buffer per slot of the chunk, kept for the next chunk, grew to the longest line that slot ever
                    // held: over 6 MB of Persian reports, whose lines run to 80 KB, 256 such buffers were most of the
                    // process's fresh memory (its page faults, and `Array.Resize` 1.6 % of the samples), where a pooled
                    // array is only as large as its line and goes back for any later line of that size
                    // (docs/pipeline/pipeline.md, session 23).
                    var scratch = _scratch ??= new ArrayBufferWriter<byte>(1 << 14);
                    scratch.ResetWrittenCount();
                    ExtractionJson.WriteLine(scratch, Path.GetFileNameWithoutExtension(file), result);
                    var bytes = Lines.Rent(scratch.WrittenCount);
                    scratch.WrittenSpan.CopyTo(bytes);

                    // The line is all a JSON run writes: the report's text and extraction are let go here rather than
                    // held until the chunk is written. Held, a chunk's worth of them (several MB) outlived every gen0
                    // collection during the chunk, and copying them was most of the GC's work.
                    results[i] = new ExtractedReport(file, null, null, null, new ArraySegment<byte>(bytes, 0, scratch.WrittenCount));
                }
                else
                {
                    results[i] = new ExtractedReport(file, content, error, result, null);
                }
            });

            done(new ArraySegment<ExtractedReport>(results, 0, count));
            foreach (var report in results.AsSpan(0, count))
            {
                if (report.Line is { Array: { } line })
                {
                    Lines.Return(line);
                }
            }

            Array.Clear(results);
            if (region)
            {
                EndNoCollection();
            }

            if (start == 0 && count < files.Count)
            {
                // The first report loaded the language packs and the gazetteer: hundreds of thousands of objects that live
                // as long as the process. Left in the young generations, with the large arrays that point at them (the
                // gazetteer's) marked in the card table, every later gen0 collection scanned those cards again (gen1
                // collections are rare here): one full, compacting collection puts them in gen2 once (session 27). Made
                // after the first chunk, it came after a gen0 collection during that chunk, which had copied them all once
                // already, the dearest collection of a run (about 30 of the collector's ~50 CPU-ms over 12 MB); made after a
                // first report run with no collection, they are marked and copied once (docs/pipeline/pipeline.md, session 28).
                // Not for a run of one chunk, which ends here.
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            }

            start += count;
        }
    }

    // Room for the first report and everything the packs and the gazetteer allocate while they load: 8 to 12 MB for an English
    // report, under 8 MB for a Persian one (a smaller region ended in a collection), so about three times that. Should a first report need
    // more, the runtime collects and leaves the region, and the run goes on as without it. False when the runtime cannot give it.
    private const long NoCollectionBytes = 32L << 20;

    private static bool StartNoCollection()
    {
        try
        {
            return GC.TryStartNoGCRegion(NoCollectionBytes);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false; // another run in this process (tests run several) holds the region
        }
    }

    // Left by a collection when the first report needed more room: then there is nothing to end.
    private static void EndNoCollection()
    {
        try
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
        catch (InvalidOperationException)
        {
            // ended meanwhile by a collection another run's allocations caused
        }
    }
}
