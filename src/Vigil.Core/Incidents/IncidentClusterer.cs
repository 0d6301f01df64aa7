using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Incidents;

/// <summary>
/// Groups mentions (one report's account each) into incidents. Pure and deterministic: the same set of mentions
/// gives the same clusters, keys and reasons in any input order. The rules are in docs/pipeline/clustering.md,
/// the reasons for them in docs/adr/0002-clustering.md. Thread-safe: an instance holds only its options.
/// </summary>
/// <remarks>
/// <para>Decision rule. Mentions are taken finest first (city before province before country, day before month
/// before year, a publication-date fallback last; then those naming actors or victims; then by content order key, then
/// by id). Each mention is compared with the clusters already formed in its blocks (<see cref="BlockKeysOf"/>, and a
/// country-level mention with the whole country) and joins a cluster only when it is accepted
/// (<see cref="ClusterBuilder.Accepts"/>: never contradicts a member's actors or victims, agrees with the cluster's first
/// member on date and place, and with at least half the members) and exactly one such cluster exists; with none or
/// several it starts its own incident, and says why. Then each cluster told at one day and place is linked to the wave
/// that covers it (<see cref="IncidentCluster.PartOf"/>; the closest when several nest, none when several fit equally).
/// The "exactly one" rule keeps a vague mention ("protests in Fars in November") from
/// gluing two distinct city incidents together.</para>
/// <para>Incremental use. The result for a mention depends only on the mentions connected to it through shared
/// block keys. On ingest, call <see cref="CollectAffected"/> with the new mentions and a lookup of stored
/// mentions by block key (a country-wide key asks for every block of its country: <see cref="BlockKey.Covers"/>), re-run <see cref="Cluster"/> on what it returns, and replace every stored cluster that
/// contains one of those mentions: the outcome equals a from-scratch run over everything.</para>
/// </remarks>
public sealed class IncidentClusterer
{
    /// <summary>How many fitting incidents a mention naming persons looks through for the one naming the same person; more is no choice.</summary>
    private const int MaxPersonCandidates = 16;

    private readonly ClusteringOptions _options;

    /// <summary>A clusterer with <paramref name="options"/> (defaults when null). Throws on out-of-range options.</summary>
    public IncidentClusterer(ClusteringOptions? options = null)
    {
        _options = options ?? new ClusteringOptions();
        _options.Validate();
    }

    /// <summary>The options in use.</summary>
    public ClusteringOptions Options => _options;

    /// <summary>The family a type clusters in: Protest and Riot are one family, Attack and PropertyDestruction another; every other type is its own.</summary>
    public static IncidentFamily FamilyOf(IncidentType type) => type switch
    {
        IncidentType.Protest or IncidentType.Riot => IncidentFamily.Demonstration,
        IncidentType.Strike => IncidentFamily.Strike,
        IncidentType.Killing => IncidentFamily.Killing,
        IncidentType.Injury => IncidentFamily.Injury,
        IncidentType.Arrest => IncidentFamily.Arrest,
        IncidentType.Execution => IncidentFamily.Execution,
        IncidentType.Attack or IncidentType.PropertyDestruction => IncidentFamily.Attack,
        IncidentType.GraffitiPoster => IncidentFamily.GraffitiPoster,
        _ => IncidentFamily.Other,
    };

    /// <summary>
    /// The blocks <paramref name="mention"/> can be compared in: its family × every month its date window touches
    /// (widened by <see cref="ClusteringOptions.DayTolerance"/> for single days) × its region, plus the
    /// <see cref="BlockKey.AnyRegion"/> block when <see cref="ClusteringOptions.UnknownPlaceJoins"/> is on. Empty
    /// when the mention can join nothing (no date, a range longer than <see cref="ClusteringOptions.MaxRangeDays"/>,
    /// or no place without the option): it is always its own incident. Distinct keys, in ascending date order.
    /// </summary>
    public IReadOnlyList<BlockKey> BlockKeysOf(MentionRecord mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return MentionFacts.Of(mention, _options, new FactsPool()).Blocks;
    }

