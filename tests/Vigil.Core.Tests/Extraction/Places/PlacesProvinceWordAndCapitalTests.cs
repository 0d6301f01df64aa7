using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Places;

namespace Vigil.Core.Tests.Extraction.Places;

/// <summary>
/// Session 26: a town named with the word for a province names the province it lies in; a national capital as the subject
/// of a verb of government names its country; "the capital" with no name after it is the capital of the report's country.
/// </summary>
public sealed class PlacesProvinceWordAndCapitalTests
{
    private static List<Place> Places(string text)
    {
        var context = new ExtractionContext(text, new DateOnly(2024, 3, 13));
        new PlacesStage(new PlacesOptions()).Run(context);
        return [.. context.Places.Select(p => p.Place)];
    }

    [Theory]
    [InlineData("Police detained four teachers in Urmia Province on Tuesday.")]
    [InlineData("Police detained four teachers in ( Urmia ) Province on Tuesday.")]
    [InlineData("Police detained four teachers in (Urmia) Province on Tuesday.")]
    public void A_town_named_with_the_word_province_is_its_province(string text)
    {
        var place = Assert.Single(Places(text));

        Assert.Equal(GeoPrecision.Province, place.Precision);
        Assert.Equal("West Azerbaijan", place.Name);
    }

    [Theory]
    [InlineData("Police detained four teachers in Urmia on Tuesday.")]
    [InlineData("Police detained four teachers in Urmia County on Tuesday.")]
    public void A_town_without_the_word_province_stays_the_town(string text)
    {
        var place = Assert.Single(Places(text));

        Assert.Equal(GeoPrecision.City, place.Precision);
        Assert.Equal("Urmia", place.Name);
    }

    [Fact]
    public void A_province_named_as_such_stays_that_province()
    {
        var place = Assert.Single(Places("Two workers were arrested in Kermanshah Province last week."));

        Assert.Equal(GeoPrecision.Province, place.Precision);
        Assert.Equal("Kermanshah", place.Name);
    }

    [Theory]
    [InlineData("Tehran executed two men on Sunday.")]
    [InlineData("Tehran denied the report on Sunday.")]
    public void A_capital_as_the_subject_of_a_verb_of_government_is_its_country(string text)
    {
        var place = Assert.Single(Places(text));

        Assert.Equal(GeoPrecision.Country, place.Precision);
        Assert.Equal("IR", place.Country);
    }

    [Theory]
    [InlineData("Protesters in Tehran executed a sit-in on Sunday.")]
    [InlineData("Tehran witnessed large protests on Sunday.")]
    [InlineData("Tehran has seen large protests this week.")]
    public void A_capital_after_a_preposition_or_before_another_verb_stays_the_city(string text)
    {
        var place = Assert.Single(Places(text));

        Assert.Equal(GeoPrecision.City, place.Precision);
        Assert.Equal("Tehran", place.Name);
    }

    private static List<Place> PlacesInIran(string text)
    {
        var context = new ExtractionContext(text, new DateOnly(2024, 3, 13));
        new PlacesStage(new PlacesOptions { HomeCountry = "IR" }).Run(context);
        return [.. context.Places.Select(p => p.Place)];
    }

    [Theory]
    [InlineData("State TV said protests were held in the capital on Saturday.")]
    [InlineData("State TV said protests were held in the capital.")]
    [InlineData("Protests spread from Arak to the capital and other cities.")]
    public void The_capital_without_a_name_is_the_capital_of_the_reports_country(string text)
    {
        Assert.Contains(PlacesInIran(text), p => p.Name == "Tehran" && p.Precision == GeoPrecision.City);
    }

    [Theory]
    [InlineData("Protests were held in the capital of Fars on Saturday.")]
    [InlineData("Protests were held in the provincial capital on Saturday.")]
    [InlineData("The court handed down the capital punishment on Saturday.")]
    public void The_capital_of_a_province_or_a_noun_phrase_is_not_the_national_capital(string text)
    {
        Assert.DoesNotContain(PlacesInIran(text), p => p.Name == "Tehran");
    }
}
