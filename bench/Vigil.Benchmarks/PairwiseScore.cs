using Vigil.Core.Incidents;

namespace Vigil.Benchmarks;

/// <summary>Pairwise precision and recall of a clustering against the generated truth: over all pairs of mentions, does "same cluster" match "same incident"?</summary>
internal static class PairwiseScore
{
    public static (double Precision, double Recall) Of(IReadOnlyList<IncidentCluster> clusters, IReadOnlyDictionary<Guid, int> truthOf)
    {
        long predicted = 0, together = 0;
        var overlap = new Dictionary<(int Cluster, int Truth), int>();
        var truthSizes = new Dictionary<int, long>();
        for (var c = 0; c < clusters.Count; c++)
        {
            var ids = clusters[c].MentionIds;
            predicted += Pairs(ids.Length);
            foreach (var id in ids)
            {
                var t = truthOf[id];
                overlap[(c, t)] = overlap.GetValueOrDefault((c, t)) + 1;
                truthSizes[t] = truthSizes.GetValueOrDefault(t) + 1;
            }
        }

        foreach (var n in overlap.Values)
        {
            together += Pairs(n);
        }

        var truePairs = truthSizes.Values.Sum(Pairs);
        return (predicted == 0 ? 1 : (double)together / predicted, truePairs == 0 ? 1 : (double)together / truePairs);
    }

    private static long Pairs(long n) => n * (n - 1) / 2;
}