    /// <summary>
    /// Clusters <paramref name="mentions"/>. Every mention lands in exactly one cluster; clusters are returned
    /// ordered by <see cref="IncidentCluster.Key"/> (the smallest member id). Throws <see cref="ArgumentException"/>
    /// when two mentions share an id.
    /// </summary>
    public IReadOnlyList<IncidentCluster> Cluster(IEnumerable<MentionRecord> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var pool = new FactsPool();
        var facts = mentions.Select(m => MentionFacts.Of(m, _options, pool)).ToArray();
        var ids = new HashSet<Guid>(facts.Length);
        foreach (var f in facts)
        {
            if (!ids.Add(f.Id))
            {
                throw new ArgumentException($"Mention id {f.Id} occurs twice.", nameof(mentions));
            }
        }

        Array.Sort(facts, MentionFacts.CompareProcessingOrder);

        var byBlock = new Dictionary<BlockKey, List<ClusterBuilder>>();
        var byCell = new Dictionary<CellKey, List<ClusterBuilder>>();
        var clusters = new List<ClusterBuilder>();
        var visit = 0;
        var candidates = new List<ClusterBuilder>(MaxPersonCandidates);
        foreach (var f in facts)
        {
            ClusterBuilder? target = null;
            string? why = null;
            var found = 0;
            string? refusal = null;
            if (f.Joinable)
            {
                visit++;
                candidates.Clear();

                // With named persons, or for an account coarser than a day in a city, look further than two: among several fitting
                // incidents the one naming the same person, or the only one told at the account's own grain, is no guess.
                var limit = f.Persons.Length > 0 || !f.IsFine ? MaxPersonCandidates : 2;
                if (f.IsFine)
                {
                    for (var d = f.First - _options.DayTolerance; d <= f.First + _options.DayTolerance && candidates.Count < limit; d++)
                    {
                        if (byCell.TryGetValue(new CellKey(f.Family, f.Region!, f.City!, d), out var list))
                        {
                            Consider(list, f, visit, limit, candidates, ref refusal);
                        }
                    }

                    foreach (var key in f.PersonBlocks)
                    {
                        if (candidates.Count < limit && byBlock.TryGetValue(key, out var list))
                        {
                            Consider(list, f, visit, limit, candidates, ref refusal);
                        }
                    }
                }
                else
                {
                    foreach (var key in f.Probes)
                    {
                        if (candidates.Count < limit && byBlock.TryGetValue(key, out var list))
                        {
                            Consider(list, f, visit, limit, candidates, ref refusal);
                        }
                    }
                }

                found = candidates.Count;
                if (found == 1)
                {
                    target = candidates[0];
                }
                else if (found > 1 && found < limit && f.Persons.Length > 0)
                {
                    var naming = candidates.Where(c => c.NamesSamePerson(f)).Take(2).ToList();
                    if (naming.Count == 1)
                    {
                        target = naming[0];
                        why = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{found} incidents fit; only this one names the same person {MentionCompatibility.FateWord(f.Family)}");
                    }
                }

                if (target is null && found > 1 && found < limit && !f.IsFine && ClosestInGrain(candidates, f) is { } closest)
                {
                    target = closest;
                    why = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{found} incidents fit; this one is told closest to the account's own grain (place level and length of time), the others coarser or finer in one and no closer in the other");
                }
            }

            if (target is null)
            {
                target = new ClusterBuilder(f, WhyAlone(f, found, refusal));
                clusters.Add(target);
            }
            else
            {
                target.Add(f, _options, why);
            }

            foreach (var key in f.Blocks)
            {
                if (target.MarkIndexed(key))
                {
                    Listed(byBlock, key).Add(target);
                }
            }

            foreach (var key in f.CountryBlocks)
            {
                if (target.MarkIndexed(key))
                {
                    Listed(byBlock, key).Add(target);
                }
            }

            if (f.IsFine)
            {
                var cell = Listed(byCell, new CellKey(f.Family, f.Region!, f.City!, f.First));
                if (!cell.Contains(target))
                {
                    cell.Add(target);
                }
            }
        }

        var result = new IncidentCluster[clusters.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = clusters[i].Build();
        }

        result = WaveParts.Link(clusters, result);

        Array.Sort(result, static (a, b) => a.Key.CompareTo(b.Key));
        return result;
    }

