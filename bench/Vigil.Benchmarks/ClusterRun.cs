using System.Diagnostics;
using System.Globalization;
using Vigil.Core.Incidents;

namespace Vigil.Benchmarks;

/// <summary>The console mode `cluster N…`: generate N mentions, cluster them, print time, memory and pairwise precision/recall.</summary>
internal static class ClusterRun
{
    public static void Run(IEnumerable<int> sizes)
    {
        var clusterer = new IncidentClusterer();
        Console.WriteLine($"cores={Environment.ProcessorCount}  {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}");
        Console.WriteLine("mentions   incidents(true)  clusters   seconds   managed-after-MB  peak-working-set-MB  precision  recall  waves  parts");
        foreach (var n in sizes)
        {
            var generated = MentionGenerator.Generate(n);
            GC.Collect();
            var watch = Stopwatch.StartNew();
            var clusters = clusterer.Cluster(generated.Mentions);
            watch.Stop();
            var managed = GC.GetTotalMemory(false) / 1048576.0;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
            var (precision, recall) = PairwiseScore.Of(clusters, generated.TruthOf);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n,9}  {generated.Incidents,15}  {clusters.Count,9}  {watch.Elapsed.TotalSeconds,8:0.00}  {managed,16:0}  {peak,19:0}  {precision,9:0.0000}  {recall,6:0.0000}  {clusters.Count(c => c.IsWave),5}  {clusters.Count(c => c.PartOf is not null),5}"));
        }
    }
}
