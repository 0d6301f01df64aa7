using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Incidents;

/// <summary>
/// Within one report: generic statements about kinds of people code nothing, and an undated mention of an incident
/// the report dates elsewhere is that incident, not a second one. Invented sentences.
/// </summary>
public class IncidentsWithinReportTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<IncidentMention> Run(string body) => [.. Pipeline.Run(body, new DateOnly(2022, 10, 20), "en").Incidents];

    [Theory]
    [InlineData("Teachers who protest against low pay face arrest and dismissal.")]
    [InlineData("Students in Iran who take to the streets risk arrests and beatings.")]
    public void A_present_tense_relative_clause_about_a_kind_of_people_is_a_pattern(string sentence)
    {
        Assert.Empty(Run(sentence));
    }

    [Fact]
    public void A_past_tense_relative_clause_still_tells_an_event()
    {
        var arrest = Assert.Single(Run("Police arrested 30 students who protested in Tabriz on 12 October."), i => i.Type == IncidentType.Arrest);

        Assert.Equal("2022-10-12", arrest.Date?.ToString());
    }

    [Fact]
    public void An_undated_mention_in_the_same_country_joins_the_dated_incident_of_its_type()
    {
        var body = "Security forces arrested 40 protesters in Zahedan on 30 September.\n\n"
            + "Rights groups say the arrests in Iran were unlawful and that the detainees must be released.";

        var arrest = Assert.Single(Run(body), i => i.Type == IncidentType.Arrest);

        Assert.Equal("2022-09-30", arrest.Date?.ToString());
        Assert.Equal(DateSource.Text, arrest.DateSource);
        Assert.Equal(40, arrest.Arrested?.Min);
    }

    [Fact]
    public void A_lede_dated_by_its_saying_joins_the_incident_the_report_dates()
    {
        var incidents = Run("Security forces have killed at least five mourners in Khash, Kurdish Rights Watch said today.\n\n"
            + "On 12 October, security forces killed five mourners in Khash after the funeral.");

        var killing = Assert.Single(incidents);
        Assert.Equal("2022-10-12", killing.Date?.ToString());
        Assert.StartsWith("On 12 October", killing.Evidence.Of("Security forces have killed at least five mourners in Khash, Kurdish Rights Watch said today.\n\n"
            + "On 12 October, security forces killed five mourners in Khash after the funeral."), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lede_dated_by_its_saying_stays_apart_from_an_incident_long_before()
    {
        var incidents = Run("Security forces have killed at least five mourners in Khash, Kurdish Rights Watch said today.\n\n"
            + "In March 2019, security forces killed two porters in Khash.");

        Assert.Equal(2, incidents.Count(i => i.Type == IncidentType.Killing));
    }

    [Fact]
    public void An_undated_mention_in_another_province_stays_its_own_incident()
    {
        var body = "Security forces arrested 40 protesters in Zahedan on 30 September.\n\nPolice also arrested 12 teachers in Shiraz.";

        var arrests = Run(body).Where(i => i.Type == IncidentType.Arrest).ToList();

        Assert.Equal(2, arrests.Count);
        Assert.Contains(arrests, a => a.Location?.Name == "Shiraz" && a.DateSource == DateSource.Publication);
    }

    [Fact]
    public void A_list_of_places_after_a_colon_gives_one_incident_per_place()
    {
        var body = "On Saturday, protests were held in the following cities:\nShiraz, Tabriz, Rasht (in Gilan province), Sanandaj\n\nThe next day was calm.";

        var protests = Run(body).Where(i => i.Type == IncidentType.Protest).Select(i => i.Location?.Name).ToList();

        Assert.Equal(["Shiraz", "Tabriz", "Rasht", "Sanandaj"], protests.Where(p => p != "Iran"));
    }

    [Fact]
    public void A_line_that_is_not_a_list_of_places_is_not_read_as_one()
    {
        var body = "On Saturday, protests were held in the following cities:\nWitnesses in Shiraz and Tabriz described a heavy police presence around the main squares of both cities that evening.";

        var places = Run(body).Where(i => i.Type == IncidentType.Protest).Select(i => i.Location?.Name).ToList();

        Assert.DoesNotContain("Tabriz", places);
    }
}
