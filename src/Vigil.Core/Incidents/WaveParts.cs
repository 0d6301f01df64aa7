using System.Globalization;
using Vigil.Core.Extraction.Places;

namespace Vigil.Core.Incidents;

/// <summary>
/// Links clusters told at one day and place to the wave they are part of (docs/pipeline/clustering.md, "Waves and parts").
/// Depends only on the clusters' anchors (their first members), so the links are as order-independent as the clusters.
/// </summary>
internal static class WaveParts
{
    /// <summary>
    /// More waves than this covering one day in one country and family are not searched further: the part is linked to
    /// none and says why. Bounds the time a report naming hundreds of waves can cost.
    /// </summary>
    internal const int MaxCandidates = 64;

    /// <summary>
    /// For each cluster in <paramref name="clusters"/> (aligned with <paramref name="built"/>), the built cluster with
    /// its wave flag, the key of the wave it is part of and the reason.
    /// </summary>
    public static IncidentCluster[] Link(List<ClusterBuilder> clusters, IncidentCluster[] built)
    {
        var byMonth = new Dictionary<(IncidentFamily Family, string Country, int Month), List<int>>();
        for (var i = 0; i < clusters.Count; i++)
        {
            var seed = clusters[i].Seed;
            if (!seed.IsWave)
            {
                continue;
            }

            built[i] = built[i] with { IsWave = true };
            foreach (var month in Months(seed))
            {
                var key = (seed.Family, seed.Country!, month);
                if (!byMonth.TryGetValue(key, out var list))
                {
                    byMonth[key] = list = [];
                }

                list.Add(i);
            }
        }

        if (byMonth.Count == 0)
        {
            return built;
        }

        for (var i = 0; i < clusters.Count; i++)
        {
            var part = clusters[i].Seed;
            if (!part.IsPart || !byMonth.TryGetValue((part.Family, part.Country!, MonthOf(part.First)), out var waves))
            {
                continue;
            }

            int best = -1, tied = 0, fitting = 0;
            foreach (var w in waves)
            {
                var wave = clusters[w].Seed;
                if (!Contains(wave, part))
                {
                    continue;
                }

                if (++fitting > MaxCandidates)
                {
                    break;
                }

                var c = best < 0 ? -1 : CompareFit(wave, clusters[best].Seed);
                if (c < 0)
                {
                    (best, tied) = (w, 0);
                }
                else if (c == 0)
                {
                    tied++;
                }
            }

            if (fitting > MaxCandidates)
            {
                built[i] = built[i] with { PartReason = string.Create(CultureInfo.InvariantCulture, $"part of no wave: more than {MaxCandidates} waves cover its day and place, too many to choose among") };
            }
            else if (tied > 0)
            {
                built[i] = built[i] with { PartReason = string.Create(CultureInfo.InvariantCulture, $"part of no wave: {tied + 1} waves cover its day and place equally (choosing one would guess)") };
            }
            else if (best >= 0)
            {
                built[i] = built[i] with { PartOf = built[best].Key, PartReason = Describe(part, clusters[best].Seed) };
            }
        }

        return built;
    }

    /// <summary>
    /// The wave covers the part: same family, the part's day inside the wave's dates, its place inside the wave's (the same
    /// country for a country-level wave, the same province for a province-level one), and no contradicting actors or victims.
    /// </summary>
    public static bool Contains(MentionFacts wave, MentionFacts part) =>
        wave.Family == part.Family
        && wave.First <= part.First && part.Last <= wave.Last
        && (wave.Precision == GeoPrecision.Country
            ? string.Equals(wave.Country, part.Country, StringComparison.Ordinal)
            : string.Equals(wave.Region, part.Region, StringComparison.Ordinal) && part.Precision != GeoPrecision.Country)
        && wave.Actors.AgreesWith(part.Actors)
        && wave.Victims.AgreesWith(part.Victims);

    /// <summary>The closer fit first: a province's wave before the country's, then the shorter wave; 0 when equally close.</summary>
    private static int CompareFit(MentionFacts a, MentionFacts b)
    {
        var c = (a.Precision == GeoPrecision.Province ? 0 : 1).CompareTo(b.Precision == GeoPrecision.Province ? 0 : 1);
        return c != 0 ? c : (a.Last - a.First).CompareTo(b.Last - b.First);
    }

    private static string Describe(MentionFacts part, MentionFacts wave) =>
        string.Create(CultureInfo.InvariantCulture,
            $"part of the wave anchored by mention {wave.Id}: family={part.Family}; day {DateOnly.FromDayNumber(part.First):yyyy-MM-dd} within {DateOnly.FromDayNumber(wave.First):yyyy-MM-dd}..{DateOnly.FromDayNumber(wave.Last):yyyy-MM-dd}; place {part.Record.Location?.Name} within {wave.Record.Location?.Name} ({(wave.Precision == GeoPrecision.Country ? "country" : "province")})");

    private static int MonthOf(int dayNumber)
    {
        var d = DateOnly.FromDayNumber(dayNumber);
        return (d.Year * 12) + d.Month - 1;
    }

    private static IEnumerable<int> Months(MentionFacts f)
    {
        for (var m = MonthOf(f.First); m <= MonthOf(f.Last); m++)
        {
            yield return m;
        }
    }
}
