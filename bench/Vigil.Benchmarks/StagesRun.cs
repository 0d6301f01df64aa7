using System.Globalization;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Output;
using Vigil.Core.Reports;

namespace Vigil.Benchmarks;

/// <summary>
/// The console mode `stages [DIR…]`: where single-thread extraction spends its time, stage by stage (and the JSON
/// writer), over the reports of the given folders (default: samples/ and ../shared/corpus/dev-en). Each report is
/// run whole through the default pipeline; each stage's Run is timed in the thread's CPU time (Linux
/// CLOCK_THREAD_CPUTIME_ID, so other work on a shared machine does not count). Median of 5 rounds after a warm-up.
/// </summary>
internal static partial class StagesRun
{
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>CPU time of the calling thread, in nanoseconds.</summary>
    private static long ThreadCpu()
    {
        _ = ClockGetTime(3, out var t); // CLOCK_THREAD_CPUTIME_ID
        return (t.Seconds * 1_000_000_000) + t.Nanoseconds;
    }

    public static void Run(IReadOnlyList<string> dirs, bool jsonOnly = false)
    {
        var root = SampleReports.Root();
        if (dirs.Count == 0)
        {
            dirs = [Path.Combine(root, "samples"), Path.Combine(root, "..", "shared", "corpus", "dev-en")];
        }

        var reports = new List<(string Name, ReportContent Content)>();
        foreach (var dir in dirs.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*.txt").Order(StringComparer.Ordinal))
            {
                if (ReportReader.Read(File.ReadAllBytes(file), ReportFormat.Text).Content is { } content)
                {
                    reports.Add((Path.GetFileNameWithoutExtension(file), content));
                }
            }
        }

        if (jsonOnly)
        {
            // `json DIR…`: the lines `vigil extract DIR --json` prints, to check an optimisation changes no output.
            var once = ExtractionPipeline.CreateDefault();
            foreach (var (name, content) in reports)
            {
                Console.Out.WriteLine(ExtractionJson.ToJsonLine(name, once.Run(content.Body, content.Metadata.Published, content.Metadata.Language, content.Metadata.Source)));
            }

            return;
        }

        var bytes = reports.Sum(r => (long)System.Text.Encoding.UTF8.GetByteCount(r.Content.Body));
        var pipeline = ExtractionPipeline.CreateDefault();
        var times = new Dictionary<string, long>(StringComparer.Ordinal);
        var allocations = new Dictionary<string, long>(StringComparer.Ordinal);
        // A collection is paid by whichever stage's allocation sets it off, and on a long report it costs in proportion to
        // all that report's live records: its pause is taken out of that stage and shown on a row of its own, so a stage's
        // figure is its own work (a stage that only looked superlinear because the collection fell in it is not).
        void Around(IExtractionStage stage, ExtractionContext context)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var paused = GC.GetTotalPauseDuration();
            var start = ThreadCpu();
            stage.Run(context);
            var name = stage.GetType().Name;
            var spent = ThreadCpu() - start;
            var pause = Math.Min(spent, (GC.GetTotalPauseDuration() - paused).Ticks * 100);
            times[name] = times.GetValueOrDefault(name) + spent - pause;
            times["(GC pauses in stages)"] = times.GetValueOrDefault("(GC pauses in stages)") + pause;
            allocations[name] = allocations.GetValueOrDefault(name) + GC.GetAllocatedBytesForCurrentThread() - allocated;
        }

        var lines = new System.Buffers.ArrayBufferWriter<byte>(1 << 16);
        long RunAll()
        {
            long json = 0;
            foreach (var (name, content) in reports)
            {
                var result = pipeline.Run(content.Body, content.Metadata.Published, content.Metadata.Language, Around);
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var start = ThreadCpu();
                lines.ResetWrittenCount();
                ExtractionJson.WriteLine(lines, name, result); // as `vigil extract --json` writes it: UTF-8 bytes
                json += ThreadCpu() - start;
                allocations["(JSON writer)"] = allocations.GetValueOrDefault("(JSON writer)") + GC.GetAllocatedBytesForCurrentThread() - allocated;
            }

            return json;
        }

        // Warm up for ~3 CPU-seconds (tiered JIT reaches optimised code), then size each round to ~1 CPU-second.
        var warm = ThreadCpu();
        var warmPasses = 0;
        while (ThreadCpu() - warm < 3_000_000_000)
        {
            RunAll();
            warmPasses++;
        }

        var passes = Math.Max(3, (int)(warmPasses / ((ThreadCpu() - warm) / 1e9))); // at least 3: one pass of a long report is a noisy figure
        var rounds = new List<Dictionary<string, double>>();
        for (var round = 0; round < 5; round++)
        {
            times.Clear();
            allocations.Clear();
            long json = 0;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var total = ThreadCpu();
            for (var p = 0; p < passes; p++)
            {
                json += RunAll();
            }

            total = ThreadCpu() - total;
            var row = times.ToDictionary(t => t.Key, t => t.Value / 1e6 / passes, StringComparer.Ordinal);
            row["(JSON writer)"] = json / 1e6 / passes;
            row["(total per pass)"] = total / 1e6 / passes;
            foreach (var (name, bytesOf) in allocations)
            {
                row["alloc " + name] = bytesOf / (double)passes;
            }

            row["allocated"] = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)passes;
            row["gen0"] = (GC.CollectionCount(0) - collections.Item1) / (double)passes;
            row["gen1"] = (GC.CollectionCount(1) - collections.Item2) / (double)passes;
            row["gen2"] = (GC.CollectionCount(2) - collections.Item3) / (double)passes;
            rounds.Add(row);
        }

        if (Environment.GetEnvironmentVariable("VIGIL_STAGES_TYPES") == "1")
        {
            using var types = new AllocationTypes();
            for (var p = 0; p < passes; p++)
            {
                RunAll();
            }

            Console.WriteLine("Types allocated most (sampled by the runtime, MB per pass):");
            foreach (var (type, sampled) in types.Top(25))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {sampled / 1e6 / passes,7:0.00}  {type}"));
            }
        }

        double Median(string key) => rounds.Select(r => r.GetValueOrDefault(key)).Order().ElementAt(2);
        var whole = Median("(total per pass)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{reports.Count} reports, {bytes / 1e6:0.000} MB, {passes} passes per round; median of 5 rounds: {whole:0.0} CPU-ms per pass = {bytes / 1e3 / whole:0.0} MB per CPU-second, single thread"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  allocated {Median("allocated") / 1e6:0.0} MB per pass ({Median("allocated") / bytes:0} bytes per byte of text); collections per pass: gen0 {Median("gen0"):0.0}, gen1 {Median("gen1"):0.0}, gen2 {Median("gen2"):0.0}"));
        string[] notStages = ["(total per pass)", "allocated", "gen0", "gen1", "gen2"];
        foreach (var key in rounds[0].Keys.Where(k => !notStages.Contains(k) && !k.StartsWith("alloc ", StringComparison.Ordinal)).OrderByDescending(Median))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {key,-26} {Median(key),8:0.00} CPU-ms  {Median(key) / whole,6:P1}  {Median("alloc " + key) / 1e6,7:0.00} MB allocated"));
        }
    }
}
