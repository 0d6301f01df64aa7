using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Incidents;
using static Vigil.Core.Tests.Incidents.Mentions;

namespace Vigil.Core.Tests.Incidents;

public sealed class IncidentFiguresTests
{
    [Fact]
    public void Three_outlets_reporting_one_killing_give_one_incident_with_range_attributions_and_most_reliable_figure()
    {
        var amnesty = M(1, IncidentType.Killing, Day(2019, 11, 17), Shiraz, actors: ["security forces"], source: "amnesty", killed: FigureRange.AtLeast(12));
        var irna = M(2, IncidentType.Killing, Day(2019, 11, 17), Shiraz, source: "irna", killed: FigureRange.Exactly(4));
        var hrana = M(3, IncidentType.Killing, Day(2019, 11, 17), Shiraz, actors: ["IRGC"], source: "hrana", killed: new FigureRange(15, 18));

        var cluster = Assert.Single(new IncidentClusterer().Cluster([irna, hrana, amnesty]));
        Assert.Equal([G(1), G(2), G(3)], cluster.MentionIds.ToArray());

        SourcedMention[] members =
        [
            new(amnesty, null, ReliabilityGrade.B, 2),
            new(irna, null, ReliabilityGrade.E, 3),
            new(hrana, null, ReliabilityGrade.B, 2),
        ];
        var killed = Assert.Single(IncidentFigures.Summarise(members));

        Assert.Equal(CasualtyKind.Killed, killed.Category);
        Assert.Equal(new FigureRange(4, 18), killed.Range);
        Assert.Equal(
            ["amnesty: 12-", "hrana: 15-18", "irna: 4-4"],
            killed.Claims.Select(c => $"{c.SourceKey}: {c.Figure.Min}-{c.Figure.Max}"));

        // amnesty and hrana are both B/2: the larger minimum wins the tie, and nothing is summed.
        Assert.Equal("hrana", killed.MostReliable.SourceKey);
        Assert.Equal(new FigureRange(15, 18), killed.MostReliable.Figure);
    }

    [Fact]
    public void Reliability_beats_credibility_which_beats_size()
    {
        var a = M(1, IncidentType.Killing, Day(2019, 11, 17), Shiraz, source: "a", killed: FigureRange.Exactly(100));
        var b = M(2, IncidentType.Killing, Day(2019, 11, 17), Shiraz, source: "b", killed: FigureRange.Exactly(3));
        var c = M(3, IncidentType.Killing, Day(2019, 11, 17), Shiraz, source: "c", killed: FigureRange.Exactly(5));

        Assert.Equal("b", IncidentFigures.Summarise([new(a, null, ReliabilityGrade.C, 1), new(b, null, ReliabilityGrade.A, 6)])[0].MostReliable.SourceKey);
        Assert.Equal("c", IncidentFigures.Summarise([new(a, null, ReliabilityGrade.B, 3), new(c, null, ReliabilityGrade.B, 2)])[0].MostReliable.SourceKey);
        Assert.Equal("b", IncidentFigures.Summarise([new(a, null, ReliabilityGrade.F, 1), new(b, null, ReliabilityGrade.E, 6)])[0].MostReliable.SourceKey);
    }

    [Fact]
    public void An_open_ended_claim_above_every_closed_figure_leaves_the_range_open()
    {
        var a = M(1, IncidentType.Killing, Day(2019, 11, 17), Shiraz, source: "a", killed: FigureRange.Exactly(100));
        var b = M(2, IncidentType.Killing, Day(2019, 11, 17), Shiraz, source: "b", killed: FigureRange.AtLeast(304));
        var c = M(3, IncidentType.Killing, Day(2019, 11, 17), Shiraz, source: "c", killed: FigureRange.AtLeast(50));

        Assert.Equal(new FigureRange(100, null), IncidentFigures.Summarise([new(a, null, ReliabilityGrade.C), new(b, null, ReliabilityGrade.C)])[0].Range);
        Assert.Equal(new FigureRange(50, 100), IncidentFigures.Summarise([new(a, null, ReliabilityGrade.C), new(c, null, ReliabilityGrade.C)])[0].Range);
    }

    [Fact]
    public void Categories_nobody_reports_are_left_out()
    {
        var a = M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz, source: "a");
        Assert.Empty(IncidentFigures.Summarise([new(a, null, ReliabilityGrade.C)]));
    }
}
