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

    [Fact]
    public void Finds_every_phrase_and_its_value_after_the_edge_table_has_grown()
    {
        // Hundreds of phrases sharing first words, so the trie's one table of edges grows several times while earlier
        // edges must stay found, each phrase keeping its own value and its prefix phrases theirs.
        var trie = new PhraseTrie<string>();
        for (var i = 0; i < 300; i++)
        {
            trie.Add($"qzedge{i % 7} qzmid{i}", $"two {i}");
            trie.Add($"qzedge{i % 7} qzmid{i} qzend", $"three {i}");
        }

        var context = new ExtractionContext("qzedge3 qzmid10 qzend, qzedge3 qzmid11 qzend, qzedge5 qzmid299 qzother.", null);
        var tokens = context.Tokens;

        Assert.Equal(600, trie.Count);
        Assert.Equal(3, trie.Match(tokens, 0, tokens.Count, out var value));
        Assert.Equal("three 10", value);
        Assert.Equal(0, trie.Match(tokens, 4, tokens.Count, out value)); // qzedge3 qzmid11: 11 % 7 is 4, no such phrase
        Assert.Null(value);
        Assert.Equal(2, trie.Match(tokens, 8, tokens.Count, out value)); // 299 % 7 is 5
        Assert.Equal("two 299", value);
    }

    [Fact]
    public void A_token_in_no_trie_ends_a_match()
    {
        // Its number is 0, which is no edge's word: the match keeps the longest phrase before it.
        var trie = Trie(("qzhalt", "one"), ("qzhalt qzgo", "two"));
        var context = new ExtractionContext("qzhalt qzunknownword qzgo", null);

        Assert.Equal(1, trie.Match(context.Tokens, 0, context.Tokens.Count, out var value));
        Assert.Equal("one", value);
    }
}
