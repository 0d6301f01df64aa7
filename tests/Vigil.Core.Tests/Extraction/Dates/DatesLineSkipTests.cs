using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Tests.Extraction.Dates;

/// <summary>
/// The dates scan skips a line holding no digit and no word that can anchor a date (session 26): the dates it finds with the
/// shared tokens (which the skip needs) are those it finds reading every word of the text.
/// </summary>
public sealed class DatesLineSkipTests
{
    private static readonly DateOnly Published = new(2019, 11, 20);

    private static (List<string> WithSkip, List<string> WithoutSkip) Both(string language, string text)
    {
        Assert.True(LanguagePack.TryGet(language, out var pack));
        var options = new DatesOptions { Language = pack };
        var lexicon = options.EffectiveLexicon;
        var tokens = WordTokenizer.Tokenize(text);
        WordTable.Number(text, tokens);

        var fromText = new DateExpressionParser(text, Published, options);
        DatesStage.Scan(text, null, lexicon, fromText);
        var fromTokens = new DateExpressionParser(text, Published, options);
        DatesStage.Scan(text, tokens, lexicon, fromTokens);
        return ([.. fromTokens.ToImmutable().Select(d => d.ToString())], [.. fromText.ToImmutable().Select(d => d.ToString())]);
    }

    private static bool MayHoldDate(string language, string line)
    {
        Assert.True(LanguagePack.TryGet(language, out var pack));
        var lexicon = new DatesOptions { Language = pack }.EffectiveLexicon;
        var tokens = WordTokenizer.Tokenize(line);
        WordTable.Number(line, tokens);
        var k = 0;
        return DatesStage.MayHoldDate(line, 0, line.Length, tokens.ToArray(), ref k, lexicon);
    }

    [Theory]
    [InlineData("en", "The guards beat the prisoners in the yard and took them away.")]
    [InlineData("en", "In the end, the last of them left; the rest stayed, as one of the lawyers wrote.")]
    [InlineData("en", "\u201CThe guards beat them,\u201D the lawyer wrote \u2014 and they\u2019re gone.")] // punctuation outside ASCII
    public void A_line_without_a_digit_or_a_date_word_holds_no_date(string language, string line)
    {
        Assert.False(MayHoldDate(language, line));
    }

    [Theory]
    [InlineData("fa", "ماموران زندانیان را در حیاط زدند و آنها را بردند.")]
    [InlineData("en", "The doctors of Ärzteverband left.")]
    [InlineData("en", "The guards\u200Cleft.")]
    public void A_line_with_a_letter_or_a_zwnj_outside_ascii_is_left_to_the_scan(string language, string line)
    {
        Assert.True(MayHoldDate(language, line));
    }

    [Theory]
    [InlineData("en", "The guards came back on Monday's shift.")] // an apostrophe: the token is "Monday"
    [InlineData("en", "They were held for a week.")] // a unit
    [InlineData("en", "Guards beat them last night.")]
    [InlineData("en", "Prisoners went on strike in Aban.")] // a Solar Hijri month borrowed by the English pack
    [InlineData("en", "It happened on tuesday\u0301 in the yard.")] // a non-spacing mark ends the scan's word "tuesday"
    [InlineData("en", "They were held for 3 hours.")]
    [InlineData("en", "They were held for ۳ hours.")] // a Persian digit
    [InlineData("fa", "ماموران سه شنبه آمدند.")] // a compound's first word
    [InlineData("fa", "ماموران دیروز آمدند.")]
    public void A_line_with_a_digit_or_a_word_that_anchors_a_date_may_hold_one(string language, string line)
    {
        Assert.True(MayHoldDate(language, line));
    }

    [Theory]
    [InlineData("en", "The guards beat them.\nOn Thursday, November 14, they were moved.\nNo one was told why.\r\nTwo days ago the families gathered.\n")]
    [InlineData("en", "Nothing here.\n\nLast night the guards came.\nIn the end they left.\nthe rest\n17 November")]
    [InlineData("en", "In the yard\nMonday's count\u2028Tuesday\u0085in the\rnight\nlast‌week and Nov́ember 5")]
    [InlineData("fa", "ماموران آمدند.\nروز پنجشنبه ۲۵ آبان ۱۳۹۸ و سه شنبه\nمی‌گویند که رفتند.\nدو روز پیش در ۱٬۵۰۰ نفر کُشته\nسه‌شنبه گذشته")]
    public void Finds_the_same_dates_skipping_lines_as_reading_every_word(string language, string text)
    {
        var (withSkip, withoutSkip) = Both(language, text);

        Assert.NotEmpty(withoutSkip);
        Assert.Equal(withoutSkip, withSkip);
    }

    [Fact]
    public void Finds_the_same_dates_skipping_lines_as_reading_every_word_in_random_texts()
    {
        string[] words =
        [
            "the", "in", "on", "of", "last", "next", "this", "a", "two", "early", "between", "and", "to", "will", "since",
            "Monday", "Monday's", "November", "Nov", "May", "may", "day", "days", "weeks", "ago", "year", "night", "today",
            "guards", "prisoners", "Tehran", "said", "were", "held", "tuesdaý", "Nov́ember", "last‌week", "17", "2019", "17th",
            "1,500", "3.5", "۲۵", "آبان", "Aban", "سه", "شنبه", "سه‌شنبه", "روز", "گذشته", "دیروز", "می‌گویند", "کُشته", "ماموران",
            ",", ".", ";", ":", "\"", "(", ")", "-", "–", "/", "'", "’", "“", "”",
        ];
        string[] spaces = [" ", " ", " ", "\n", "\r\n", "\u2028", "", "\u00A0", "\t"];
        var random = new Random(2026);
        var found = 0;
        for (var n = 0; n < 2000; n++)
        {
            var language = n % 2 == 0 ? "en" : "fa";
            var text = new System.Text.StringBuilder();
            for (var w = random.Next(1, 40); w > 0; w--)
            {
                text.Append(words[random.Next(words.Length)]).Append(spaces[random.Next(spaces.Length)]);
            }

            var (withSkip, withoutSkip) = Both(language, text.ToString());
            Assert.Equal(withoutSkip, withSkip);
            found += withoutSkip.Count;
        }

        Assert.True(found > 500, $"only {found} dates in the random texts");
    }
}
