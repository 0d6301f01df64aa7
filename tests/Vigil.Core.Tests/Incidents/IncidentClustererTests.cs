using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Incidents;
using static Vigil.Core.Tests.Incidents.Mentions;

namespace Vigil.Core.Tests.Incidents;

public sealed class IncidentClustererTests
{
    private static readonly IncidentClusterer Clusterer = new();

    private static string Run(params MentionRecord[] mentions) => Shape(Clusterer.Cluster(mentions));

    [Fact]
    public void Same_city_and_day_in_one_family_merge_even_when_one_outlet_says_riot()
    {
        Assert.Equal("1,2", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Riot, Day(2019, 11, 17), Shiraz)));
    }

    [Fact]
    public void Different_families_never_merge()
    {
        Assert.Equal("1 | 2", Run(
            M(1, IncidentType.Killing, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Execution, Day(2019, 11, 17), Shiraz)));
        Assert.Equal("1 | 2", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Strike, Day(2019, 11, 17), Shiraz)));
    }

    [Fact]
    public void Attack_and_property_destruction_are_one_family()
    {
        Assert.Equal(IncidentFamily.Attack, IncidentClusterer.FamilyOf(IncidentType.PropertyDestruction));
        Assert.Equal("1,2", Run(
            M(1, IncidentType.Attack, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.PropertyDestruction, Day(2019, 11, 17), Shiraz)));
    }

    [Fact]
    public void Two_days_must_be_equal_by_default()
    {
        Assert.Equal("1 | 2", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, Day(2019, 11, 18), Shiraz)));
    }

    [Fact]
    public void Day_tolerance_option_allows_near_days_even_across_a_month_end()
    {
        var clusterer = new IncidentClusterer(new ClusteringOptions { DayTolerance = 1 });
        Assert.Equal("1,2", Shape(clusterer.Cluster([
            M(1, IncidentType.Protest, Day(2019, 11, 30), Shiraz),
            M(2, IncidentType.Protest, Day(2019, 12, 1), Shiraz)])));
        Assert.Equal("1 | 2", Shape(clusterer.Cluster([
            M(1, IncidentType.Protest, Day(2019, 11, 29), Shiraz),
            M(2, IncidentType.Protest, Day(2019, 12, 1), Shiraz)])));
    }

    [Fact]
    public void A_month_joins_a_day_inside_it_but_not_outside()
    {
        Assert.Equal("1,2", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, PartialDate.OfMonth(2019, 11), Shiraz)));
        Assert.Equal("1 | 2", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, PartialDate.OfMonth(2019, 12), Shiraz)));
    }

    [Fact]
    public void Overlapping_ranges_join()
    {
        Assert.Equal("1,2", Run(
            M(1, IncidentType.Strike, Day(2018, 5, 22), Tehran, dateEnd: Day(2018, 5, 26)),
            M(2, IncidentType.Strike, Day(2018, 5, 25), Tehran, dateEnd: Day(2018, 6, 2))));
        Assert.Equal("1 | 2", Run(
            M(1, IncidentType.Strike, Day(2018, 5, 22), Tehran, dateEnd: Day(2018, 5, 24)),
            M(2, IncidentType.Strike, Day(2018, 5, 25), Tehran, dateEnd: Day(2018, 6, 2))));
    }

    [Fact]
    public void A_range_longer_than_the_limit_joins_nothing()
    {
        Assert.Equal("1 | 2", Run(
            M(1, IncidentType.Strike, Day(2018, 5, 22), Tehran),
            M(2, IncidentType.Strike, Day(2018, 1, 1), Tehran, dateEnd: Day(2018, 6, 30))));
    }

    [Fact]
    public void An_unknown_date_joins_nothing()
    {
        Assert.Equal("1 | 2", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, null, Shiraz)));
    }

    [Fact]
    public void Different_cities_do_not_merge()
    {
        Assert.Equal("1 | 2", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, Day(2019, 11, 17), Kazerun)));
    }

    [Fact]
    public void A_province_joins_a_city_incident_inside_it_only()
    {
        Assert.Equal("1,2", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, Day(2019, 11, 17), Fars)));
        Assert.Equal("1 | 2", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Tehran),
            M(2, IncidentType.Protest, Day(2019, 11, 17), Fars)));
    }

    [Fact]
    public void A_country_level_mention_joins_a_city_incident_when_it_is_the_only_candidate()
    {
        Assert.Equal("1,2", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, Day(2019, 11, 17), Iran)));
        Assert.Equal("1,2", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Iran),
            M(2, IncidentType.Protest, Day(2019, 11, 17), Iran)));

        // Two cities fit: joining one would guess.
        Assert.Equal("1 | 2 | 3", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, Day(2019, 11, 17), Tehran),
            M(3, IncidentType.Protest, Day(2019, 11, 17), Iran)));

        // A city incident known only to the year is not "the only candidate" of a month's country-wide account.
        Assert.Equal("1 | 2", Run(
            M(1, IncidentType.Protest, PartialDate.OfYear(2018), Tehran),
            M(2, IncidentType.Protest, PartialDate.OfMonth(2018, 1), Iran)));

        // A month's country-wide account is the wave; the city's day is a part of it, not the same incident.
        Assert.Equal("1 | 2", Run(
            M(1, IncidentType.Killing, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Killing, PartialDate.OfMonth(2019, 11), Iran)));

        // Switched off, country level and city level never meet.
        Assert.Equal("1 | 2", Shape(new IncidentClusterer(new ClusteringOptions { CountryJoinsFiner = false }).Cluster([
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, Day(2019, 11, 17), Iran)])));
    }

    [Fact]
    public void A_country_level_mention_joins_a_province_incident_across_stored_blocks()
    {
        var clusterer = new IncidentClusterer();
        var stored = new[] { M(1, IncidentType.Killing, PartialDate.OfMonth(2019, 11), Fars), M(2, IncidentType.Killing, PartialDate.OfMonth(2019, 12), Tehran) };
        var blocks = stored.ToDictionary(m => m.Id, m => clusterer.BlockKeysOf(m).ToHashSet());

        var affected = clusterer.CollectAffected(
            [M(3, IncidentType.Killing, PartialDate.OfMonth(2019, 11), Iran)],
            keys => stored.Where(m => blocks[m.Id].Any(b => keys.Any(k => k.Covers(b)))));

        Assert.Equal([G(1), G(3)], affected.Select(m => m.Id));
        Assert.Equal("1,3", Shape(clusterer.Cluster(affected)));
    }

    [Fact]
    public void An_unknown_place_joins_nothing_unless_the_option_allows()
    {
        MentionRecord[] input = [M(1, IncidentType.Killing, Day(2019, 11, 17), Shiraz), M(2, IncidentType.Killing, Day(2019, 11, 17), null)];
        Assert.Equal("1 | 2", Shape(Clusterer.Cluster(input)));
        Assert.Empty(Clusterer.BlockKeysOf(input[1]));

        var lenient = new IncidentClusterer(new ClusteringOptions { UnknownPlaceJoins = true });
        Assert.Equal("1,2", Shape(lenient.Cluster(input)));
        Assert.Contains(new BlockKey(IncidentFamily.Killing, 2019, 11, BlockKey.AnyRegion), lenient.BlockKeysOf(input[1]));
    }

    [Fact]
    public void Actors_of_disjoint_classes_contradict()
    {
        Assert.Equal("1 | 2", Run(
            M(1, IncidentType.Attack, Day(2019, 11, 17), Shiraz, actors: ["security forces"]),
            M(2, IncidentType.Attack, Day(2019, 11, 17), Shiraz, actors: ["MEK"])));
    }

    [Fact]
    public void Actors_of_one_class_or_unnamed_agree()
    {
        Assert.Equal("1,2,3", Run(
            M(1, IncidentType.Attack, Day(2019, 11, 17), Shiraz, actors: ["security forces"]),
            M(2, IncidentType.Attack, Day(2019, 11, 17), Shiraz, actors: ["IRGC"]),
            M(3, IncidentType.Attack, Day(2019, 11, 17), Shiraz)));
    }

    [Fact]
    public void Different_named_victims_contradict_but_a_group_and_a_name_agree()
    {
        Assert.Equal("1 | 2", Run(
            M(1, IncidentType.Killing, Day(2022, 9, 20), Tehran, victims: ["Hadis Najafi"]),
            M(2, IncidentType.Killing, Day(2022, 9, 20), Tehran, victims: ["Nika Shakarami"])));
        Assert.Equal("1,2", Run(
            M(1, IncidentType.Killing, Day(2022, 9, 20), Tehran, victims: ["Hadis Najafi"]),
            M(2, IncidentType.Killing, Day(2022, 9, 20), Tehran, victims: ["protesters"])));
    }

    [Fact]
    public void A_vague_mention_with_two_candidate_incidents_stays_its_own()
    {
        // Two distinct city protests in Fars; "protests in Fars in November" must not glue them together.
        var two = Clusterer.Cluster([
            M(1, IncidentType.Protest, Day(2019, 11, 16), Shiraz),
            M(2, IncidentType.Protest, Day(2019, 11, 17), Kazerun),
            M(3, IncidentType.Protest, PartialDate.OfMonth(2019, 11), Fars)]);
        Assert.Equal("1 | 2 | 3", Shape(two));

        // With one candidate it does not join either: told at a wave's grain, it is the wave and the day is its part.
        var one = Clusterer.Cluster([
            M(1, IncidentType.Protest, Day(2019, 11, 16), Shiraz),
            M(3, IncidentType.Protest, PartialDate.OfMonth(2019, 11), Fars)]);
        Assert.Equal("1 < 3 | 3 (wave)", Linked(one));

        // A province-level account of the same day does join the one city incident.
        var day = Clusterer.Cluster([
            M(1, IncidentType.Protest, Day(2019, 11, 16), Shiraz),
            M(3, IncidentType.Protest, Day(2019, 11, 16), Fars)]);
        Assert.Equal("1,3", Shape(day));
    }

    [Fact]
    public void An_unnamed_mention_does_not_pick_between_two_contradicting_incidents()
    {
        Assert.Equal("1 | 2 | 3", Run(
            M(1, IncidentType.Attack, Day(2019, 11, 17), Shiraz, actors: ["security forces"]),
            M(2, IncidentType.Attack, Day(2019, 11, 17), Shiraz, actors: ["MEK"]),
            M(3, IncidentType.Attack, Day(2019, 11, 17), Shiraz)));
    }

    [Fact]
    public void The_key_is_the_smallest_member_id_and_each_merge_says_why()
    {
        var cluster = Assert.Single(Clusterer.Cluster([
            M(7, IncidentType.Killing, Day(2019, 11, 17), Fars),
            M(5, IncidentType.Killing, Day(2019, 11, 17), Shiraz, actors: ["security forces"]),
            M(9, IncidentType.Killing, Day(2019, 11, 17), Shiraz, actors: ["riot police"])]));

        Assert.Equal(G(5), cluster.Key);
        Assert.Equal([G(5), G(7), G(9)], cluster.MentionIds.ToArray());
        Assert.Equal(2, cluster.Reasons.Length);
        var fromProvince = Assert.Single(cluster.Reasons, r => r.MentionId == G(7));
        Assert.Equal(G(5), fromProvince.WithMentionId);
        Assert.Contains("family=Killing", fromProvince.Fields, StringComparison.Ordinal);
        Assert.Contains("date 2019-11-17 = 2019-11-17", fromProvince.Fields, StringComparison.Ordinal);
        Assert.Contains("place Fars (province) contains/within Shiraz (city, Fars)", fromProvince.Fields, StringComparison.Ordinal);
        var fromCity = Assert.Single(cluster.Reasons, r => r.MentionId == G(9));
        Assert.Contains("actors state", fromCity.Fields, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_are_a_programmer_error()
    {
        Assert.Throws<ArgumentException>(() => Clusterer.Cluster([
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz)]));
    }

    [Fact]
    public void Block_keys_cover_every_month_a_window_touches()
    {
        var keys = Clusterer.BlockKeysOf(M(1, IncidentType.Strike, Day(2018, 5, 22), Shiraz, dateEnd: Day(2018, 6, 2)));
        Assert.Equal(["Strike|2018-05|IR/FARS", "Strike|2018-06|IR/FARS"], keys.Select(k => k.ToString()));
        var country = Clusterer.BlockKeysOf(M(2, IncidentType.Protest, PartialDate.OfYear(2019), Iran));
        Assert.Equal(12, country.Count);
        Assert.All(country, k => Assert.Equal("IR", k.Region));
    }
}
