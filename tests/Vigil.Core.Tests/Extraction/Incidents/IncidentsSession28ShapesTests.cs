using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Incidents;

/// <summary>
/// Shapes from session 28, read on the develop half of a set of rights-group bulletins, wire reprints, an Iranian
/// official outlet's English page and labour reports nobody tuned on: a date that is only a point of comparison, what
/// someone is charged with, an attack that the dead were killed in, and counts read across a verb group. Each on an
/// invented sentence that fails without its rule (published Wednesday 13 March 2024).
/// </summary>
public sealed class IncidentsSession28ShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<IncidentMention> Run(string text) => [.. Pipeline.Run(text, new DateOnly(2024, 3, 13), "en").Incidents];

    [Theory]
    [InlineData("Some 9 people were killed in Semnan on Sunday in the worst unrest since crowds took to the streets in 2015.", 10)]
    [InlineData("Guards had on Friday fired live rounds to disperse some of the largest and most violent rallies the city of Semnan has seen since late 2015.", 8)]
    public void A_date_after_since_in_a_superlative_comparison_does_not_date_the_event(string text, int day)
    {
        var protest = Assert.Single(Run(text), i => i.Type == IncidentType.Protest);

        Assert.Equal(PartialDate.OfDay(new DateOnly(2024, 3, day)), protest.Date);
    }

    [Fact]
    public void A_since_date_without_a_superlative_still_dates_the_event()
    {
        var arrest = Assert.Single(Run("Ten people have been arrested in Semnan since 4 March."));

        Assert.Equal(PartialDate.OfDay(new DateOnly(2024, 3, 4)), arrest.Date);
    }

    [Theory]
    [InlineData("Police said 40 people were detained in Yazd on Monday for rioting and looting.", IncidentType.Arrest, IncidentType.Riot)]
    [InlineData("A man convicted of killing a guard in Yazd was executed on Monday.", IncidentType.Execution, IncidentType.Killing)]
    [InlineData("Two men accused of taking part in protests in Yazd were hanged on Monday.", IncidentType.Execution, IncidentType.Protest)]
    public void What_someone_is_charged_with_is_not_an_event(string text, IncidentType told, IncidentType charge)
    {
        var incidents = Run(text);

        Assert.Contains(incidents, i => i.Type == told && i.Location?.Name == "Yazd");
        Assert.DoesNotContain(incidents, i => i.Type == charge);
    }

    [Fact]
    public void An_event_after_an_arrest_that_is_not_its_charge_is_still_told()
    {
        var incidents = Run("Police detained 40 people in Yazd on Monday after protesters set fire to a bank.");

        Assert.Contains(incidents, i => i.Type == IncidentType.Arrest && i.Arrested?.Min == 40);
        Assert.Contains(incidents, i => i.Type == IncidentType.PropertyDestruction);
    }

    [Theory]
    [InlineData("Eight rioters were killed during an assault on a police post in the town of Kavar on Monday.", 8, null)]
    [InlineData("Three guards were wounded in an attack on a border post near Kavar on Monday.", null, 3)]
    public void People_killed_or_wounded_in_an_attack_on_a_post_are_the_attack_s_counts(string text, int? killed, int? injured)
    {
        var attack = Assert.Single(Run(text));

        Assert.Equal(IncidentType.Attack, attack.Type);
        Assert.Equal("Kavar", attack.Location?.Name);
        Assert.Equal(killed, attack.Killed?.Min);
        Assert.Equal(injured, attack.Injured?.Min);
    }

    [Fact]
    public void A_killing_before_an_attack_verb_after_a_comma_stays_a_killing()
    {
        var killing = Assert.Single(Run("Gunmen attacked a police station in Kavar on Monday, killing four officers."));

        Assert.Equal(IncidentType.Killing, killing.Type);
        Assert.Equal(4, killing.Killed?.Min);
    }

    [Fact]
    public void Put_to_death_is_an_execution_with_its_count()
    {
        var execution = Assert.Single(Run("At least 120 prisoners have been put to death in Iran since the start of 2021."));

        Assert.Equal(IncidentType.Execution, execution.Type);
        Assert.Equal(120, execution.Killed?.Min);
    }

    [Theory]
    [InlineData("Three members of the local militia were also killed in Mehran on Friday.")]
    [InlineData("Three members of the provincial border guard were reportedly killed in Mehran on Friday.")]
    public void A_count_reads_its_category_across_the_verb_group_s_auxiliaries_and_adverbs(string text)
    {
        var killing = Assert.Single(Run(text), i => i.Type == IncidentType.Killing);

        Assert.Equal(3, killing.Killed?.Min);
    }

    [Theory]
    [InlineData("Two men accused of taking part in protests in Yazd were hanged on Monday.", 2)]
    [InlineData("Three men convicted of killing a guard in Yazd have been executed.", 3)]
    public void A_count_reads_its_category_after_a_reduced_relative_clause(string text, int killed)
    {
        var execution = Assert.Single(Run(text));

        Assert.Equal(IncidentType.Execution, execution.Type);
        Assert.Equal(killed, execution.Killed?.Min);
    }

    [Fact]
    public void A_number_before_a_reduced_relative_without_an_auxiliary_is_no_count()
    {
        var incidents = Run("Two men accused of spying met the judge in Yazd on Monday, and 40 were arrested.");

        Assert.Equal(40, Assert.Single(incidents).Arrested?.Min);
    }

    [Fact]
    public void A_possessive_with_an_adjective_before_its_trigger_points_back_to_the_incident_told()
    {
        var incidents = Run("Protests spread to Yazd on Monday. On Tuesday the envoy expressed support for the people in their peaceful protests.");

        var protest = Assert.Single(incidents);
        Assert.Equal(PartialDate.OfDay(new DateOnly(2024, 3, 11)), protest.Date);
    }

    [Fact]
    public void A_possessive_with_an_adjective_reports_an_incident_not_told_before()
    {
        var incidents = Run("Sara Karimi died in Yazd on Monday after her recent arrest.");

        Assert.Contains(incidents, i => i.Type == IncidentType.Arrest && i.Location?.Name == "Yazd");
    }
}
