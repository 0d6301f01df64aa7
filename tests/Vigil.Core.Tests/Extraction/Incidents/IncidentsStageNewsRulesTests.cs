using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Places;

namespace Vigil.Core.Tests.Extraction.Incidents;

/// <summary>
/// The incidents stage's rules of news writing (headings, datelines, habits, anaphora, agents, dates of saying,
/// foreign countries), run through the whole pipeline on hand-written sentences.
/// </summary>
public class IncidentsStageNewsRulesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<IncidentMention> Run(string body, DateOnly? published = null) =>
        [.. Pipeline.Run(body, published ?? new DateOnly(2022, 10, 4)).Incidents];

    [Fact]
    public void A_heading_names_a_topic_and_codes_nothing()
    {
        var body = "Arrests in Tabriz\n\nPolice arrested 12 teachers in Tabriz on Monday.";

        var incident = Assert.Single(Run(body));

        Assert.Equal(IncidentType.Arrest, incident.Type);
        Assert.StartsWith("Police arrested", incident.Evidence.Of(body), StringComparison.Ordinal);
    }

    [Fact]
    public void The_dateline_city_is_not_the_place_of_the_events()
    {
        var body = "TABRIZ, Oct. 3 (AP) - Teachers protested in Shiraz on Monday over unpaid salaries.";

        var incident = Assert.Single(Run(body));

        Assert.Equal(IncidentType.Protest, incident.Type);
        Assert.Equal("Shiraz", incident.Location?.Name);
    }

    [Fact]
    public void The_dateline_city_places_what_its_paragraph_leaves_unplaced()
    {
        var body = "Bukan, 3 October 2022 - Security forces killed two mourners after the funeral.\n\nThe next day relatives were summoned in Urmia. Police arrested nine students.";

        var incidents = Run(body);

        Assert.Equal("Bukan", Assert.Single(incidents, i => i.Type == IncidentType.Killing).Location?.Name);
        Assert.Equal("Urmia", Assert.Single(incidents, i => i.Type == IncidentType.Arrest).Location?.Name);
    }

    [Fact]
    public void A_dateline_abroad_places_nothing()
    {
        var arrest = Assert.Single(Run("DUBAI, Oct. 3 (Reuters) - Police arrested nine students in Iran's northwest."), i => i.Type == IncidentType.Arrest);

        Assert.Equal("Iran", arrest.Location?.Name);
    }

    [Theory]
    [InlineData("The authorities have routinely arrested journalists who criticise the government.")]
    [InlineData("The government has long used executions to intimidate ethnic minorities.")]
    [InlineData("Prison guards commonly beat detainees during interrogation.")]
    [InlineData("Courts typically sentenced defendants after hearings of a few minutes.")]
    public void A_habit_without_a_date_is_background(string body) => Assert.Empty(Run(body));

    [Fact]
    public void A_habit_adverb_does_not_hide_a_dated_event()
    {
        var incident = Assert.Single(Run("Police repeatedly fired tear gas at demonstrators in Tabriz on Monday."));

        Assert.Equal("Tabriz", incident.Location?.Name);
    }

    [Theory]
    [InlineData("Relatives of the victims demanded an independent inquiry into this massacre.")]
    [InlineData("Officials have not released a death toll.")]
    [InlineData("The judiciary chief said courts should deal firmly with rioters.")]
    public void Anaphora_negated_nouns_and_modal_agents_report_no_new_incident(string body) => Assert.Empty(Run(body));

    [Fact]
    public void Rioters_who_burn_buses_are_the_actors_of_the_arson_not_a_riot_of_their_own()
    {
        var incident = Assert.Single(Run("Rioters set fire to three buses in Tehran on Friday."));

        Assert.Equal(IncidentType.PropertyDestruction, incident.Type);
    }

    [Fact]
    public void A_foreign_country_named_as_a_target_is_not_the_place_of_a_protest()
    {
        var incident = Assert.Single(Run("Hundreds of students gathered in Tabriz on Sunday, chanting slogans against the United States."));

        Assert.Equal(IncidentType.Protest, incident.Type);
        Assert.Equal("Tabriz", incident.Location?.Name);
    }

    [Fact]
    public void A_foreign_country_after_in_is_a_place()
    {
        var incident = Assert.Single(Run("Iranian exiles protested in Germany on Saturday."));

        Assert.Equal("DE", incident.Location?.Country);
    }

    [Fact]
    public void The_date_of_saying_yields_to_the_date_of_the_event()
    {
        var incident = Assert.Single(Run("The ministry said on Sunday that police had arrested 20 people in Tabriz on Friday."));

        Assert.Equal(IncidentType.Arrest, incident.Type);
        Assert.Equal("2022-09-30", incident.Date?.ToString());
    }

    [Fact]
    public void The_date_of_saying_dates_an_event_the_sentence_gives_no_other_date_for()
    {
        var incident = Assert.Single(Run("Amnesty International said on Sunday that nine protesters had been killed in Tabriz."));

        Assert.Equal("2022-10-02", incident.Date?.ToString());
    }

    [Fact]
    public void The_most_specific_place_of_a_sentence_carries_to_the_next()
    {
        var body = "Workers gathered in Khorramabad (western Iran) on Monday. Police later detained five of them.";

        var arrest = Assert.Single(Run(body), i => i.Type == IncidentType.Arrest);

        Assert.Equal("Khorramabad", arrest.Location?.Name);
        Assert.Equal(GeoPrecision.City, arrest.Location?.Precision);
    }
}
