using BenchmarkDotNet.Attributes;
using Vigil.Core.Incidents;

namespace Vigil.Benchmarks;

/// <summary>Clustering 100,000 generated mentions (see <see cref="MentionGenerator"/>).</summary>
[MemoryDiagnoser]
public class ClusteringBenchmarks
{
    private readonly IncidentClusterer _clusterer = new();
    private IReadOnlyList<MentionRecord> _mentions = [];

    /// <summary>How many mentions.</summary>
    [Params(100_000)]
    public int Mentions { get; set; }

    /// <summary>Generates the mentions (not measured).</summary>
    [GlobalSetup]
    public void Setup() => _mentions = MentionGenerator.Generate(Mentions).Mentions;

    /// <summary>Clusters them from scratch.</summary>
    [Benchmark]
    public int Cluster() => _clusterer.Cluster(_mentions).Count;
}