    /// <summary>
    /// The wave flags and part links of incidents as they stand, each given by its mentions (an editor's split or merge may
    /// have grouped them otherwise than <see cref="Cluster"/> would): the same rules as clustering (<see cref="IncidentCluster.IsWave"/>,
    /// <see cref="IncidentCluster.PartOf"/> with its reason), anchored by each incident's finest account. Returned in the
    /// order given; <see cref="IncidentCluster.Key"/> is each incident's smallest mention id, which is what
    /// <see cref="IncidentCluster.PartOf"/> names. Throws <see cref="ArgumentException"/> on an empty incident or a mention in two.
    /// </summary>
    public IReadOnlyList<IncidentCluster> Link(IReadOnlyList<IReadOnlyList<MentionRecord>> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        var ids = new HashSet<Guid>();
        var pool = new FactsPool();
        var builders = new List<ClusterBuilder>(incidents.Count);
        foreach (var incident in incidents)
        {
            if (incident.Count == 0)
            {
                throw new ArgumentException("An incident without mentions cannot be linked.", nameof(incidents));
            }

            var facts = incident.Select(m => MentionFacts.Of(m, _options, pool)).ToArray();
            Array.Sort(facts, MentionFacts.CompareProcessingOrder);
            ClusterBuilder? builder = null;
            foreach (var f in facts)
            {
                if (!ids.Add(f.Id))
                {
                    throw new ArgumentException($"Mention id {f.Id} occurs twice.", nameof(incidents));
                }

                if (builder is null)
                {
                    builder = new ClusterBuilder(f, "as the incident stands");
                }
                else
                {
                    builder.Add(f, _options, "as the incident stands");
                }
            }

            builders.Add(builder!);
        }

        var built = builders.Select(b => b.Build()).ToArray();
        return WaveParts.Link(builders, built);
    }

    /// <summary>
    /// Everything that must be re-clustered when <paramref name="arriving"/> mentions are ingested: the arriving
    /// mentions plus every stored mention connected to them through shared block keys (followed to a fixed point,
    /// since a stored mention may touch further blocks). <paramref name="storedInBlocks"/> returns the stored
    /// mentions having any block key the given keys cover (<see cref="BlockKey.Covers"/>: a country-wide key covers
    /// every key of its country, family and month) (it may return mentions already seen; duplicates by id are
    /// ignored, and a stored mention with an arriving mention's id is replaced by the arriving one).
    /// Clustering the result and replacing the stored clusters of those mentions equals a from-scratch run.
    /// </summary>
    public IReadOnlyList<MentionRecord> CollectAffected(
        IEnumerable<MentionRecord> arriving,
        Func<IReadOnlyCollection<BlockKey>, IEnumerable<MentionRecord>> storedInBlocks)
    {
        ArgumentNullException.ThrowIfNull(arriving);
        ArgumentNullException.ThrowIfNull(storedInBlocks);
        var collected = new Dictionary<Guid, MentionRecord>();
        var pool = new FactsPool();
        var seenBlocks = new HashSet<BlockKey>();
        var frontier = new List<BlockKey>();
        foreach (var m in arriving)
        {
            collected[m.Id] = m;
            AddBlocks(m, pool, seenBlocks, frontier);
        }

        while (frontier.Count > 0)
        {
            var asked = frontier.ToArray();
            frontier.Clear();
            foreach (var m in storedInBlocks(asked))
            {
                if (collected.TryAdd(m.Id, m))
                {
                    AddBlocks(m, pool, seenBlocks, frontier);
                }
            }
        }

        return [.. collected.Values.OrderBy(m => m.Id)];
    }

