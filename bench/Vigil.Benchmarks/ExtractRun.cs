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

        // Warm up for ~3 CPU-seconds so tiered compilation has produced optimised code (a cold pass runs tier-0
        // code and loads the gazetteer); CPU time, not wall time, so a loaded machine still warms up fully. Then size
        // each run to ~1 CPU-second so timer resolution does not matter.
        using var self = Process.GetCurrentProcess();
        var warmFrom = self.TotalProcessorTime;
        var warmPasses = 0;
        double warmSeconds;
        do
        {
            RunAll(pipeline, reports);
            warmPasses++;
            self.Refresh();
            warmSeconds = (self.TotalProcessorTime - warmFrom).TotalSeconds;
        }
        while (warmSeconds < 3);

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
            $"samples={reports.Count} bytes={bytes} passes/run={passes} runs(MB/s)=[{string.Join(", ", rates.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))}] median={rates[2]:0.00} MB/s wall, {cpuRates[2]:0.00} MB/s per CPU-second (single thread; on a shared machine the CPU-time figure is the fairer one)"));
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
