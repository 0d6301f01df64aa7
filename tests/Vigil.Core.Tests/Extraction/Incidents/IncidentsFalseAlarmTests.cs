using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Incidents;

/// <summary>Trigger words that name no event, and sources that are no parties (invented sentences).</summary>
public sealed class IncidentsFalseAlarmTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<IncidentMention> Run(string text) => [.. Pipeline.Run(text, new DateOnly(2023, 6, 1), "en").Incidents];

    [Theory]
    [InlineData("Riot police in riot gear stood outside the court in Shiraz.")]
    [InlineData("Doctors treated wounded detainees in a clinic in Tabriz.")]
    [InlineData("The court in Shiraz charged him over his protest activity.")]
    [InlineData("A judge in Shiraz issued an arrest warrant for the editor.")]
    public void A_trigger_word_modifying_a_noun_names_no_event(string text)
    {
        Assert.Empty(Run(text));
    }

    [Theory]
    [InlineData("The students defended the right to peaceful protest in Tehran on Monday.")]
    [InlineData("Officials in Shiraz denied workers the right to strike.")]
    [InlineData("The charter guarantees citizens' rights to protest and to assemble in Tabriz.")]
    public void A_right_to_an_act_names_no_event(string text)
    {
        Assert.Empty(Run(text));
    }

    [Fact]
    public void An_event_after_a_right_in_another_clause_is_still_an_event()
    {
        var arrest = Assert.Single(Run("They fought for the right to vote, and police arrested 20 people in Karaj on Thursday."));

        Assert.Equal((IncidentType.Arrest, "Karaj"), (arrest.Type, arrest.Location?.Name));
    }

    [Fact]
    public void A_verb_trigger_before_its_object_is_an_event_not_a_modifier()
    {
        var attack = Assert.Single(Run("Guards beat prisoners in the prison yard in Semnan on 3 May."));

        Assert.Equal(IncidentType.Attack, attack.Type);
    }

    [Fact]
    public void Prisoners_who_died_were_not_executed()
    {
        var death = Assert.Single(Run("Three prisoners died in custody in Semnan on 3 May."));

        Assert.Equal(IncidentType.Killing, death.Type);
    }

    [Theory]
    [InlineData("Executions for drug offences rose sharply in Iran in 2022.")]
    [InlineData("Arrests of journalists in Tehran doubled last year.")]
    [InlineData("Provincial courts in Fars handed down the majority of death sentences.")]
    public void A_trigger_noun_counted_as_a_trend_or_a_share_is_a_statistic(string text)
    {
        Assert.Empty(Run(text));
    }

    [Fact]
    public void A_noun_after_in_connection_with_points_back_to_an_event()
    {
        var incidents = Run("Police in Bojnurd summoned two editors on 5 May in connection with the unrest.");

        Assert.DoesNotContain(incidents, i => i.Type == IncidentType.Protest);
    }

    [Fact]
    public void The_verb_before_in_connection_with_stays_an_event()
    {
        var arrest = Assert.Single(Run("Police in Bojnurd arrested two editors on 5 May in connection with the protests."));

        Assert.Equal(IncidentType.Arrest, arrest.Type);
    }

    [Fact]
    public void An_anniversary_recalls_an_event_it_does_not_report_one()
    {
        var incidents = Run("Students gathered in Sanandaj on 5 May to mark the anniversary of the killing of their classmate.");

        Assert.DoesNotContain(incidents, i => i.Type == IncidentType.Killing);
        Assert.Contains(incidents, i => i.Type == IncidentType.Protest);
    }

    [Fact]
    public void A_label_in_a_threat_is_no_riot()
    {
        Assert.DoesNotContain(Run("The governor said rioters will be dealt with firmly in Ahvaz."), i => i.Type == IncidentType.Riot);
    }

    [Fact]
    public void A_group_credited_with_the_account_is_neither_actor_nor_victim()
    {
        var arrest = Assert.Single(Run("Activists said security forces arrested 5 students in Tabriz on 4 May."));
        Assert.DoesNotContain("activists", arrest.Victims);
        Assert.DoesNotContain("activists", arrest.Actors);
        Assert.Contains("students", arrest.Victims);
    }

    [Theory]
    [InlineData("b. Killings and Disappearances of Detained Protesters\nThe government published no figures for the year in Tehran.")]
    [InlineData("Section 3. Arrests and Executions in Kurdistan\nThe courts held their hearings behind closed doors.")]
    public void A_heading_line_above_its_paragraph_names_no_event(string text)
    {
        Assert.Empty(Run(text));
    }

    [Fact]
    public void Hard_wrapped_lines_of_running_text_keep_their_incidents()
    {
        var incidents = Run("Security forces arrested five students in Tabriz on 4 May\nafter a protest at the university.");

        Assert.Contains(incidents, i => i.Type == IncidentType.Arrest);
    }
}
