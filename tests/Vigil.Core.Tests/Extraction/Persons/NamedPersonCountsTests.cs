using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Persons;

/// <summary>An incident whose text gives no figure counts the named people who suffered it (one named victim is {1, 1}).</summary>
public class NamedPersonCountsTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static IncidentMention Only(string text, IncidentType type) =>
        Assert.Single(Pipeline.Run(text, new DateOnly(2023, 6, 1), "en").Incidents, i => i.Type == type);

    [Fact]
    public void One_named_executed_person_is_one_killed() =>
        Assert.Equal("1", Only("Reza Karimi was executed in Mashhad on May 3.", IncidentType.Execution).Killed?.ToString());

    [Fact]
    public void Two_named_detainees_are_two_arrested() =>
        Assert.Equal("2", Only("Security forces arrested Ali Rahimi and Sara Ahmadi in Tabriz on May 3.", IncidentType.Arrest).Arrested?.ToString());

    [Fact]
    public void A_figure_in_the_text_wins_over_the_named_people() =>
        Assert.Equal("40", Only("Police arrested 40 people, including Ali Rahimi, in Tabriz on May 3.", IncidentType.Arrest).Arrested?.ToString());
}
