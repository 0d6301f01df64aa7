using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Persons;
using Vigil.Core.Extraction.Places;
using Vigil.Core.Incidents;
using static Vigil.Core.Tests.Incidents.Mentions;

namespace Vigil.Core.Tests.Incidents;

/// <summary>Named persons as a signal: different people's fates refuse, the same person's fate joins across places and scripts.</summary>
public sealed class IncidentClustererPersonsTests
{
    private static readonly IncidentClusterer Clusterer = new();
    private static readonly Place Zahedan = new("Zahedan", "Sistan and Baluchestan", "IR", 29.5, 60.86, GeoPrecision.City);
    private static readonly Place Saqqez = new("Saqqez", "Kurdistan", "IR", 36.25, 46.27, GeoPrecision.City);

    private static MentionRecord Named(MentionRecord m, Fate fate, params string[] names) =>
        m with { Persons = [.. names.Select(n => new MentionPerson(n, fate))] };

    private static string Run(params MentionRecord[] mentions) => Shape(Clusterer.Cluster(mentions));

    [Fact]
    public void Two_arrests_of_different_named_persons_on_the_same_day_and_city_are_two_incidents_and_the_refusal_is_explained()
    {
        var clusters = Clusterer.Cluster([
            Named(M(1, IncidentType.Arrest, Day(2022, 10, 3), Tehran), Fate.Arrested, "Hossein Ronaghi"),
            Named(M(2, IncidentType.Arrest, Day(2022, 10, 3), Tehran), Fate.Arrested, "Niloofar Hamedi")]);

        Assert.Equal("1 | 2", Shape(clusters));
        Assert.Equal("own incident: an incident that agrees on date and place names other persons arrested (different people's fates are different incidents)", clusters[1].Seed!.Fields);

        // Without names the two accounts are one incident, as before.
        Assert.Equal("1,2", Run(M(1, IncidentType.Arrest, Day(2022, 10, 3), Tehran), M(2, IncidentType.Arrest, Day(2022, 10, 3), Tehran)));
    }

    [Fact]
    public void An_account_of_more_victims_than_it_names_does_not_contradict_another_name()
    {
        // "12 killed, among them Ali Karimi": the other report's Navid Afkari may be one of the other eleven.
        Assert.Equal("1,2", Run(
            Named(M(1, IncidentType.Killing, Day(2022, 9, 30), Zahedan, killed: new FigureRange(12, null)), Fate.Killed, "Ali Karimi"),
            Named(M(2, IncidentType.Killing, Day(2022, 9, 30), Zahedan), Fate.Killed, "Navid Afkari")));

        // Both name everyone they speak of: two deaths.
        Assert.Equal("1 | 2", Run(
            Named(M(1, IncidentType.Killing, Day(2022, 9, 30), Zahedan, killed: new FigureRange(1, 1)), Fate.Killed, "Ali Karimi"),
            Named(M(2, IncidentType.Killing, Day(2022, 9, 30), Zahedan), Fate.Killed, "Navid Afkari")));
    }

    [Fact]
    public void A_shorter_form_of_the_same_name_is_no_contradiction()
    {
        Assert.Equal("1,2", Run(
            Named(M(1, IncidentType.Killing, Day(2022, 9, 30), Zahedan), Fate.Killed, "Mohammad Rahimi"),
            Named(M(2, IncidentType.Killing, Day(2022, 9, 30), Zahedan), Fate.Killed, "Rahimi")));
    }

    [Fact]
    public void The_same_named_person_killed_joins_across_scripts_places_and_a_day_apart_and_says_so()
    {
        // The city of the death in one report, the country (or the home province) in the other, the next day: one death.
        var clusters = Clusterer.Cluster([
            Named(M(1, IncidentType.Killing, Day(2022, 9, 16), Tehran), Fate.Killed, "Mahsa Amini"),
            Named(M(2, IncidentType.Killing, Day(2022, 9, 17), Iran), Fate.Killed, "مهسا امینی"),
            Named(M(3, IncidentType.Killing, Day(2022, 9, 16), Saqqez), Fate.Killed, "Mahsa Amini")]);

        Assert.Equal("1,2,3", Shape(clusters));
        Assert.All(clusters[0].Reasons, r => Assert.Contains("the same named person killed in both", r.Fields));
        Assert.DoesNotContain("Amini", string.Join(" ", clusters[0].Reasons.Select(r => r.Fields)));

        // Without the name, a city and a country account a day apart, or two provinces, stay apart.
        Assert.Equal("1 | 2 | 3", Run(
            M(1, IncidentType.Killing, Day(2022, 9, 16), Tehran),
            M(2, IncidentType.Killing, Day(2022, 9, 17), Iran),
            M(3, IncidentType.Killing, Day(2022, 9, 16), Saqqez)));
    }

