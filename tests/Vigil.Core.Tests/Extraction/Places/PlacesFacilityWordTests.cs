using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Places;

namespace Vigil.Core.Tests.Extraction.Places;

/// <summary>A building named after a village places nothing in that village, its word written small or not (session 25).</summary>
public sealed class PlacesFacilityWordTests
{
    private static List<string> Names(string text)
    {
        var context = new ExtractionContext(text, new DateOnly(2024, 3, 13));
        new PlacesStage(new PlacesOptions()).Run(context);
        return [.. context.Places.Select(p => p.Place.Name)];
    }

    [Theory]
    [InlineData("Workers gathered at the Azadi complex on Monday.")]
    [InlineData("Workers gathered at the Azadi Sports Complex on Monday.")]
    [InlineData("Workers gathered in front of the Azadi sports centre on Monday.")]
    public void A_village_named_by_a_building_is_no_place(string text)
    {
        Assert.DoesNotContain("Azadi", Names(text));
    }

    [Fact]
    public void A_provincial_capital_named_by_a_building_keeps_its_reading()
    {
        Assert.Contains("Zahedan", Names("Prisoners protested in the Zahedan prison on Monday."));
    }
}
