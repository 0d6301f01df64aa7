using System.Diagnostics;
using System.Globalization;
using Vigil.Core.Extraction;

namespace Vigil.Benchmarks;

/// <summary>The console mode `extract`: single-thread throughput of the whole extraction pipeline over the samples, median of 5 runs.</summary>
internal static class ExtractRun
{
    public static void Run()
    {
        var reports = SampleReports.Load();
        var bytes = SampleReports.Bytes(reports);
        var pipeline = ExtractionPipeline.CreateDefault();

        // Warm up until tiered compilation has finished: rounds of about a CPU-second until two in a row are no faster than
        // the best before them (at least 3 CPU-seconds, at most 30). A fixed 3 seconds measured code still being re-jitted:
        // 4.9–5.2 MB per CPU-second against 10.9 after 20 seconds, and 8.5–9.1 with tiering or PGO off
        // (docs/pipeline/pipeline.md, session 17). CPU time, not wall time, so a loaded machine still warms up fully.
        using var self = Process.GetCurrentProcess();
        var warmFrom = self.TotalProcessorTime;
        var warmPasses = 0;
        double warmSeconds;
        var best = 0.0;
        var slower = 0;
        while (true)
        {
            var roundFrom = self.TotalProcessorTime;
            var roundPasses = 0;
            double roundSeconds;
            do
            {
                RunAll(pipeline, reports);
                roundPasses++;
                self.Refresh();
                roundSeconds = (self.TotalProcessorTime - roundFrom).TotalSeconds;
            }
            while (roundSeconds < 1);

            warmPasses += roundPasses;
            warmSeconds = (self.TotalProcessorTime - warmFrom).TotalSeconds;
            var rate = roundPasses / roundSeconds;
            slower = rate <= best * 1.02 ? slower + 1 : 0;
            if ((warmSeconds >= 3 && slower >= 2) || warmSeconds >= 30)
            {
                break;
            }

            best = Math.Max(best, rate);
        }

        var passes = Math.Max(1, (int)(warmPasses / warmSeconds));
        var rates = new List<double>();
        var cpuRates = new List<double>();
        for (var run = 0; run < 5; run++)
        {
            self.Refresh();
            var cpu = self.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            for (var p = 0; p < passes; p++)
            {
                RunAll(pipeline, reports);
            }

            watch.Stop();
            self.Refresh();
            rates.Add(bytes * passes / watch.Elapsed.TotalSeconds / 1e6);
            cpuRates.Add(bytes * passes / Math.Max((self.TotalProcessorTime - cpu).TotalSeconds, 1e-6) / 1e6);
        }

        rates.Sort();
        cpuRates.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"samples={reports.Count} bytes={bytes} warm-up={warmSeconds:0} CPU-s passes/run={passes} runs(MB/s)=[{string.Join(", ", rates.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))}] median={rates[2]:0.00} MB/s wall, {cpuRates[2]:0.00} MB/s per CPU-second (single thread; on a shared machine the CPU-time figure is the fairer one)"));
    }

    internal static int RunAll(ExtractionPipeline pipeline, IReadOnlyList<(string Body, DateOnly? Published)> reports)
    {
        var found = 0;
        foreach (var (body, published) in reports)
        {
            found += pipeline.Run(body, published).Incidents.Length;
        }

        return found;
    }
}