    [Fact]
    public void The_same_named_person_does_not_join_across_more_days_than_the_tolerance_nor_another_fate()
    {
        Assert.Equal("1 | 2", Run(
            Named(M(1, IncidentType.Killing, Day(2022, 9, 16), Tehran), Fate.Killed, "Mahsa Amini"),
            Named(M(2, IncidentType.Killing, Day(2022, 9, 20), Tehran), Fate.Killed, "Mahsa Amini")));

        // Arrested on the 13th, killed on the 16th: the arrest and the killing are two incidents whatever the names say.
        Assert.Equal("1 | 2", Run(
            Named(M(1, IncidentType.Arrest, Day(2022, 9, 13), Tehran), Fate.Arrested, "Mahsa Amini"),
            Named(M(2, IncidentType.Killing, Day(2022, 9, 13), Tehran), Fate.Killed, "Mahsa Amini")));
    }

    [Fact]
    public void A_named_person_with_no_place_joins_the_incident_naming_the_same_person()
    {
        Assert.Equal("1,2", Run(
            Named(M(1, IncidentType.Execution, Day(2020, 9, 12), Fars), Fate.Executed, "Navid Afkari"),
            Named(M(2, IncidentType.Execution, Day(2020, 9, 12), null), Fate.Executed, "نوید افکاری")));

        // A given name alone is not enough to find a death elsewhere.
        Assert.Equal("1 | 2", Run(
            Named(M(1, IncidentType.Execution, Day(2020, 9, 12), Fars), Fate.Executed, "Navid Afkari"),
            Named(M(2, IncidentType.Execution, Day(2020, 9, 12), null), Fate.Executed, "Navid")));
    }

    [Fact]
    public void Among_several_fitting_incidents_the_one_naming_the_same_person_is_chosen_and_the_choice_explained()
    {
        // Two deaths the same day in Zahedan, named differently; a third report gives a toll and one of the names.
        var clusters = Clusterer.Cluster([
            Named(M(1, IncidentType.Killing, Day(2022, 9, 30), Zahedan), Fate.Killed, "Ali Karimi"),
            Named(M(2, IncidentType.Killing, Day(2022, 9, 30), Zahedan), Fate.Killed, "Hasan Rezaei"),
            Named(M(3, IncidentType.Killing, Day(2022, 9, 30), Zahedan, killed: new FigureRange(66, 96)), Fate.Killed, "Hasan Rezaei")]);

        Assert.Equal("1 | 2,3", Shape(clusters));
        Assert.Contains("2 incidents fit; only this one names the same person killed", clusters[1].Reasons.Single().Fields);

        // Without the name it would guess, so it stays apart.
        Assert.Equal("1 | 2 | 3", Run(
            Named(M(1, IncidentType.Killing, Day(2022, 9, 30), Zahedan), Fate.Killed, "Ali Karimi"),
            Named(M(2, IncidentType.Killing, Day(2022, 9, 30), Zahedan), Fate.Killed, "Hasan Rezaei"),
            M(3, IncidentType.Killing, Day(2022, 9, 30), Zahedan, killed: new FigureRange(66, 96))));
    }

