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

        // Each run repeats the samples until at least ~0.5 s has passed, so timer resolution does not matter.
        var passes = 1;
        var warm = Stopwatch.StartNew();
        RunAll(pipeline, reports);
        warm.Stop();
        passes = Math.Max(1, (int)(0.5 / Math.Max(warm.Elapsed.TotalSeconds, 1e-6)));

        var rates = new List<double>();
        for (var run = 0; run < 5; run++)
        {
            var watch = Stopwatch.StartNew();
            for (var p = 0; p < passes; p++)
            {
                RunAll(pipeline, reports);
            }

            watch.Stop();
            rates.Add(bytes * passes / watch.Elapsed.TotalSeconds / 1e6);
        }

        rates.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"samples={reports.Count} bytes={bytes} passes/run={passes} runs(MB/s)=[{string.Join(", ", rates.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))}] median={rates[2]:0.00} MB/s (single thread)"));
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
