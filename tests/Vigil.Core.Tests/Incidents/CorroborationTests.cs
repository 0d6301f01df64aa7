using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Incidents;
using static Vigil.Core.Tests.Incidents.Mentions;

namespace Vigil.Core.Tests.Incidents;

public sealed class CorroborationTests
{
    [Fact]
    public void Affiliated_outlets_count_once()
    {
        SourcedMention[] members =
        [
            new(M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz, source: "ncri.org"), "NCRI", ReliabilityGrade.C),
            new(M(2, IncidentType.Protest, Day(2019, 11, 17), Shiraz, source: "iranfocus"), "NCRI", ReliabilityGrade.C),
            new(M(3, IncidentType.Protest, Day(2019, 11, 17), Shiraz, source: "mojahedin.org"), "ncri", ReliabilityGrade.D),
            new(M(4, IncidentType.Protest, Day(2019, 11, 17), Shiraz, source: "hrana"), null, ReliabilityGrade.B),
            new(M(5, IncidentType.Protest, Day(2019, 11, 17), Shiraz, source: "hrana"), null, ReliabilityGrade.B),
        ];

        Assert.Equal(2, Corroboration.IndependentSources(members));
    }

    [Fact]
    public void An_outlet_without_affiliation_counts_as_itself_and_with_the_outlets_affiliated_to_it()
    {
        SourcedMention[] members =
        [
            new(M(1, IncidentType.Protest, Day(2019, 11, 17), Shiraz, source: "NCRI"), null, ReliabilityGrade.C),
            new(M(2, IncidentType.Protest, Day(2019, 11, 17), Shiraz, source: "iranfocus"), "NCRI", ReliabilityGrade.C),
            new(M(3, IncidentType.Protest, Day(2019, 11, 17), Shiraz, source: "bbc-persian"), null, ReliabilityGrade.B),
        ];

        Assert.Equal(2, Corroboration.IndependentSources(members));
    }
}
