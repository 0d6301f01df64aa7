using Vigil.Core.Extraction.Places;

namespace Vigil.Core.Tests.Extraction.Places;

public class GazetteerTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Default;

    [Theory]
    [InlineData("Kāzerūn", "Kazerun", "Fars")]
    [InlineData("Kazeroon", "Kazerun", "Fars")]
    [InlineData("Naţanz", "Natanz", "Isfahan")]
    [InlineData("Khowy", "Khoy", "West Azerbaijan")]
    [InlineData("Khvoy", "Khoy", "West Azerbaijan")]
    [InlineData("Orumiyeh", "Urmia", "West Azerbaijan")]
    [InlineData("Ahwaz", "Ahvaz", "Khuzestan")]
    [InlineData("Meshed", "Mashhad", "Razavi Khorasan")]
    [InlineData("Bandar Abbas", "Bandar Abbas", "Hormozgan")]
    [InlineData("Shahr-e Kord", "Shahrekord", "Chaharmahal and Bakhtiari")]
    [InlineData("Shahrekord", "Shahrekord", "Chaharmahal and Bakhtiari")]
    [InlineData("Īz̄eh", "Izeh", "Khuzestan")]
    public void Finds_an_Iranian_city_by_any_spelling(string written, string name, string province)
    {
        var best = Gazetteer.Find(written).First(e => e.Place.Precision == GeoPrecision.City);

        Assert.Equal(name, best.Place.Name);
        Assert.Equal(province, best.Place.Admin1);
        Assert.Equal("IR", best.Place.Country);
    }

    [Theory]
    [InlineData("Kordestan", "Kurdistan")]
    [InlineData("KURDISTAN", "Kurdistan")]
    [InlineData("Esfahan", "Isfahan")]
    [InlineData("Ardebil", "Ardabil")]
    [InlineData("East Azarbaijan", "East Azerbaijan")]
    [InlineData("Sistan-Baluchestan", "Sistan and Baluchestan")]
    [InlineData("Kohgiluyeh and Boyer-Ahmad", "Kohgiluyeh and Boyer-Ahmad")]
    [InlineData("Chaharmahal and Bakhtiari", "Chaharmahal and Bakhtiari")]
    [InlineData("Khorasan Razavi", "Razavi Khorasan")]
    [InlineData("Alborz", "Alborz")]
    public void Finds_a_province_by_any_spelling(string written, string name)
    {
        var province = Gazetteer.Province(written);

        Assert.NotNull(province);
        Assert.Equal(name, province.Name);
        Assert.Equal(name, province.Admin1);
        Assert.Equal(GeoPrecision.Province, province.Precision);
    }

    [Fact]
    public void Holds_all_31_provinces_with_centroids_inside_Iran()
    {
        string[] names = ["Tehran", "East Azerbaijan", "West Azerbaijan", "Fars", "Khuzestan", "Gilan", "Isfahan", "Kurdistan",
            "Razavi Khorasan", "North Khorasan", "South Khorasan", "Sistan and Baluchestan", "Kohgiluyeh and Boyer-Ahmad",
            "Chaharmahal and Bakhtiari", "Alborz", "Ardabil", "Mazandaran", "Golestan", "Semnan", "Qom", "Qazvin", "Zanjan",
            "Markazi", "Hamadan", "Kermanshah", "Ilam", "Lorestan", "Bushehr", "Hormozgan", "Kerman", "Yazd"];

        foreach (var name in names)
        {
            var province = Gazetteer.Province(name);
            Assert.True(province is not null, name);
            Assert.InRange(province.Latitude, 25.0, 40.0);
            Assert.InRange(province.Longitude, 44.0, 63.5);
        }
    }

    [Theory]
    [InlineData("IR", "Iran")]
    [InlineData("US", "United States")]
    [InlineData("GB", "United Kingdom")]
    [InlineData("IQ", "Iraq")]
    [InlineData("TR", "Turkey")]
    public void Finds_a_country_by_code(string code, string name)
    {
        var country = Gazetteer.Country(code);

        Assert.NotNull(country);
        Assert.Equal(name, country.Name);
        Assert.Null(country.Admin1);
        Assert.Equal(GeoPrecision.Country, country.Precision);
    }

    [Theory]
    [InlineData("the United States", "US")]
    [InlineData("America", "US")]
    [InlineData("Britain", "GB")]
    [InlineData("Persia", "IR")]
    public void Finds_a_country_by_an_alternate_name(string written, string code)
    {
        Assert.Contains(Gazetteer.Find(written), e => e.Place.Precision == GeoPrecision.Country && e.Place.Country == code);
    }

    [Theory]
    [InlineData("Paris", "FR")]
    [InlineData("Vienna", "AT")]
    [InlineData("Washington", "US")]
    [InlineData("Baghdad", "IQ")]
    [InlineData("Istanbul", "TR")]
    [InlineData("New York", "US")]
    public void Holds_the_world_cities_news_mentions(string name, string country)
    {
        var best = Gazetteer.Find(name)[0];

        Assert.Equal(country, best.Place.Country);
        Assert.True(best.Population >= 100_000);
    }

    [Fact]
    public void Lists_the_most_populous_of_same_named_towns_first()
    {
        var found = Gazetteer.Find("Shiraz");

        Assert.True(found.Count >= 2);
        Assert.Equal("Fars", found[0].Place.Admin1);
    }

    [Fact]
    public void Maps_demonyms_to_their_country_but_not_to_places()
    {
        Assert.Equal("IR", Gazetteer.CountryOfDemonym("Iranian"));
        Assert.Equal("IQ", Gazetteer.CountryOfDemonym("Iraqi"));
        Assert.Empty(Gazetteer.Find("Iranian"));
    }

    [Fact]
    public void Keeps_stop_names_out_of_lookups()
    {
        Assert.Empty(Gazetteer.Find("Police"));
        Assert.Empty(Gazetteer.Find("Of"));
    }

    [Theory]
    [InlineData("Tehran")] // a name by itself
    [InlineData("New")] // opens "New York"
    [InlineData("Kurdistan")] // a province, and opens the stop name "Kurdistan Region"
    [InlineData("Police")] // a stop name: found, with no entries
    [InlineData("Sanandaj")]
    public void Gives_with_a_first_token_the_same_names_as_a_look_up_of_the_token_alone(string written)
    {
        var key = Gazetteer.Folding.Key(written);

        Assert.True(Gazetteer.TryGetFirstToken(key, out var maxTokens, out var names));
        Assert.True(maxTokens >= 1);
        Assert.Same(Gazetteer.TryGetNames(key, out var alone) ? alone : null, names);
    }

    [Fact]
    public void Finds_no_first_token_and_no_names_for_a_word_that_opens_no_name()
    {
        Assert.False(Gazetteer.TryGetFirstToken(Gazetteer.Folding.Key("Qzxqzx"), out var maxTokens, out var names));
        Assert.Equal(0, maxTokens);
        Assert.Null(names);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fa")]
    public void Finds_the_first_token_of_every_name_past_its_filter(string language)
    {
        Assert.True(Vigil.Core.Extraction.Languages.LanguagePack.TryGet(language, out var pack));
        var gazetteer = Gazetteer.For(pack);

        var keys = gazetteer.Keys.ToList();
        Assert.True(keys.Count > 1_000, $"{keys.Count} keys");
        foreach (var key in keys)
        {
            var first = key.Split(' ')[0];
            Assert.True(gazetteer.TryGetFirstToken(first, out var maxTokens, out _), key);
            Assert.True(maxTokens >= key.Split(' ').Length, key);
        }
    }
}
