using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Incidents;

/// <summary>
/// Shapes from session 29, read on the develop half of a set of Kurdish, Gulf, rights-group and think-tank pages nobody
/// tuned on: a later paragraph that points back to the event told before. Each on an invented sentence that fails
/// without its rule (published Wednesday 13 March 2024).
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
}