    [Fact]
    public void Named_persons_keep_the_result_independent_of_input_order()
    {
        MentionRecord[] input =
        [
            Named(M(1, IncidentType.Killing, Day(2022, 9, 30), Zahedan), Fate.Killed, "Ali Karimi"),
            Named(M(2, IncidentType.Killing, Day(2022, 9, 30), Zahedan), Fate.Killed, "Hasan Rezaei"),
            Named(M(3, IncidentType.Killing, Day(2022, 9, 30), Zahedan, killed: new FigureRange(66, 96)), Fate.Killed, "حسن رضایی"),
            Named(M(4, IncidentType.Killing, Day(2022, 10, 1), null), Fate.Killed, "Ali Karimi"),
            M(5, IncidentType.Killing, Day(2022, 9, 30), Zahedan),
        ];
        var expected = Full(Clusterer.Cluster(input));
        for (var seed = 0; seed < 20; seed++)
        {
            var shuffled = input.ToArray();
            new Random(seed).Shuffle(shuffled);
            Assert.Equal(expected, Full(Clusterer.Cluster(shuffled)));
        }
    }

    [Fact]
    public void A_country_account_of_a_year_joins_the_only_wave_it_fits_and_never_a_day()
    {
        var wave = M(1, IncidentType.Protest, Day(2017, 12, 28), Iran, dateEnd: Day(2018, 1, 7));
        var year = M(2, IncidentType.Protest, PartialDate.OfYear(2018), Iran);
        var clusters = Clusterer.Cluster([wave, year]);
        Assert.Equal("1,2 (wave)", Linked(clusters));
        Assert.Contains("a coarser account (a year or a publication date) joins the only wave it fits", clusters[0].Reasons.Single().Fields);

        // Two waves in that year: it would guess.
        Assert.Equal("1 (wave) | 2 | 3 (wave)", Linked(Clusterer.Cluster([
            wave, year, M(3, IncidentType.Protest, Day(2018, 6, 25), Iran, dateEnd: Day(2018, 7, 2))])));

        // A day in a city is a part of the wave, never the same incident as the year's account.
        Assert.Equal("1,2 (wave) | 3 < 1", Linked(Clusterer.Cluster([
            wave, year, M(3, IncidentType.Protest, Day(2017, 12, 30), Tehran)])));
    }

    [Fact]
    public void A_publication_dated_province_account_joins_the_only_wave_of_that_province_in_its_window()
    {
        var khuzestan = new Place("Khuzestan", "Khuzestan", "IR", 31.3, 48.7, GeoPrecision.Province);
        Assert.Equal("1,2 (wave)", Linked(Clusterer.Cluster([
            M(1, IncidentType.Protest, Day(2021, 7, 15), khuzestan, dateEnd: Day(2021, 7, 23)),
            M(2, IncidentType.Protest, Day(2021, 8, 10), khuzestan) with { DateSource = DateSource.Publication }])));
    }

    [Fact]
    public void A_report_that_dates_two_accounts_differently_keeps_them_apart_and_says_why()
    {
        // "304 killed in November; more than 220 of them on the 16th and 17th": the report tells the two tolls apart.
        var month = M(1, IncidentType.Killing, PartialDate.OfMonth(2019, 11), Iran, killed: new FigureRange(304, 304)) with { ReportKey = "amnesty" };
        var twoDays = M(2, IncidentType.Killing, Day(2019, 11, 16), Iran, dateEnd: Day(2019, 11, 17), killed: new FigureRange(220, null)) with { ReportKey = "amnesty" };
        var other = M(3, IncidentType.Killing, PartialDate.OfMonth(2019, 11), Iran) with { ReportKey = "ncri" };
        var clusters = Clusterer.Cluster([month, twoDays, other]);

        // The other report's "November" fits both the month and the two days; it is told, like the month, of the country
        // over a month, so it joins the month (an account at a wave's own grain joins that wave, not a shorter one inside it).
        Assert.Equal("1,3 | 2", Shape(clusters));
        Assert.Equal("own incident: an incident that agrees on date and place holds an account its own report dates differently (the report tells the two apart)", clusters[1].Seed!.Fields);
        Assert.Contains("2 incidents fit; this one is told closest to the account's own grain", clusters[0].Reasons.Single(r => r.MentionId == G(3)).Fields, StringComparison.Ordinal);

        // From two reports, the same two accounts are one wave's, as before; and one report's two datings without two tolls
        // ("protests in November", "protests between 15 and 19 November") may be one account told twice.
        Assert.Equal("1,2", Run(month with { ReportKey = null }, twoDays with { ReportKey = null }));
        Assert.Equal("1,2", Run(month with { Killed = null }, twoDays));
    }
}
