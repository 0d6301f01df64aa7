using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Places;
using Vigil.Core.Incidents;
using static Vigil.Core.Tests.Incidents.Mentions;

namespace Vigil.Core.Tests.Incidents;

public sealed class IncidentClustererPropertyTests
{
    private static readonly Place[] Places = [Shiraz, Kazerun, Fars, Tehran, Iran];
    private static readonly IncidentType[] Types = [IncidentType.Protest, IncidentType.Riot, IncidentType.Killing, IncidentType.Strike];
    private static readonly string[][] ActorChoices = [[], [], ["security forces"], ["IRGC"], ["MEK"], ["protesters"]];

    /// <summary>Named persons for killings: the same name in two scripts, a shorter form, and others, so persons both join and refuse.</summary>
    private static readonly string[][] PersonChoices = [[], [], ["Navid Afkari"], ["نوید افکاری"], ["Mohammad Rahimi"], ["Rahimi"], ["Ali Karimi", "Navid Afkari"], ["Ali Karimi"]];

    /// <summary>
    /// A dense random set: few places, types and days, so mentions collide often and every rule (vague mentions,
    /// contradicting actors, month ends, unknown fields) is exercised.
    /// </summary>
    private static List<MentionRecord> Generate(int seed, int count)
    {
        var random = new Random(seed);
        var result = new List<MentionRecord>(count);
        for (var i = 1; i <= count; i++)
        {
            var day = new DateOnly(2019, 11, 27).AddDays(random.Next(8));
            PartialDate? date = random.Next(10) switch
            {
                0 => PartialDate.OfMonth(day.Year, day.Month),
                1 => PartialDate.OfYear(day.Year),
                2 => null,
                _ => PartialDate.OfDay(day),
            };
            PartialDate? end = date is { Precision: DatePrecision.Day } && random.Next(8) == 0 ? PartialDate.OfDay(day.AddDays(random.Next(1, 4))) : null;
            var place = random.Next(12) == 0 ? null : Places[random.Next(Places.Length)];
            var type = Types[random.Next(Types.Length)];
            var mention = M(random.Next(1, 1_000_000) * 100 + i, type, date, place,
                actors: ActorChoices[random.Next(ActorChoices.Length)], dateEnd: end,
                killed: random.Next(6) == 0 ? new Vigil.Core.Extraction.Figures.FigureRange(5, null) : null);
            if (type == IncidentType.Killing)
            {
                mention = mention with { Persons = [.. PersonChoices[random.Next(PersonChoices.Length)].Select(n => new MentionPerson(n, Vigil.Core.Extraction.Persons.Fate.Killed))] };
            }

            // A few reports, so one report's differently dated accounts meet and are kept apart.
            result.Add(mention with { ReportKey = random.Next(4) switch { 0 => null, var r => "report-" + r } });
        }

        return result;
    }

    private static List<MentionRecord> Shuffled(List<MentionRecord> input, int seed)
    {
        var copy = input.ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(copy));
        return copy;
    }

    [Property(MaxTest = 200)]
    public Property Shuffling_the_input_gives_the_same_clusters_keys_and_reasons(int seed, int shuffleSeed, bool tolerant, bool unknownJoins)
    {
        var clusterer = new IncidentClusterer(new ClusteringOptions { DayTolerance = tolerant ? 1 : 0, UnknownPlaceJoins = unknownJoins });
        var input = Generate(seed, 60);
        var expected = Full(clusterer.Cluster(input));
        var actual = Full(clusterer.Cluster(Shuffled(input, shuffleSeed)));
        return (expected == actual).Label(actual);
    }

    [Property(MaxTest = 200)]
    public Property Clustering_in_two_batches_re_clustering_only_the_affected_blocks_equals_a_run_from_scratch(int seed, byte split, bool tolerant, bool unknownJoins)
    {
        var clusterer = new IncidentClusterer(new ClusteringOptions { DayTolerance = tolerant ? 1 : 0, UnknownPlaceJoins = unknownJoins });
        var all = Generate(seed, 60);
        var cut = split % all.Count;
        var stored = all.Take(cut).ToList();
        var arriving = all.Skip(cut).ToList();

        // What storage keeps: clusters, and each stored mention's block keys.
        var storedClusters = clusterer.Cluster(stored).ToList();
        var blocksById = stored.ToDictionary(m => m.Id, m => clusterer.BlockKeysOf(m).ToHashSet());
        var affected = clusterer.CollectAffected(arriving, keys => stored.Where(m => blocksById[m.Id].Any(b => keys.Any(k => k.Covers(b)))));
        var affectedIds = affected.Select(m => m.Id).ToHashSet();

        var kept = storedClusters.Where(c => !c.MentionIds.Any(affectedIds.Contains));
        var incremental = kept.Concat(clusterer.Cluster(affected)).OrderBy(c => c.Key).ToList();

        var expected = Full(clusterer.Cluster(all));
        var actual = Full(incremental);
        return (expected == actual).Label($"affected {affected.Count} of {all.Count}");
    }

    [Fact]
    public void Re_clustering_touches_only_the_affected_blocks()
    {
        var clusterer = new IncidentClusterer();
        var stored = new[]
        {
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, Day(2019, 11, 17), Tehran),
            M(3, IncidentType.Protest, Day(2020, 1, 8), Shiraz),
        };
        var blocks = stored.ToDictionary(m => m.Id, m => clusterer.BlockKeysOf(m).ToHashSet());
        var affected = clusterer.CollectAffected(
            [M(4, IncidentType.Riot, PartialDate.OfMonth(2019, 11), Fars)],
            keys => stored.Where(m => blocks[m.Id].Overlaps(keys)));
        Assert.Equal([G(1), G(4)], affected.Select(m => m.Id));
    }
}
