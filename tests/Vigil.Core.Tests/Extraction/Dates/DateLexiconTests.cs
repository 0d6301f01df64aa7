using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Tests.Extraction.Dates;

public sealed class DateLexiconTests
{
    [Theory]
    [InlineData("November", "Month", 11)]
    [InlineData("nov", "Month", 11)]
    [InlineData("Thursday", "Weekday", (int)DayOfWeek.Thursday)]
    [InlineData("two", "Number", 2)]
    [InlineData("year", "Unit", 4)]
    [InlineData("Yesterday", "Yesterday", 0)]
    [InlineData("until", "To", 0)]
    public void Looks_up_english_words_ignoring_case(string word, string role, int value)
    {
        Assert.True(DateLexicon.English.TryLookup(word, out var entry));
        Assert.Equal(role, entry.Role.ToString());
        Assert.Equal(value, entry.Value);
    }

    [Fact]
    public void Marks_words_that_are_months_only_in_context()
    {
        Assert.True(DateLexicon.English.TryLookup("May", out var may));
        Assert.True(may.Ambiguous);
        Assert.True(DateLexicon.English.TryLookup("November", out var november));
        Assert.False(november.Ambiguous);
    }

    [Fact]
    public void Persian_lexicon_adds_solar_hijri_months_and_digits()
    {
        var lexicon = DateLexicon.English.With(DateLexicon.Persian);

        Assert.True(lexicon.TryLookup("آبان", out var aban));
        Assert.Equal(8, aban.Value);
        Assert.Same(SolarHijriDateCalendar.Instance, aban.Calendar);
        Assert.Equal(7, lexicon.DigitValue('۷'));
        Assert.True(lexicon.TryLookup("yesterday", out _));

        // The English pack's flag solar-hijri-months borrows them already; the Persian grammar words stay out.
        Assert.Equal(7, DateLexicon.English.DigitValue('۷'));
        Assert.True(DateLexicon.English.TryLookup("Aban", out _));
        Assert.False(DateLexicon.Persian.TryLookup("دیروز", out _));
    }

    public static TheoryData<string, string> Texts => new()
    {
        { "en", "On Thursday, November 17, 2019, two days ago; ON MONDAY 5 Jan. 2020 and the next week." },
        { "en", "1,500 were held on 3,May 12th, G20 Nov2019 tuesdaý Nov́ember mid-July last‌week" }, // digits with commas, a non-spacing mark, a ZWNJ
        { "en", "Ärzte said ſunday KELVIN Kelvin in Aban 1398, on 25 Aban and ۲۵ آبان ۱۳۹۸" }, // cased letters outside ASCII, Persian digits
        { "fa", "روز پنجشنبه ۲۵ آبان ۱۳۹۸ و سه شنبه و سه‌شنبه گذشته، دو روز پیش در ۱٬۵۰۰ نفر کُشته" }, // a compound, a ZWNJ, a non-spacing mark
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Looks_up_a_token_by_its_number_as_by_its_characters(string language, string text)
    {
        Assert.True(LanguagePack.TryGet(language, out var pack));
        var lexicon = DateLexicon.For(pack);
        var tokens = WordTokenizer.Tokenize(text);
        WordTable.Number(text, tokens); // after the lexicon was made, as ExtractionContext.Tokens numbers them

        var found = 0;
        foreach (var token in tokens)
        {
            var bySpan = lexicon.TryLookup(token.Of(text), out var expected);
            Assert.True(bySpan == lexicon.TryLookup(token.WordNumber, out var entry), token.Of(text).ToString());
            Assert.Equal(expected, entry);
            found += bySpan ? 1 : 0;
        }

        Assert.True(found > 0);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Finds_the_same_dates_from_the_shared_tokens_as_from_the_text(string language, string text)
    {
        Assert.True(LanguagePack.TryGet(language, out var pack));
        var options = new DatesOptions { Language = pack };
        var lexicon = options.EffectiveLexicon;
        var tokens = WordTokenizer.Tokenize(text);
        WordTable.Number(text, tokens);
        var published = new DateOnly(2019, 11, 20);

        var fromText = new DateExpressionParser(text, published, options);
        DatesStage.Scan(text, null, lexicon, fromText);
        var fromTokens = new DateExpressionParser(text, published, options);
        DatesStage.Scan(text, tokens, lexicon, fromTokens);

        // Compared as text: every property of each date, in order.
        var expected = fromText.ToImmutable().Select(d => d.ToString()).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, fromTokens.ToImmutable().Select(d => d.ToString()));
    }

    [Fact]
    public void Every_compound_s_first_word_by_its_number_may_start_a_compound_and_other_words_do_not()
    {
        Assert.True(LanguagePack.TryGet("fa", out var pack));
        var lexicon = DateLexicon.For(pack);
        var text = "سه شنبه و روز گذشته و سه‌شنبه در ۲۵ آبان کُشته شد";
        var tokens = WordTokenizer.Tokenize(text);
        WordTable.Number(text, tokens);

        Assert.True(lexicon.HasCompounds);
        Assert.True(lexicon.MayStartCompound(tokens[0].WordNumber)); // سه
        Assert.True(lexicon.MayStartCompound(tokens[3].WordNumber)); // روز
        Assert.False(lexicon.MayStartCompound(tokens[2].WordNumber)); // و
        Assert.False(lexicon.MayStartCompound(tokens[^1].WordNumber)); // شد
        Assert.False(lexicon.MayStartCompound(0));
    }

    [Fact]
    public void Rejects_unknown_roles()
    {
        Assert.Throws<FormatException>(() => DateLexicon.Parse([["fortnight", "-", "fortnight"]], DayOfWeek.Monday, capitalizedNames: true));
    }
}
