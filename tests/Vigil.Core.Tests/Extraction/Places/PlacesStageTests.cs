using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Places;

namespace Vigil.Core.Tests.Extraction.Places;

public class PlacesStageTests
{
    private static List<PlaceMention> Places(string text, PlacesOptions? options = null)
    {
        var context = new ExtractionContext(text, new DateOnly(2022, 11, 20));
        new PlacesStage(options ?? new PlacesOptions()).Run(context);
        return [.. context.Places];
    }

    private static PlaceMention Single(string text, string written, PlacesOptions? options = null)
    {
        var found = Places(text, options).Where(p => p.Span.Of(text) == written).ToList();
        Assert.True(found.Count == 1, $"expected one mention of '{written}', got {found.Count}");
        return found[0];
    }

    [Fact]
    public void Tags_a_city_with_its_province_and_country()
    {
        const string text = "Security forces opened fire on protesters in Kāzerūn on Wednesday.";

        var mention = Single(text, "Kāzerūn");

        Assert.Equal(new Place("Kazerun", "Fars", "IR", mention.Place.Latitude, mention.Place.Longitude, GeoPrecision.City) { LocalName = "کازرون" }, mention.Place);
        Assert.InRange(mention.Place.Latitude, 29.5, 29.7);
        Assert.Equal(45, mention.Span.Start);
    }

    // The search for where a name may start stops at every ASCII capital and every character outside ASCII, and tests
    // those: names right after curly quotes, dashes and other non-ASCII marks, and one opening with a capital outside
    // ASCII, are all found.
    [Fact]
    public void Names_after_non_ASCII_marks_and_names_opening_with_a_capital_outside_ASCII_are_found()
    {
        const string text = "“Zahedan” mourned—Tehran, ‘Mashhad’ … «Shiraz» and Ābādān rose.";

        var found = Places(text).Select(p => p.Span.Of(text)).ToList();

        Assert.Equal(["Zahedan", "Tehran", "Mashhad", "Shiraz", "Ābādān"], found);
    }

    [Fact]
    public void Tags_the_country_at_country_precision()
    {
        var mention = Single("Protests continued across Iran for a third week.", "Iran");

        Assert.Equal("Iran", mention.Place.Name);
        Assert.Null(mention.Place.Admin1);
        Assert.Equal("IR", mention.Place.Country);
        Assert.Equal(GeoPrecision.Country, mention.Place.Precision);
    }

    [Fact]
    public void Does_not_tag_the_demonym_by_default()
    {
        Assert.Empty(Places("Iranian authorities denied the reports."));
    }

    [Fact]
    public void Tags_the_demonym_with_low_confidence_when_asked()
    {
        var mention = Single("Iranian authorities denied the reports.", "Iranian", new PlacesOptions { TagDemonyms = true });

        Assert.Equal("IR", mention.Place.Country);
        Assert.Equal(0.4, mention.Confidence);
    }

    [Theory]
    [InlineData("Clashes broke out in Kermanshah province overnight.", "Kermanshah", GeoPrecision.Province)]
    [InlineData("Clashes broke out in the province of Tehran overnight.", "Tehran", GeoPrecision.Province)]
    [InlineData("Clashes broke out in Tehran overnight.", "Tehran", GeoPrecision.City)]
    [InlineData("Clashes broke out in Kermanshah overnight.", "Kermanshah", GeoPrecision.City)]
    [InlineData("Strikes spread to Kurdistan and Khuzestan.", "Kurdistan", GeoPrecision.Province)]
    [InlineData("Strikes spread to Kurdistan and Khuzestan.", "Khuzestan", GeoPrecision.Province)]
    public void Tells_a_province_from_its_capital(string text, string written, GeoPrecision precision)
    {
        var mention = Single(text, written);

        Assert.Equal(precision, mention.Place.Precision);
        Assert.Equal("IR", mention.Place.Country);
    }

