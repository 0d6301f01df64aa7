using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Incidents;

/// <summary>The guideline's count conventions, on invented sentences.</summary>
public sealed class IncidentsCountConventionTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    [Theory]
    [InlineData("Security forces shot dead Arman Bahrami, 16, in Zahedan on 30 September 2022.", IncidentType.Killing)]
    [InlineData("Arman Bahrami, 16, was shot dead in Zahedan on 30 September 2022.", IncidentType.Killing)]
    public void An_age_set_off_by_commas_after_a_name_is_no_count(string text, IncidentType type)
    {
        var incident = Assert.Single(Pipeline.Run(text, new DateOnly(2022, 10, 5), "en").Incidents, i => i.Type == type);
        Assert.Equal((1, (int?)1), (incident.Killed?.Min, incident.Killed?.Max));
    }

    [Theory]
    [InlineData("He was executed in Isfahan on 19 May 2023.", IncidentType.Execution)]
    [InlineData("He was charged with moharebeh and was executed in Isfahan on 19 May 2023.", IncidentType.Execution)]
    [InlineData("She was reportedly killed by security forces in Tabriz on 3 May 2023.", IncidentType.Killing)]
    [InlineData("She had been detained in Urmia on 2 May 2023.", IncidentType.Arrest)]
    [InlineData("He was later injured in Piranshahr on 4 May 2023.", IncidentType.Injury)]
    public void A_singular_pronoun_subject_of_the_trigger_is_one_victim(string text, IncidentType type)
    {
        var incident = Assert.Single(Pipeline.Run(text, new DateOnly(2023, 6, 1), "en").Incidents, i => i.Type == type);
        var figure = type switch { IncidentType.Arrest => incident.Arrested, IncidentType.Injury => incident.Injured, _ => incident.Killed };
        Assert.Equal((1, (int?)1), (figure?.Min, figure?.Max));
    }

    [Theory]
    [InlineData("They were arrested in Tabriz on 3 May 2023.")]
    [InlineData("He said police arrested students in Tabriz on 3 May 2023.")]
    public void A_plural_subject_or_a_pronoun_that_is_not_the_subject_gives_no_count(string text)
    {
        var arrest = Assert.Single(Pipeline.Run(text, new DateOnly(2023, 6, 1), "en").Incidents, i => i.Type == IncidentType.Arrest);
        Assert.Null(arrest.Arrested);
    }

    [Fact]
    public void A_count_after_a_place_and_a_comma_is_still_a_count()
    {
        var killing = Assert.Single(Pipeline.Run("Security forces opened fire in Zahedan, killing 16 protesters on 30 September 2022.", new DateOnly(2022, 10, 5), "en").Incidents, i => i.Type == IncidentType.Killing);
        Assert.Equal(16, killing.Killed?.Min);
    }

    [Theory]
    [InlineData("The authorities executed Hadi Nouri on May 19 in Shiraz.")]
    [InlineData("Guards carried out the execution of Hadi Nouri in Shiraz on 19 May.")]
    public void One_named_victim_is_one_death_and_the_day_of_the_month_is_no_count(string text)
    {
        var execution = Assert.Single(Pipeline.Run(text, new DateOnly(2023, 6, 1), "en").Incidents, i => i.Type == IncidentType.Execution);
        Assert.Equal((1, (int?)1), (execution.Killed?.Min, execution.Killed?.Max));
    }

    [Fact]
    public void A_count_belongs_to_the_nearer_of_two_triggers_that_take_it()
    {
        var incidents = Pipeline.Run("The raid led to the deaths of four villagers and the execution of two smugglers in Saravan in March 2023.", new DateOnly(2023, 5, 6), "en").Incidents;

        Assert.Equal(4, Assert.Single(incidents, i => i.Type == IncidentType.Killing).Killed?.Min);
        Assert.Equal(2, Assert.Single(incidents, i => i.Type == IncidentType.Execution).Killed?.Min);
    }

    [Fact]
    public void A_count_nearer_another_trigger_is_not_this_ones()
    {
        var incidents = Pipeline.Run("The raid led to the deaths of four villagers and the execution of smugglers in Saravan in March 2023.", new DateOnly(2023, 5, 6), "en").Incidents;

        Assert.Equal(4, Assert.Single(incidents, i => i.Type == IncidentType.Killing).Killed?.Min);
        Assert.Null(Assert.Single(incidents, i => i.Type == IncidentType.Execution).Killed);
    }

    [Fact]
    public void A_bare_plural_without_a_number_has_no_count()
    {
        var execution = Assert.Single(Pipeline.Run("The authorities carried out executions in Shiraz on 19 May.", new DateOnly(2023, 6, 1), "en").Incidents);
        Assert.Null(execution.Killed);
    }

    [Fact]
    public void A_day_of_the_month_is_never_a_head_count()
    {
        var execution = Assert.Single(ExtractionPipeline.CreateDefault().Run("The prisoners were executed on May 19 in Isfahan.", new DateOnly(2023, 5, 6), "en").Incidents);

        Assert.Null(execution.Killed);
        Assert.Equal("2022-05-19", execution.Date?.ToString());
    }

    [Fact]
    public void Executions_is_a_count_noun()
    {
        var execution = Assert.Single(ExtractionPipeline.CreateDefault().Run("The authorities carried out 44 executions in Iran in April.", new DateOnly(2023, 5, 6), "en").Incidents);

        Assert.Equal(44, execution.Killed?.Min);
    }

    [Fact]
    public void A_number_after_and_belongs_to_its_own_clause()
    {
        var incidents = ExtractionPipeline.CreateDefault().Run("Two protesters were killed and 15 others injured in Mahabad on Monday.", new DateOnly(2023, 5, 6), "en").Incidents;

        Assert.Equal(2, Assert.Single(incidents, i => i.Type == IncidentType.Killing).Killed?.Min);
        Assert.Equal(15, Assert.Single(incidents, i => i.Type == IncidentType.Injury).Injured?.Min);
    }
}
