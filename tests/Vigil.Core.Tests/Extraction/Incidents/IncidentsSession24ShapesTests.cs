using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Incidents;

/// <summary>Shapes found on a second set of reports nobody tuned on (session 24), each on an invented sentence.</summary>
public sealed class IncidentsSession24ShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<IncidentMention> Run(string text) => [.. Pipeline.Run(text, new DateOnly(2023, 6, 1), "en").Incidents];

    [Fact]
    public void A_past_event_told_after_warned_that_is_asserted()
    {
        var arrest = Assert.Single(Run("Amnesty International warned that dozens of students were detained in Tabriz on Tuesday."));

        Assert.Equal(IncidentType.Arrest, arrest.Type);
        Assert.Equal("2023-05-30", arrest.Date?.ToString());
    }

    [Fact]
    public void A_future_event_told_after_warned_that_stays_cancelled()
    {
        Assert.Empty(Run("Amnesty International warned that the students would be detained in Tabriz."));
    }

    [Theory]
    [InlineData("Protests spread in Ahvaz after the death of a 19-year-old woman, Sara Rahimi, on 3 May.")]
    [InlineData("Mourners in Ahvaz gathered on 3 May for the teacher shot dead on Sunday.")]
    public void One_victim_described_by_a_singular_noun_is_one_death(string text)
    {
        var killing = Assert.Single(Run(text), i => i.Type == IncidentType.Killing);

        Assert.Equal(1, killing.Killed?.Min);
    }

    [Fact]
    public void Several_victims_after_the_first_noun_are_not_one_death()
    {
        var killing = Assert.Single(Run("The deaths of a boy and two women in Ahvaz on 3 May were confirmed."), i => i.Type == IncidentType.Killing);

        Assert.NotEqual(1, killing.Killed?.Min);
    }

    [Fact]
    public void Counts_listed_with_their_own_days_are_one_incident_a_day()
    {
        var text = "An official in Karaj said that 80 people were detained on Friday, 45 on Saturday and about 30 people on Sunday.";

        var arrests = Run(text).Where(i => i.Type == IncidentType.Arrest).OrderBy(i => i.Date?.ToString()).ToList();

        Assert.Equal(["2023-05-26", "2023-05-27", "2023-05-28"], arrests.Select(a => a.Date?.ToString()));
        Assert.Equal([80, 45, 30], arrests.Select(a => a.Arrested?.Min ?? 0));
    }

    [Fact]
    public void A_listed_count_is_read_as_the_figures_stage_reads_a_number()
    {
        var text = "Police in Karaj detained 2,000 people on Friday, 1,500 on Saturday and 3,4 on Sunday.";

        var arrests = Run(text).Where(i => i.Type == IncidentType.Arrest).OrderBy(i => i.Date?.ToString()).ToList();

        // "1,500" is a thousands separator; "3,4" is no number, so the list ends before Sunday.
        Assert.Equal([("2023-05-26", 2000), ("2023-05-27", 1500)], arrests.Select(a => (a.Date?.ToString(), a.Arrested?.Min ?? 0)));
    }

    [Fact]
    public void A_number_after_the_day_without_a_day_of_its_own_adds_no_incident()
    {
        var text = "Police killed three people in Sanandaj on Monday, 12 of them in custody.";

        Assert.Single(Run(text), i => i.Type == IncidentType.Killing);
    }

    [Fact]
    public void An_undated_sentence_pointing_back_to_the_incident_takes_its_day()
    {
        var text = "People marched in Zahedan on Friday to mark a May 2 crackdown by the police.\n\n"
            + "Security forces killed at least 40 people in the incident.";

        var killing = Assert.Single(Run(text), i => i.Type == IncidentType.Killing);

        Assert.Equal("2023-05-02", killing.Date?.ToString());
    }

    [Fact]
    public void An_undated_sentence_that_points_back_to_nothing_keeps_its_own_date()
    {
        var text = "People marched in Zahedan on Friday.\n\n"
            + "Security forces killed at least 40 people in the incident.";

        var killing = Assert.Single(Run(text), i => i.Type == IncidentType.Killing);

        Assert.NotEqual("2023-05-02", killing.Date?.ToString());
    }

    [Fact]
    public void A_foreign_dateline_set_solid_with_an_em_dash_is_not_where_events_happened()
    {
        var text = "Washington, D.C., May 29, 2023—Security forces in Iran detained 40 students on Sunday.";

        var arrest = Assert.Single(Run(text), i => i.Type == IncidentType.Arrest);

        Assert.Equal("Iran", arrest.Location?.Name);
    }

    [Fact]
    public void A_foreign_dateline_ending_in_a_full_stop_and_a_dash_is_not_where_events_happened()
    {
        var killing = Assert.Single(Run("Lisbon, May 29 (EFE).- Security forces killed two protesters in Ahvaz, activists said."));

        Assert.Equal(("Ahvaz", "2023-05-29"), (killing.Location?.Name, killing.Date?.ToString()));
    }

    [Fact]
    public void An_appeal_to_others_to_rally_is_no_protest()
    {
        Assert.DoesNotContain(Run("Opposition leaders in Iran called on supporters to rally in Tehran on Thursday."), i => i.Type == IncidentType.Protest);
    }

    [Fact]
    public void A_definite_noun_without_count_or_place_after_its_kind_was_told_points_back()
    {
        var text = "Police killed six protesters in Izeh on 20 May. The deaths came last week as crowds gathered in the town.";

        var killing = Assert.Single(Run(text), i => i.Type == IncidentType.Killing);

        Assert.Equal(6, killing.Killed?.Min);
    }

    [Fact]
    public void A_definite_noun_before_any_incident_of_its_kind_is_told_is_kept()
    {
        var text = "Crowds gathered in Izeh on 20 May. The deaths came last week as police fired on the crowds.";

        Assert.Single(Run(text), i => i.Type == IncidentType.Killing);
    }

    [Fact]
    public void A_hedged_guess_after_the_count_told_does_not_raise_it()
    {
        var text = "At least 40 protesters were killed in Ahvaz on 3 May. The real toll may be higher, with some reports suggesting as many as 90 have been killed.";

        var killing = Assert.Single(Run(text), i => i.Type == IncidentType.Killing);

        Assert.Equal(40, killing.Killed?.Min);
    }

    [Fact]
    public void A_hedge_in_the_first_telling_of_its_kind_keeps_the_event()
    {
        Assert.Single(Run("The toll may be unclear, but police killed 40 protesters in Ahvaz on 3 May."), i => i.Type == IncidentType.Killing);
    }
}
