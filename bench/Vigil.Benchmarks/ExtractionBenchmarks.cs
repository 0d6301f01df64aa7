using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Vigil.Core.Extraction;

namespace Vigil.Benchmarks;

/// <summary>The whole extraction pipeline over the repository's sample bodies; the MB/s column divides their size by the mean.</summary>
[MemoryDiagnoser]
[Config(typeof(Throughput))]
public class ExtractionBenchmarks
{
    private readonly ExtractionPipeline _pipeline = ExtractionPipeline.CreateDefault();
    private IReadOnlyList<(string Body, DateOnly? Published)> _reports = [];

    /// <summary>Loads the samples (once per process).</summary>
    [GlobalSetup]
    public void Setup() => _reports = SampleReports.Load();

    /// <summary>Runs every stage over every sample.</summary>
    [Benchmark]
    public int ExtractSamples() => ExtractRun.RunAll(_pipeline, _reports);

    /// <summary>Adds the MB/s column (computed in the host process from the same samples).</summary>
    public sealed class Throughput : ManualConfig
    {
        /// <summary>The configuration.</summary>
        public Throughput() => AddColumn(new ThroughputColumn(SampleReports.Bytes(SampleReports.Load())));
    }
}
