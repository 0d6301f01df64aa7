using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction.Pipeline;

public sealed class PhraseTrieTests
{
    private static PhraseTrie<string> Trie(params (string Phrase, string Value)[] phrases)
    {
        var trie = new PhraseTrie<string>();
        foreach (var (phrase, value) in phrases)
        {
            trie.Add(phrase, value);
        }

        return trie;
    }

    private static int FirstToken(ExtractionContext context, string word) =>
        context.Tokens.FindIndex(t => t.Of(context.Text).SequenceEqual(word));

    [Fact]
    public void Matches_the_longest_phrase_ignoring_case()
    {
        var trie = Trie(("took to", "short"), ("took to the streets", "long"), ("Revolutionary Guards", "guards"));
        var context = new ExtractionContext("Crowds TOOK TO THE Streets near the revolutionary guards base.", null);
        var tokens = context.Tokens;

        Assert.Equal(4, trie.Match(tokens, FirstToken(context, "TOOK"), tokens.Count, out var value));
        Assert.Equal("long", value);
        Assert.Equal(2, trie.Match(tokens, FirstToken(context, "revolutionary"), tokens.Count, out value));
        Assert.Equal("guards", value);
        Assert.Equal(0, trie.Match(tokens, FirstToken(context, "near"), tokens.Count, out value));
        Assert.Null(value);
    }

    [Fact]
    public void Stops_at_the_limit()
    {
        var trie = Trie(("took to", "short"), ("took to the streets", "long"));
        var context = new ExtractionContext("They took to the streets.", null);
        var at = FirstToken(context, "took");

        Assert.Equal(2, trie.Match(context.Tokens, at, at + 3, out var value));
        Assert.Equal("short", value);
    }

    [Fact]
    public void Matches_words_of_a_trie_built_after_the_report_was_first_tokenized()
    {
        // Packs load lazily while other threads extract: a token numbered before the words existed must still match them.
        var context = new ExtractionContext("The Qzvortex Brigade marched.", null);
        Assert.Equal(0, context.Tokens[FirstToken(context, "Qzvortex")].WordNumber);

        var trie = Trie(("qzvortex brigade", "unit"));

        Assert.Equal(2, trie.Match(context.Tokens, FirstToken(context, "Qzvortex"), context.Tokens.Count, out var value));
        Assert.Equal("unit", value);
    }

    [Fact]
    public void Words_equal_ignoring_case_share_one_number()
    {
        var lower = WordTable.Add("qzmarch");

        Assert.Equal(lower, WordTable.Add("QZMARCH"));
        Assert.NotEqual(lower, WordTable.Add("qzmarches"));
    }
}