    private void AddBlocks(MentionRecord mention, FactsPool pool, HashSet<BlockKey> seen, List<BlockKey> frontier)
    {
        foreach (var key in MentionFacts.Of(mention, _options, pool).Probes)
        {
            if (seen.Add(key))
            {
                frontier.Add(key);
            }
        }
    }

    private void Consider(List<ClusterBuilder> list, MentionFacts mention, int visit, int limit, List<ClusterBuilder> candidates, ref string? refusal)
    {
        foreach (var c in list)
        {
            if (c.Visit == visit)
            {
                continue;
            }

            c.Visit = visit;
            if (c.Accepts(mention, _options))
            {
                candidates.Add(c);
                if (candidates.Count >= limit)
                {
                    return;
                }
            }
            else
            {
                refusal ??= c.Refusal(mention, _options);
            }
        }
    }

    /// <summary>
    /// Among several incidents that fit an account coarser than one day in one city, the one whose anchoring account is told at
    /// the same grain: a country-wide account of a year's protests belongs with the country's wave rather than with one city's
    /// sit-in, though both fall inside it. Grain is the place level (city, province, country) and the class of the date's length
    /// (one day, a week, two months, longer). The chosen one must be at least as close as every other on both and closer on one;
    /// when one is closer in place and another in time, the account stays apart. Null when no candidate is so placed, or when
    /// a publication date stands in for a date (its window says nothing of the account's grain).
    /// </summary>
    private static ClusterBuilder? ClosestInGrain(List<ClusterBuilder> candidates, MentionFacts mention)
    {
        if (mention.FromPublication || mention.Region is null)
        {
            return null;
        }

        var distances = new (int Place, int Time)[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var seed = candidates[i].Seed;
            if (seed.FromPublication || seed.Region is null)
            {
                return null;
            }

            distances[i] = GrainDistance(seed, mention);
        }

        ClusterBuilder? best = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var (pa, da) = distances[i];
            var dominates = true;
            for (var j = 0; j < candidates.Count && dominates; j++)
            {
                var (pb, db) = distances[j];
                dominates = j == i || (pa <= pb && da <= db && (pa < pb || da < db));
            }

            if (dominates)
            {
                best = candidates[i];
            }
        }

        return best;
    }

    private static (int Place, int Time) GrainDistance(MentionFacts a, MentionFacts b) =>
        (Math.Abs((int)a.Precision - (int)b.Precision), Math.Abs(LengthClass(a) - LengthClass(b)));

    private static int LengthClass(MentionFacts f) => (f.Last - f.First + 1) switch
    {
        1 => 0,
        <= 7 => 1,
        <= 62 => 2,
        _ => 3,
    };

    /// <summary>Why a mention starts its own incident, for the audit of the clustering.</summary>
    private string WhyAlone(MentionFacts f, int found, string? refusal)
    {
        if (!f.HasDate)
        {
            return "own incident: no date, so it joins nothing";
        }

        if (!f.Joinable)
        {
            return f.Region is null
                ? "own incident: no place, so it joins nothing"
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"own incident: its date range is longer than {_options.MaxRangeDays} days, so it joins nothing");
        }

        if (found == 0 && refusal is not null)
        {
            return "own incident: " + refusal;
        }

        if (found == 0 && f.IsWave)
        {
            return "own incident: a wave (a province or country over several days) joins only accounts of a wave; the days and places inside it are its parts";
        }

        return found > 1
            ? "own incident: several incidents fit it equally (joining one would guess), so it stays apart"
            : "own incident: no incident agrees with it on family, date, place, actors and victims";
    }

    private static List<ClusterBuilder> Listed<TKey>(Dictionary<TKey, List<ClusterBuilder>> index, TKey key)
        where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        return list;
    }
}
