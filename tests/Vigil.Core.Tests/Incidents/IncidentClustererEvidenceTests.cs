using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Incidents;
using static Vigil.Core.Tests.Incidents.Mentions;

namespace Vigil.Core.Tests.Incidents;

/// <summary>Evidence weighed rather than only compared: publication-date fallbacks, one odd member, persons, order keys, reasons.</summary>
public sealed class IncidentClustererEvidenceTests
{
    private static readonly IncidentClusterer Clusterer = new();

    private static string Run(params MentionRecord[] mentions) => Shape(Clusterer.Cluster(mentions));

    private static MentionRecord Published(MentionRecord m) => m with { DateSource = DateSource.Publication };

    [Fact]
    public void A_publication_dated_mention_joins_the_only_earlier_incident_there()
    {
        // Published on the 25th, no date in the text: the Shiraz protest of the 17th is the only one it can be.
        Assert.Equal("1,2", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            Published(M(2, IncidentType.Protest, Day(2019, 11, 25), Shiraz))));
    }

    [Fact]
    public void A_publication_date_does_not_keep_apart_what_text_dates_join()
    {
        // As a text date, the 25th would be a different day; as a publication date it does not split the two accounts of the 17th.
        Assert.Equal("1,2,3", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            Published(M(2, IncidentType.Protest, Day(2019, 11, 25), Shiraz)),
            M(3, IncidentType.Protest, Day(2019, 11, 17), Shiraz)));
        Assert.Equal("1,3 | 2", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, Day(2019, 11, 25), Shiraz),
            M(3, IncidentType.Protest, Day(2019, 11, 17), Shiraz)));
    }

    [Fact]
    public void A_publication_dated_mention_never_joins_an_incident_after_it_was_published_nor_guesses_between_two()
    {
        Assert.Equal("1 | 2", Run(
            M(1, IncidentType.Protest, Day(2019, 12, 2), Shiraz),
            Published(M(2, IncidentType.Protest, Day(2019, 11, 25), Shiraz))));
        Assert.Equal("1 | 2 | 3", Run(
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, Day(2019, 11, 20), Shiraz),
            Published(M(3, IncidentType.Protest, Day(2019, 11, 25), Shiraz))));
    }

    [Fact]
    public void One_odd_member_does_not_keep_out_an_account_that_agrees_with_the_first_but_a_majority_does()
    {
        var tolerant = new IncidentClusterer(new ClusteringOptions { DayTolerance = 1 });

        // 18th joins the 17th; the 16th agrees with the 17th (the first) and not the 18th: one of two, so it joins.
        var joined = tolerant.Cluster([
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, Day(2019, 11, 18), Shiraz),
            M(3, IncidentType.Protest, Day(2019, 11, 16), Shiraz)]);
        Assert.Equal("1,2,3", Shape(joined));
        Assert.Contains("1 of 2 members disagree", joined[0].Reasons.Single(r => r.MentionId == G(3)).Fields, StringComparison.Ordinal);

        // Two members on the 18th outvote the first.
        Assert.Equal("1,2,3 | 4", Shape(tolerant.Cluster([
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, Day(2019, 11, 18), Shiraz),
            M(3, IncidentType.Protest, Day(2019, 11, 18), Shiraz),
            M(4, IncidentType.Protest, Day(2019, 11, 16), Shiraz)])));
    }

    [Fact]
    public void Different_named_persons_are_different_killings_and_an_unnamed_account_fitting_both_stays_apart()
    {
        var clusters = Clusterer.Cluster([
            M(1, IncidentType.Killing, Day(2022, 9, 20), Tehran),
            M(2, IncidentType.Killing, Day(2022, 9, 20), Tehran, victims: ["Hadis Najafi"]),
            M(3, IncidentType.Killing, Day(2022, 9, 20), Tehran, victims: ["Nika Shakarami"])]);

        Assert.Equal("1 | 2 | 3", Shape(clusters));
        Assert.StartsWith("own incident: several incidents fit it", clusters[0].Seed!.Fields, StringComparison.Ordinal);
    }

    [Fact]
    public void Protesters_called_an_opposition_groups_units_by_one_source_are_the_same_protest_but_state_forces_are_not()
    {
        Assert.Equal("1,2", Run(
            M(1, IncidentType.Protest, PartialDate.OfMonth(2018, 1), Iran, actors: ["protesters"]),
            M(2, IncidentType.Protest, PartialDate.OfMonth(2018, 1), Iran, actors: ["MEK Resistance Units"])));
        Assert.Equal("1 | 2", Run(
            M(1, IncidentType.Protest, PartialDate.OfMonth(2018, 1), Iran, actors: ["MEK Resistance Units"]),
            M(2, IncidentType.Protest, PartialDate.OfMonth(2018, 1), Iran, actors: ["security forces"])));

        // Outside demonstrations the classes stay apart: an attack by an opposition group is not one by civilians.
        Assert.Equal("1 | 2", Run(
            M(1, IncidentType.Attack, PartialDate.OfMonth(2018, 1), Iran, actors: ["protesters"]),
            M(2, IncidentType.Attack, PartialDate.OfMonth(2018, 1), Iran, actors: ["MEK Resistance Units"])));
    }

    [Fact]
    public void The_same_person_joins_a_country_level_account_of_their_killing()
    {
        Assert.Equal("1,2", Run(
            M(1, IncidentType.Killing, Day(2022, 9, 20), Tehran, victims: ["Hadis Najafi"]),
            M(2, IncidentType.Killing, Day(2022, 9, 20), Iran, victims: ["Hadis Najafi"])));
    }

    [Fact]
    public void Order_keys_not_arrival_ids_decide_ties()
    {
        // Two reports of equal rank: whichever was ingested first (smaller UUID v7), the content order key decides
        // which one anchors the incident, so the membership is the same.
        MentionRecord[] Build(int first, int second) =>
        [
            M(first, IncidentType.Protest, Day(2019, 11, 17), Shiraz) with { OrderKey = "aaa:000000" },
            M(second, IncidentType.Protest, Day(2019, 11, 17), Fars) with { OrderKey = "bbb:000000" },
            M(second + 10, IncidentType.Protest, Day(2019, 11, 17), Kazerun) with { OrderKey = "ccc:000000" },
        ];

        string ByOrderKey(MentionRecord[] input) => string.Join(" | ", Clusterer.Cluster(input)
            .Select(c => string.Join(",", c.MentionIds.Select(id => input.Single(m => m.Id == id).OrderKey).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal));

        Assert.Equal(ByOrderKey(Build(1, 2)), ByOrderKey(Build(2, 1)));
    }

    [Fact]
    public void A_reports_mentions_of_equal_rank_are_taken_in_their_order_in_the_report_whatever_their_ids()
    {
        // One report (one order key), two accounts of the same protest: the one told first anchors the incident.
        var told = Clusterer.Cluster([
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz) with { OrderKey = "aaa", OrderPosition = 2 },
            M(2, IncidentType.Protest, Day(2019, 11, 17), Shiraz) with { OrderKey = "aaa", OrderPosition = 1 },
        ]);
        var byId = Clusterer.Cluster([
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz) with { OrderKey = "aaa" },
            M(2, IncidentType.Protest, Day(2019, 11, 17), Shiraz) with { OrderKey = "aaa" },
        ]);

        Assert.Equal(G(2), Assert.Single(told).Seed!.MentionId);
        Assert.Equal(G(1), Assert.Single(byId).Seed!.MentionId);
    }

    [Fact]
    public void Each_incident_says_why_its_first_member_stands_alone()
    {
        var clusters = Clusterer.Cluster([
            M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz),
            M(2, IncidentType.Protest, Day(2019, 11, 17), Kazerun),
            M(3, IncidentType.Protest, PartialDate.OfMonth(2019, 11), Fars),
            M(4, IncidentType.Protest, null, Fars)]);

        Assert.Equal(
            [
                "own incident: no incident agrees with it on family, date, place, actors and victims",
                "own incident: no incident agrees with it on family, date, place, actors and victims",
                "own incident: a wave (a province or country over several days) joins only accounts of a wave; the days and places inside it are its parts",
                "own incident: no date, so it joins nothing",
            ],
            clusters.Select(c => c.Seed!.Fields));
    }

    [Fact]
    public void A_ten_year_range_and_a_hundred_contradictory_accounts_finish_and_stay_apart()
    {
        var mentions = Enumerable.Range(1, 100)
            .Select(i => M(i, IncidentType.Killing, Day(2019, 11, 17), Shiraz, victims: [$"Person {i}"]))
            .Append(M(101, IncidentType.Killing, PartialDate.OfYear(2010), Shiraz, dateEnd: PartialDate.OfYear(2019)))
            .ToArray();

        var clusters = Clusterer.Cluster(mentions);

        Assert.Equal(101, clusters.Count);
        Assert.Contains("longer than 62 days", clusters.Single(c => c.Key == G(101)).Seed!.Fields, StringComparison.Ordinal);
    }
}