    [Theory]
    [InlineData("Hundreds gathered in Bandar Abbas and Sistan and Baluchestan.", "Bandar Abbas", "Bandar Abbas")]
    [InlineData("Hundreds gathered in Bandar Abbas and Sistan and Baluchestan.", "Sistan and Baluchestan", "Sistan and Baluchestan")]
    [InlineData("Rallies were held in East Azerbaijan on Friday.", "East Azerbaijan", "East Azerbaijan")]
    [InlineData("Teachers went on strike in Kohgiluyeh and Boyer-Ahmad.", "Kohgiluyeh and Boyer-Ahmad", "Kohgiluyeh and Boyer-Ahmad")]
    [InlineData("Exiles rallied in New York on Saturday.", "New York", "New York")]
    public void Matches_multi_word_names_whole(string text, string written, string name)
    {
        var mention = Single(text, written);

        Assert.Equal(name, mention.Place.Name);
        Assert.Single(Places(text), p => p.Span.Overlaps(mention.Span));
    }

    [Theory]
    [InlineData("Tehran's governor said the streets were calm.", "Tehran")]
    [InlineData("A Tehran-based lawyer was summoned.", "Tehran")]
    [InlineData("TEHRAN — Protests resumed on Monday.", "TEHRAN")]
    public void Finds_names_in_possessives_compounds_and_capitals(string text, string written)
    {
        var mention = Single(text, written);

        Assert.Equal("Tehran", mention.Place.Name);
        Assert.Equal(GeoPrecision.City, mention.Place.Precision);
    }

    [Theory]
    [InlineData("Police said the Union of Workers would meet the Supreme Council.")]
    [InlineData("The Resistance Council and the Regime's Guard were named.")]
    [InlineData("Mehr News Agency and Tehran Times reported the figure.")]
    [InlineData("Iran International and Iran Human Rights said dozens were held.")]
    [InlineData("Let us see what the Mojahedin rally brings.")]
    public void Does_not_tag_common_words_and_organisations(string text)
    {
        Assert.Empty(Places(text));
    }

    [Fact]
    public void Treats_a_town_inside_a_persons_name_as_the_name()
    {
        const string text = "The lawyer Narges Mohammadi and Mr. Tabriz were released.";

        Assert.DoesNotContain(Places(text), p => p.Place.Precision == GeoPrecision.City);
    }

    [Fact]
    public void Resolves_a_shared_name_by_the_province_named_beside_it()
    {
        const string text = "Shops were closed in Shiraz, Fars province, on Tuesday.";

        var mention = Single(text, "Shiraz");

        Assert.Equal("Fars", mention.Place.Admin1);
    }

    [Fact]
    public void Prefers_the_home_country_for_an_ambiguous_name()
    {
        const string text = "Iran's protests reached Rasht, where students marched. Iranian media were silent.";

        var mention = Single(text, "Rasht");

        Assert.Equal("IR", mention.Place.Country);
        Assert.Equal("Gilan", mention.Place.Admin1);
    }

    [Fact]
    public void Uses_the_home_country_option_over_the_text()
    {
        // Asadabad is a town in Hamadan province and a provincial capital in Afghanistan.
        const string text = "Demonstrators gathered in Asadabad.";

        Assert.Equal("AF", Single(text, "Asadabad", new PlacesOptions { HomeCountry = "AF" }).Place.Country);
        Assert.Equal("IR", Single(text, "Asadabad", new PlacesOptions { HomeCountry = "IR" }).Place.Country);
    }

    [Fact]
    public void Does_not_prefer_a_village_at_home_over_a_city_abroad()
    {
        const string text = "Iran deported Afghan refugees who had fled to Herat.";

        Assert.Equal("AF", Single(text, "Herat").Place.Country);
    }

    [Fact]
    public void Needs_corroboration_to_tag_a_village()
    {
        // Khowy is also a village in Chaharmahal and Bakhtiari; alone, the name is the city of Khoy.
        Assert.Equal("West Azerbaijan", Single("Crowds marched in Khowy.", "Khowy").Place.Admin1);

        // A village of unknown size named without context is not tagged …
        Assert.Empty(Places("Rashtabad was quiet on Friday."));

        // … but "village of X" or its province nearby corroborates it.
        var village = Single("Guards raided the village of Rashtabad in Gilan province.", "Rashtabad");
        Assert.Equal("Gilan", village.Place.Admin1);
        Assert.True(village.Confidence < 0.9);
    }

