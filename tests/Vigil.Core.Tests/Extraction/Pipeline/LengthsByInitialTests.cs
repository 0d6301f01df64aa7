using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction.Pipeline;

/// <summary>The first-letter-and-length pre-filter before a look-up ignoring case: it may let through, never turn away, a word of the set.</summary>
public sealed class LengthsByInitialTests
{
    [Theory]
    [InlineData("March")]
    [InlineData("MARCH")]
    [InlineData("march")]
    [InlineData("May")]
    [InlineData("mAY")]
    public void A_word_of_the_set_in_any_case_is_let_through(string word)
    {
        Assert.True(new LengthsByInitial(["march", "May"]).MayContain(word));
    }

    [Theory]
    [InlineData("Marc")] // m: lengths 3 and 5 only
    [InlineData("Marchers")]
    [InlineData("tuesday")] // no word starts with t
    [InlineData("Tuesday")]
    public void A_word_whose_first_letter_and_length_no_word_of_the_set_has_is_turned_away(string word)
    {
        Assert.False(new LengthsByInitial(["march", "May"]).MayContain(word));
    }

    [Theory]
    [InlineData("")]
    [InlineData("۱۲")]
    [InlineData("فروردین")]
    [InlineData("’tis")]
    [InlineData("17th")]
    public void A_word_that_does_not_open_with_an_ASCII_letter_is_always_let_through(string word)
    {
        Assert.True(new LengthsByInitial(["march"]).MayContain(word));
    }

    [Fact]
    public void A_word_of_64_characters_or_more_is_let_through()
    {
        Assert.True(new LengthsByInitial(["march"]).MayContain(new string('m', 64)));
    }

    [Fact]
    public void A_set_word_opening_with_a_non_ASCII_letter_whose_case_pair_is_ASCII_turns_the_filter_off()
    {
        // The Kelvin sign lower-cases to "k". The comparison ignoring case does not equate them today, but the filter
        // would rather let every word through than depend on the runtime's casing table.
        Assert.Equal('k', char.ToLowerInvariant('\u212A'));
        var filter = new LengthsByInitial(["march", "\u212Aelvin"]);
        Assert.True(filter.MayContain("kelvin"));
        Assert.True(filter.MayContain("Tuesday"));
    }

    [Fact]
    public void No_word_of_a_text_that_the_set_holds_is_turned_away()
    {
        string[] set = ["january", "jan", "may", "the", "of", "a", "an", "yesterday", "ago", "last", "past", "farvardin", "ordibehesht", "سه شنبه"];
        var filter = new LengthsByInitial(set);
        var lookup = new HashSet<string>(set, StringComparer.OrdinalIgnoreCase);
        var text = "The protest of 3 January, a week ago: AN Arrest LAST May and the past Farvardin; yesterday's (Jan.) ORDIBEHESHT سه شنبه x";
        var words = text.Split([' ', ',', ':', ';', '(', ')', '.', '\'', '’'], StringSplitOptions.RemoveEmptyEntries);
        var held = words.Where(lookup.Contains).ToList();

        Assert.Equal(14, held.Count); // The of January a ago AN LAST May the past Farvardin yesterday Jan ORDIBEHESHT
        Assert.All(held, w => Assert.True(filter.MayContain(w), w));
        Assert.Contains(words, w => !filter.MayContain(w)); // and it does turn words away
    }
}
