using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Incidents;

/// <summary>
/// Shapes from session 29, read on the develop half of a set of Kurdish, Gulf, rights-group and think-tank pages nobody
/// tuned on: a later paragraph that points back to the event told before, a singular victim as the subject of the verb,
/// a place that only says where a group sits, and "scores" as a count. Each on an invented sentence that fails without
/// its rule (published Wednesday 13 March 2024).
/// </summary>
public sealed class IncidentsSession29ShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<IncidentMention> Run(string text) => [.. Pipeline.Run(text, new DateOnly(2024, 3, 13), "en").Incidents];

    private const string Told = "Protesters set fire to a bank in Semnan on Monday, and police arrested 20 people in the city.\n\n";

    [Theory]
    [InlineData("In the unrest, two guards were killed.")]
    [InlineData("During these protests, two guards were killed, the governor said.")]
    public void A_later_paragraph_that_points_back_takes_the_told_events_date_and_place(string later)
    {
        var killing = Assert.Single(Run(Told + later), i => i.Type == IncidentType.Killing);

        Assert.Equal(PartialDate.OfDay(new DateOnly(2024, 3, 11)), killing.Date);
        Assert.Equal("Semnan", killing.Location?.Name);
        Assert.Equal(2, killing.Killed?.Min);
    }

    [Fact]
    public void A_later_paragraph_without_a_back_reference_starts_afresh()
    {
        var killing = Assert.Single(Run(Told + "Two guards were killed, the governor said."), i => i.Type == IncidentType.Killing);

        Assert.NotEqual("Semnan", killing.Location?.Name);
        Assert.NotEqual(PartialDate.OfDay(new DateOnly(2024, 3, 11)), killing.Date);
    }

    [Fact]
    public void A_back_reference_with_its_own_place_keeps_it()
    {
        var killing = Assert.Single(Run(Told + "In the unrest, two guards were killed in Yazd."), i => i.Type == IncidentType.Killing);

        Assert.Equal("Yazd", killing.Location?.Name);
    }

    [Theory]
    [InlineData("The police officer was killed in Semnan on Monday.")]
    [InlineData("Officials in Semnan said a protester had been shot dead on Monday.")]
    [InlineData("The governor said a “young person” was shot dead in Semnan on Monday.")]
    public void A_singular_person_noun_as_the_subject_is_one_death(string text)
    {
        var killing = Assert.Single(Run(text), i => i.Type == IncidentType.Killing);

        Assert.Equal(1, killing.Killed?.Min);
        Assert.Equal(1, killing.Killed?.Max);
    }

    [Theory]
    [InlineData("Two men and a woman were killed in Semnan on Monday.", 2)]
    [InlineData("Protesters were killed in Semnan on Monday.", null)]
    public void A_plural_or_joined_subject_is_not_one_death(string text, int? min)
    {
        var killing = Assert.Single(Run(text), i => i.Type == IncidentType.Killing);

        Assert.NotEqual(1, killing.Killed?.Min);
        Assert.Equal(min, killing.Killed?.Min);
    }

    [Theory]
    [InlineData("The Paris-based Kurdish rights group said four people were killed in Semnan on Monday.", "Semnan")]
    [InlineData("The Paris-based Kurdish rights group said four people were killed on Monday.", null)]
    public void A_place_joined_to_based_is_not_the_events_place(string text, string? place)
    {
        var killing = Assert.Single(Run(text), i => i.Type == IncidentType.Killing);

        Assert.Equal(place, killing.Location?.Name);
    }

    [Fact]
    public void Scores_alone_counts_as_forty_at_least()
    {
        var injury = Assert.Single(Run("Scores were injured in clashes in Semnan on Monday."), i => i.Type == IncidentType.Injury);

        Assert.Equal(40, injury.Injured?.Min);
        Assert.Null(injury.Injured?.Max);
    }

    [Theory]
    [InlineData("The protests in Semnan on Monday were the largest since 2015, when crowds took to the streets.")]
    [InlineData("Protests were held in Semnan on Monday, the largest since 2015, when crowds took to the streets.")]
    public void A_recalled_moment_of_the_same_type_does_not_take_the_main_events_place(string text)
    {
        var incidents = Run(text);

        var main = Assert.Single(incidents, i => i.Type == IncidentType.Protest && i.Location?.Name == "Semnan");
        Assert.Equal(PartialDate.OfDay(new DateOnly(2024, 3, 11)), main.Date);
        Assert.DoesNotContain(incidents, i => i.Location?.Name == "Semnan" && i.Date == PartialDate.OfYear(2015));
    }

    [Theory]
    [InlineData("Guards gunned down at least five protesters in Semnan on Monday.", 5, null)]
    [InlineData("Three protesters were gunned down in Semnan on Monday.", 3, 3)]
    [InlineData("Two prisoners were tortured to death in Semnan on Monday.", 2, 2)]
    public void Every_killing_verb_takes_the_count_beside_it(string text, int min, int? max)
    {
        var death = Assert.Single(Run(text));

        Assert.Equal(min, death.Killed?.Min);
        Assert.Equal(max, death.Killed?.Max);
    }

    [Fact]
    public void The_number_of_dead_and_wounded_is_counted_and_points_back()
    {
        var incidents = Run(Told + "A rights group estimated the number of dead at 12 and the number of wounded at 40.");

        var killing = Assert.Single(incidents, i => i.Type == IncidentType.Killing);
        var injury = Assert.Single(incidents, i => i.Type == IncidentType.Injury);
        Assert.Equal(12, killing.Killed?.Min);
        Assert.Equal(40, injury.Injured?.Min);
        Assert.Equal("Semnan", killing.Location?.Name);
        Assert.Equal(PartialDate.OfDay(new DateOnly(2024, 3, 11)), injury.Date);
    }

    [Theory]
    [InlineData("In the crackdown on Monday, two guards were killed.", "Semnan")]
    [InlineData("In the crackdown on Tuesday, two guards were killed.", "Iran")]
    public void A_back_reference_on_the_told_events_day_takes_its_place(string later, string place)
    {
        var killing = Assert.Single(Run(Told + later), i => i.Type == IncidentType.Killing);

        Assert.Equal(place, killing.Location?.Name);
    }
}
