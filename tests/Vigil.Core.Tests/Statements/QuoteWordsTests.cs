using Vigil.Core.Statements;

namespace Vigil.Core.Tests.Statements;

public sealed class QuoteWordsTests
{
    [Fact]
    public void Two_quotes_given_one_set_share_one_string_per_word_and_keep_their_own_words()
    {
        var shared = new HashSet<string>(StringComparer.Ordinal);
        var first = QuoteWords.Of("Burning banks is the work of thugs.", shared);
        var second = QuoteWords.Of("Thugs, not ordinary people, are burning the banks!", shared);

        Assert.Equal(["banks", "burning", "thugs", "work"], first);
        Assert.Equal(["banks", "burning", "ordinary", "people", "thugs"], second);
        Assert.Same(first[0], second[0]);
        Assert.Same(first[1], second[1]);
        Assert.Same(first[2], second[4]);
        Assert.Equal(QuoteWords.Of("Burning banks is the work of thugs."), first);
    }
}
