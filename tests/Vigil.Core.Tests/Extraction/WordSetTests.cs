using System.Collections.Frozen;
using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction;

public class WordSetTests
{
    private static WordSet Of(params string[] words) => new(words.ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    [Theory]
    [InlineData("usually", true)]
    [InlineData("USUALLY", true)]
    [InlineData("Often", true)]
    [InlineData("oftenly", false)]   // the initial of a word in the set, another length
    [InlineData("ofter", false)]    // the initial and length of "often": the set decides
    [InlineData("bravely", false)]  // a length of the set, another initial
    [InlineData("", false)]
    [InlineData("۱۲", false)]       // a non-ASCII first letter goes to the set
    [InlineData("همیشه", true)]
    public void Answers_as_the_set_does_ignoring_case(string word, bool expected)
    {
        var set = Of("usually", "often", "همیشه", "1990s");
        Assert.Equal(expected, set.Contains(word.AsSpan()));
        Assert.Equal(set.Set.Contains(word), set.Contains(word.AsSpan()));
    }

    [Fact]
    public void Finds_words_that_open_with_a_digit_or_a_mark()
    {
        var set = Of("1990s", "’tis");
        Assert.True(set.Contains("1990S".AsSpan()));
        Assert.True(set.Contains("’Tis".AsSpan()));
        Assert.False(set.Contains("1980s".AsSpan()));
    }

    [Theory]
    [InlineData("Protesters USUALLY gather; they often do, Often-times in Qzvillage, and ofter not: usually-ish.")]
    [InlineData("همیشه و هرگز Usually 1990S")]
    public void Answers_for_a_reports_token_by_its_number_as_for_its_characters(string text)
    {
        var before = Of("usually", "often", "همیشه", "1990s");
        var context = new ExtractionContext(text, null);
        _ = context.Tokens;

        // A class made after the report's tokens were first read (a pack loading on another thread): its new words are
        // numbered, and the context numbers its tokens again when they are next read.
        var after = Of("qzvillage", "Often-times", "usually");
        var found = 0;
        foreach (var token in context.Tokens)
        {
            foreach (var set in new[] { before, after })
            {
                var expected = set.Contains(token.Of(text));
                Assert.True(expected == set.ContainsToken(token), token.Of(text).ToString());
                found += expected ? 1 : 0;
            }
        }

        Assert.True(found >= 3);
    }

    [Fact]
    public void A_token_never_numbered_is_in_no_class()
    {
        Assert.False(Of("often").ContainsToken(new WordToken(0, 5, WordKind.Word)));
    }

    [Fact]
    public void Refuses_a_set_that_compares_case()
    {
        Assert.Throws<ArgumentException>(() => new WordSet(new[] { "often" }.ToFrozenSet(StringComparer.Ordinal)));
    }

    [Fact]
    public void Takes_the_empty_class_of_a_pack_that_lacks_it()
    {
        var set = new WordSet(FrozenSet<string>.Empty);
        Assert.False(set.Contains("often".AsSpan()));
        Assert.Empty(set.Set);
    }
}
