using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Incidents;

/// <summary>
/// A trigger noun after a possessive ("her arrest", "his execution", "their trial"): an incident of its own unless the
/// report has already told an incident of that type about the same people (or, with nobody named, any of that type).
/// </summary>
public class IncidentsPossessiveTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<IncidentMention> Run(string body) =>
        [.. Pipeline.Run(body, new DateOnly(2023, 6, 1), "en").Incidents];

    [Theory]
    [InlineData("Sara Ahmadi died in custody on 16 September 2022, three days after her arrest in Tehran.", IncidentType.Arrest, "Tehran")]
    [InlineData("The family of Ali Rezaei learned of his detention by intelligence agents in Tabriz on 4 April 2023.", IncidentType.Arrest, "Tabriz")]
    [InlineData("Reza Karimi was sentenced in Shiraz in May 2023. His execution took place on 12 June 2023.", IncidentType.Execution, "Shiraz")]
    [InlineData("Lawyers said his trial before a court in Rasht lasted ten minutes on 3 March 2023.", IncidentType.Other, "Rasht")]
    [InlineData("Nasrin Kazemi said her arrest in Karaj on 3 May 2023 was unlawful.", IncidentType.Arrest, "Karaj")]
    public void A_possessive_noun_nothing_before_told_is_an_incident(string text, IncidentType type, string place)
    {
        var incident = Assert.Single(Run(text), i => i.Type == type);

        Assert.Equal(place, incident.Location?.Name);
    }

    [Fact]
    public void A_possessive_arrest_of_a_named_victim_counts_one()
    {
        var arrest = Assert.Single(Run("Sara Ahmadi died in custody on 16 September 2022, three days after her arrest in Tehran."), i => i.Type == IncidentType.Arrest);

        Assert.Equal(1, arrest.Arrested?.Min);
        Assert.Equal(1, arrest.Arrested?.Max);
    }

    [Fact]
    public void Their_execution_of_people_already_told_executed_is_no_second_execution()
    {
        var incidents = Run("Two men, Amir Hosseini and Hamid Nouri, were executed in Isfahan on 19 May 2023.\n\n"
            + "Prior to their execution, Amir Hosseini and Hamid Nouri were moved to solitary confinement in Isfahan.");

        Assert.Single(incidents, i => i.Type == IncidentType.Execution);
    }

    [Fact]
    public void Their_execution_with_nobody_named_points_back_to_the_executions_told()
    {
        var incidents = Run("Three protesters were hanged in Karaj on 7 January 2023.\n\n"
            + "State media aired their confessions in Tehran before their execution.");

        Assert.Single(incidents, i => i.Type == IncidentType.Execution);
    }

    [Fact]
    public void Her_arrest_is_new_when_the_arrests_told_before_were_of_other_people()
    {
        var incidents = Run("Police arrested ten students in Tabriz on 2 May 2023.\n\n"
            + "Mina Rahimi died in custody in Urmia on 9 May 2023 following her arrest in Urmia on 5 May 2023.");

        Assert.Equal(2, incidents.Count(i => i.Type == IncidentType.Arrest));
    }

    [Theory]
    [InlineData("People who protest face arrest in Iran.")]
    [InlineData("The detention centre in Tehran held forty people.")]
    [InlineData("Judges ignored the right to a fair trial in Tehran.")]
    public void The_noun_without_a_possessive_is_no_trigger(string text)
    {
        Assert.Empty(Run(text));
    }
}
