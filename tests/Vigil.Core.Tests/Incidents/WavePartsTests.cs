using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Incidents;
using static Vigil.Core.Tests.Incidents.Mentions;

namespace Vigil.Core.Tests.Incidents;

/// <summary>Waves (a country's or province's days of protest) and their parts (one day in one place).</summary>
public sealed class WavePartsTests
{
    private static readonly IncidentClusterer Clusterer = new();

    private static string Run(params MentionRecord[] mentions) => Linked(Clusterer.Cluster(mentions));

    private static readonly PartialDate November = PartialDate.OfMonth(2019, 11);

    [Fact]
    public void A_day_in_one_city_is_a_part_of_the_countrys_week_and_accounts_of_the_week_join_the_wave()
    {
        // 1, 2: Shiraz on the 17th; 3: Tehran on the 16th; 4, 5: "protests across Iran, 15–21 November" and "in November".
        Assert.Equal("1,2 < 4 | 3 < 4 | 4,5 (wave)", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(3, IncidentType.Protest, Day(2019, 11, 16), Tehran),
            M(4, IncidentType.Protest, Day(2019, 11, 15), Iran, dateEnd: Day(2019, 11, 21)),
            M(5, IncidentType.Protest, November, Iran)));
    }

    [Fact]
    public void A_wave_grained_account_never_joins_the_only_day_incident_of_its_province()
    {
        // Before waves, "protests in Fars in November" joined the one Shiraz incident and lent it a month; now it is the wave.
        Assert.Equal("1 < 2 | 2 (wave)", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, November, Fars)));
    }

    [Fact]
    public void A_part_takes_the_closest_wave_its_province_before_its_country()
    {
        Assert.Equal("1 < 2 | 2 (wave) | 3 (wave) | 4 < 3", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, Day(2019, 11, 16), Fars, dateEnd: Day(2019, 11, 18)),
            M(3, IncidentType.Protest, November, Iran),
            M(4, IncidentType.Protest, Day(2019, 11, 17), Tehran)));
    }

    [Fact]
    public void A_country_wide_account_of_a_year_joins_the_countrys_wave_rather_than_a_days_riot_that_also_fits()
    {
        // 1, 2: "protests across Iran from late December to January"; 3: a sit-in in Tehran on 19 February; 4: a riot
        // somewhere in Iran on 17 November; 5: "in 2018, when protests spread across Iran". The wave and the riot both fit
        // 5's year and country (the day in Tehran does not: a coarse account joins no day in a city); only the wave is told,
        // like 5, of the whole country over weeks.
        var clusters = Clusterer.Cluster([
            M(1, IncidentType.Protest, Day(2017, 12, 28), Iran, dateEnd: Day(2018, 1, 20)),
            M(2, IncidentType.Protest, PartialDate.OfMonth(2018, 1), Iran),
            M(3, IncidentType.Protest, Day(2018, 2, 19), Tehran),
            M(4, IncidentType.Riot, Day(2018, 11, 17), Iran),
            M(5, IncidentType.Protest, PartialDate.OfYear(2018), Iran)]);

        Assert.Equal("1,2,5 (wave) | 3 | 4", Linked(clusters));
        Assert.EndsWith("; 2 incidents fit; this one is told closest to the account's own grain (place level and length of time), the others coarser or finer in one and no closer in the other",
            clusters[0].Reasons.Single(r => r.MentionId == G(5)).Fields, StringComparison.Ordinal);
    }

    [Fact]
    public void An_account_that_one_incident_matches_in_place_and_another_in_time_stays_apart()
    {
        // "Protests in Iran in November": teachers' month of protest in Fars matches its length of time, two days of
        // protest across Iran by others its place level. Neither is closer on both, so joining either would guess.
        var clusters = Clusterer.Cluster([
            M(1, IncidentType.Protest, November, Fars, actors: ["teachers"]),
            M(2, IncidentType.Protest, Day(2019, 11, 16), Iran, actors: ["IRGC"], dateEnd: Day(2019, 11, 17)),
            M(3, IncidentType.Protest, November, Iran)]);

        Assert.Equal("1 (wave) | 2 (wave) | 3 (wave)", Linked(clusters));
        Assert.StartsWith("own incident: several incidents fit it", clusters.Single(c => c.Key == G(3)).Seed!.Fields, StringComparison.Ordinal);
    }

    [Fact]
    public void A_day_outside_the_waves_dates_or_of_another_family_or_country_is_no_part_of_it()
    {
        Assert.Equal("1 | 2 | 3 | 4 (wave)", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 25), Shiraz),
            M(2, IncidentType.Killing, Day(2019, 11, 17), Shiraz),
            M(3, IncidentType.Protest, Day(2019, 11, 17), new("Basra", "Basra", "IQ", 30.5, 47.8, Vigil.Core.Extraction.Places.GeoPrecision.City)),
            M(4, IncidentType.Protest, Day(2019, 11, 15), Iran, dateEnd: Day(2019, 11, 21))));
    }

    [Fact]
    public void A_part_covered_equally_by_two_waves_is_linked_to_neither_and_says_why()
    {
        // Two country-level waves kept apart by contradicting actors, both covering the 17th in Shiraz.
        var clusters = Clusterer.Cluster([
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, November, Iran, actors: ["teachers"]),
            M(3, IncidentType.Protest, November, Iran, actors: ["IRGC"]),
        ]);
        Assert.Equal("1 | 2 (wave) | 3 (wave)", Linked(clusters));
        Assert.Equal("part of no wave: 2 waves cover its day and place equally (choosing one would guess)", clusters[0].PartReason);
    }

    [Fact]
    public void The_link_names_the_wave_and_what_fits()
    {
        var clusters = Clusterer.Cluster([
            M(1, IncidentType.Killing, Day(2019, 11, 17), Shiraz, killed: new FigureRange(12, 12)),
            M(2, IncidentType.Killing, November, Iran, killed: new FigureRange(1500, 1500)),
        ]);
        Assert.Equal(G(2), clusters[0].PartOf);
        Assert.Equal($"part of the wave anchored by mention {G(2)}: family=Killing; day 2019-11-17 within 2019-11-01..2019-11-30; place Shiraz within Iran (country)", clusters[0].PartReason);
        Assert.True(clusters[1].IsWave);
        Assert.Null(clusters[1].PartOf);
    }

    [Fact]
    public void A_ten_year_range_is_no_wave_and_a_publication_date_makes_no_part()
    {
        Assert.Equal("1 | 2", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz) with { DateSource = DateSource.Publication },
            M(2, IncidentType.Protest, PartialDate.OfYear(2010), Iran, dateEnd: PartialDate.OfYear(2019))));
    }

    [Fact]
    public void A_report_naming_a_hundred_waves_links_its_parts_to_none_and_says_too_many()
    {
        // 100 country-level waves of November, each kept apart by its own actor; one Shiraz day inside all of them.
        var mentions = Enumerable.Range(2, 100)
            .Select(i => M(i, IncidentType.Protest, November, Iran, actors: [$"group {i}"]))
            .Append(M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz))
            .ToArray();
        var clusters = Clusterer.Cluster(mentions);
        Assert.Equal(101, clusters.Count);
        Assert.Equal(100, clusters.Count(c => c.IsWave));
        Assert.Null(clusters[0].PartOf);
        Assert.Equal("part of no wave: more than 64 waves cover its day and place, too many to choose among", clusters[0].PartReason);
    }
}
