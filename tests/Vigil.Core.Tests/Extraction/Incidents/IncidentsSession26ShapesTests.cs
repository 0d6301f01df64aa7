using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Incidents;

/// <summary>
/// Shapes from session 26, read on the develop half of a set of wire, government and state-media reports nobody tuned on,
/// and the error classes the earlier check halves named: captions, back-references, tallies and the parts of a total. Each
/// on an invented sentence that fails without its rule.
/// </summary>
public sealed class IncidentsSession26ShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<IncidentMention> Run(string text) => [.. Pipeline.Run(text, new DateOnly(2024, 3, 13), "en").Incidents];

    [Theory]
    [InlineData("The minister spoke in Parliament on Monday.\nA rally in Paris after the killing of a teacher (Jane Doe/PA)\nThe minister left.")]
    [InlineData("The minister spoke in Parliament on Monday.\nStudents rally outside a university in Shiraz in this March 2, 2024 file photo. — AFP\nThe minister left.")]
    [InlineData("The minister spoke in Parliament on Monday.\nWorkers protest in Abadan, pictured on Sunday. Photo : Reuters\nThe minister left.")]
    public void A_caption_line_tells_no_event(string text)
    {
        Assert.Empty(Run(text));
    }

    [Theory]
    [InlineData("Police arrested ten students in Shiraz on Monday (the ministry said/added).")]
    [InlineData("Police arrested ten students in Shiraz on Monday. — Reuters")]
    public void A_line_ending_in_brackets_or_an_outlet_without_a_picture_word_is_no_caption(string text)
    {
        Assert.Single(Run(text), i => i.Type == IncidentType.Arrest);
    }

    [Fact]
    public void A_definite_trigger_noun_whose_only_place_belongs_to_another_trigger_points_back()
    {
        var incidents = Run("Authorities executed two men in Karaj on 2 March. The executions came weeks after protests erupted in Arak.");

        Assert.Single(incidents, i => i.Type == IncidentType.Execution);
        Assert.Single(incidents, i => i.Type == IncidentType.Protest && i.Location?.Name == "Arak");
    }

    [Fact]
    public void A_definite_trigger_noun_with_its_own_place_is_still_an_event()
    {
        var incidents = Run("Students protested in Karaj on 2 March. The protests in Arak drew hundreds on 3 March.");

        Assert.Single(incidents, i => i.Type == IncidentType.Protest && i.Location?.Name == "Arak");
    }

    [Theory]
    [InlineData("Police killed two protesters in Bukan on 2 March. Crowds gathered in Sardasht on 3 March to mark the death of these two.")]
    [InlineData("Police killed two protesters in Bukan on 2 March. Hundreds marched in Sardasht on 4 March, commemorating the killing of the protesters.")]
    [InlineData("Police killed two protesters in Bukan on 2 March. A cleric in Sardasht defended the killing on 5 March.")]
    public void A_trigger_noun_that_a_verb_of_commemorating_or_defending_takes_points_back(string text)
    {
        var killing = Assert.Single(Run(text), i => i.Type == IncidentType.Killing);

        Assert.Equal("Bukan", killing.Location?.Name);
    }

    [Fact]
    public void A_commemorated_death_told_for_the_first_time_is_still_told()
    {
        Assert.Single(Run("Crowds gathered in Sardasht on 3 March to mark the killing of a teacher by police."), i => i.Type == IncidentType.Killing);
    }

    [Fact]
    public void The_day_a_total_was_counted_gives_only_its_year()
    {
        var killing = Assert.Single(Run("As of 10 March, 120 protesters had been killed in Iran, according to rights groups."));

        Assert.Equal(PartialDate.OfYear(2024), killing.Date);
        Assert.Equal(120, killing.Killed?.Min);
    }

    [Fact]
    public void A_place_of_a_part_after_including_does_not_place_the_total()
    {
        var killing = Assert.Single(Run("During the unrest, 20 people were killed, including a father and his son in Dorud, the police said."), i => i.Type == IncidentType.Killing);

        Assert.Equal(20, killing.Killed?.Min);
        Assert.NotEqual("Dorud", killing.Location?.Name);
    }

    [Fact]
    public void Places_listed_after_including_stay_the_events_places()
    {
        var protests = Run("Protests broke out in several cities on 2 March, including Arak and Karaj.");

        Assert.Contains(protests, i => i.Location?.Name == "Arak");
        Assert.Contains(protests, i => i.Location?.Name == "Karaj");
    }

    [Theory]
    [InlineData("Police said all of those arrested for rioting in Arak on Monday were handed to the courts.")]
    [InlineData("Those detained over the protests in Arak on Monday were released on bail.")]
    public void A_participle_before_for_or_over_is_a_relative_clause_that_tells_the_event(string text)
    {
        Assert.Single(Run(text), i => i.Type == IncidentType.Arrest);
    }

    [Fact]
    public void A_participle_before_a_noun_still_only_describes_people()
    {
        Assert.DoesNotContain(Run("Families of arrested students met the governor of Arak on Monday."), i => i.Type == IncidentType.Arrest);
    }

    [Fact]
    public void Setting_fire_to_a_building_is_property_destruction()
    {
        Assert.Single(Run("Videos showed protesters setting fire to a bank in Arak on Monday."), i => i.Type == IncidentType.PropertyDestruction);
    }

    [Fact]
    public void Storming_a_building_is_an_attack()
    {
        Assert.Single(Run("Videos showed protesters storming a police station in Arak on Monday."), i => i.Type == IncidentType.Attack);
    }

    private static List<IncidentMention> RunUndated(string text) => [.. Pipeline.Run(text, new DateOnly(2024, 3, 13), "en").Incidents];

    [Fact]
    public void In_a_report_that_dates_nothing_an_uncounted_killing_in_the_country_is_the_one_told_at_a_narrower_place()
    {
        var killings = RunUndated("Protesters have been killed after security forces opened fire in Iran, activists said.\nAt least six protesters were killed in Lorestan province, the group reported.")
            .FindAll(i => i.Type == IncidentType.Killing);

        var killing = Assert.Single(killings);
        Assert.Equal("Lorestan", killing.Location?.Name);
        Assert.Equal(6, killing.Killed?.Min);
    }

    [Fact]
    public void A_counted_killing_in_the_country_stays_its_own_incident()
    {
        var killings = RunUndated("Forty protesters have been killed in Iran, activists said.\nAt least six protesters were killed in Lorestan province, the group reported.")
            .FindAll(i => i.Type == IncidentType.Killing);

        Assert.Equal(2, killings.Count);
    }

    [Fact]
    public void Two_triggers_of_one_type_with_a_contrast_between_are_two_events_with_their_own_counts()
    {
        var killings = Run("Six people were killed in Arak on Sunday, while two people were shot dead in Karaj.")
            .FindAll(i => i.Type == IncidentType.Killing);

        Assert.Equal(6, Assert.Single(killings, i => i.Location?.Name == "Arak").Killed?.Min);
        Assert.Equal(2, Assert.Single(killings, i => i.Location?.Name == "Karaj").Killed?.Min);
    }
}
