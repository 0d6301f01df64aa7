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
