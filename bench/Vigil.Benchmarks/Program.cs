using System.Globalization;
using BenchmarkDotNet.Running;
using Vigil.Benchmarks;

// `cluster N…` and `extract` are quick console measurements; anything else goes to BenchmarkDotNet
// (e.g. `--filter *ClusteringBenchmarks*`).
switch (args.FirstOrDefault())
{
    case "cluster":
        ClusterRun.Run(args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)) : [100_000, 300_000, 1_000_000]);
        break;
    case "extract":
        ExtractRun.Run();
        break;
    case "stages":
        StagesRun.Run(args.Skip(1).ToList());
        break;
    case "json":
        StagesRun.Run(args.Skip(1).ToList(), jsonOnly: true);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(ClusterRun).Assembly).Run(args);
        break;
}
