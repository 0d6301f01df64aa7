using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Incidents;

/// <summary>Shapes found on reports nobody tuned on (session 23), each on an invented sentence.</summary>
public sealed class IncidentsUnseenShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<IncidentMention> Run(string text) => [.. Pipeline.Run(text, new DateOnly(2023, 6, 1), "en").Incidents];

    [Theory]
    [InlineData("Gunfire by the guards in Ahvaz on 3 May left at least 12 people dead.", 12)]
    [InlineData("Two workers were found dead in Bandar Abbas on 3 May.", 2)]
    public void Victims_left_or_found_dead_name_a_killing(string text, int killed)
    {
        var killing = Assert.Single(Run(text), i => i.Type == IncidentType.Killing);

        Assert.Equal(killed, killing.Killed?.Min);
    }

    [Theory]
    [InlineData("The families in Ahvaz say that no one responsible has been arrested.")]
    [InlineData("Nobody in Ahvaz was detained, the governor said.")]
    public void A_subject_that_is_nobody_negates_the_trigger(string text)
    {
        Assert.DoesNotContain(Run(text), i => i.Type == IncidentType.Arrest);
    }

    [Fact]
    public void A_count_of_witnesses_is_no_count_of_the_dead()
    {
        var text = "Researchers interviewed 14 witnesses and relatives of those killed in Ahvaz on 3 May.";

        Assert.All(Run(text).Where(i => i.Type == IncidentType.Killing), k => Assert.Null(k.Killed));
    }

    [Fact]
    public void The_same_arrests_told_again_with_the_country_named_are_one_incident()
    {
        // The second sentence names the country ("Iran’s"), the first leaves it to the report's fallback: one place.
        var text = "Police spokesman Ali Karimi said on Thursday that all those arrested for vandalism were handed to the courts.\n"
            + "Karimi said all of Iran’s arrested rioters remain in custody.";

        Assert.Single(Pipeline.Run(text, new DateOnly(2023, 6, 1), "en").Incidents, i => i.Type == IncidentType.Arrest);
    }

    [Fact]
    public void The_shutdown_of_the_internet_is_an_incident()
    {
        var other = Assert.Single(Run("The authorities ordered the shutdown of the internet in Zahedan on 3 May."));

        Assert.Equal(IncidentType.Other, other.Type);
    }
}