    [Fact]
    public void Does_not_read_Iraqi_Kurdistan_as_the_Iranian_province()
    {
        const string text = "Iranian drones struck Iraqi Kurdistan and the Kurdistan Region again.";

        Assert.DoesNotContain(Places(text), p => p.Place.Name == "Kurdistan");
    }

    [Theory]
    [InlineData("Officials in the U.S. condemned the executions.", "U.S.")]
    [InlineData("Officials in the US condemned the executions.", "US")]
    [InlineData("Officials in the United States condemned the executions.", "United States")]
    public void Tags_the_United_States_in_its_common_forms(string text, string written)
    {
        Assert.Equal("US", Single(text, written).Place.Country);
    }

    [Fact]
    public void Does_not_read_the_pronoun_us_as_the_United_States()
    {
        Assert.Empty(Places("Us and them. They told us to leave."));
    }

    [Fact]
    public void Returns_mentions_in_text_order_with_spans_into_the_text()
    {
        const string text = "After Tabriz, protests spread to Urmia and then to Mahabad in West Azerbaijan.";

        var places = Places(text);

        Assert.Equal(["Tabriz", "Urmia", "Mahabad", "West Azerbaijan"], places.Select(p => p.Span.Of(text)));
        Assert.Equal(["Tabriz", "Urmia", "Mahabad", "West Azerbaijan"], places.Select(p => p.Place.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no capitals at all in this text")]
    [InlineData("1 2 3 4 5 6 7 8 9 0 1,234 56.7%")]
    [InlineData("تظاهرات در تهران ادامه دارد")]
    [InlineData("A B C D E F G H I J K L M N O P Q R S T U V W X Y Z")]
    [InlineData("Tehran-Tehran-Tehran-Tehran-Tehran-Tehran-Tehran-Tehran")]
    public void Never_throws_on_odd_text(string text)
    {
        var places = Places(text);

        Assert.All(places, p => Assert.True(p.Span.Start >= 0 && p.Span.End <= text.Length && p.Span.Length > 0));
    }

    [Fact]
    public void Handles_one_long_line_without_punctuation()
    {
        var text = string.Concat(Enumerable.Repeat("protesters in Tehran and Isfahan chanted slogans ", 20_000));

        var places = Places(text);

        Assert.Equal(40_000, places.Count);
    }

    [Fact]
    public void A_street_named_after_a_village_is_not_that_village()
    {
        var places = Places("Cars and protesters clogged Azadi Street in Tehran on Sunday.");

        Assert.Equal(["Tehran"], places.Select(p => p.Place.Name));
    }

    [Theory]
    [InlineData("Two prisoners were moved to solitary confinement in Dastgerd Prison on Monday.", "Dastgerd")]
    [InlineData("Students staged a sit-in at Abrisham University last week.", "Abrisham")]
    [InlineData("Worshippers gathered at the Aghajari Mosque after prayers.", "Aghajari")]
    public void A_facility_named_after_a_small_town_is_not_that_town(string text, string town) =>
        Assert.DoesNotContain(Places(text), p => p.Place.Name == town);

    [Fact]
    public void A_prison_named_after_its_city_is_in_that_city() =>
        Assert.Equal("Zahedan", Single("Four teachers were taken to Zahedan Prison.", "Zahedan").Place.Name);

    [Theory]
    [InlineData("Two teachers were hanged in Qezel Hesar prison at dawn.", "Qezel Hesar prison", "Karaj")]
    [InlineData("The lawyer has been held in Evin Prison since March.", "Evin Prison", "Tehran")]
    [InlineData("Guards beat four inmates in Vakilabad Prison last week.", "Vakilabad Prison", "Mashhad")]
    public void A_known_facility_is_in_its_town(string text, string written, string town)
    {
        var mention = Single(text, written);

        Assert.Equal(town, mention.Place.Name);
    }

    [Fact]
    public void A_facility_name_without_its_facility_word_is_no_place() =>
        Assert.DoesNotContain(Places("Evin was the name of his grandfather's village."), p => p.Place.Name == "Tehran");

    [Fact]
    public void A_facility_and_the_town_named_after_it_agree()
    {
        var places = Places("Guards beat four inmates in Vakilabad Prison in Mashhad last week.");

        Assert.Equal(["Mashhad", "Mashhad"], places.Select(p => p.Place.Name));
    }
}
