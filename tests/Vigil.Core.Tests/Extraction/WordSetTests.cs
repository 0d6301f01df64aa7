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
