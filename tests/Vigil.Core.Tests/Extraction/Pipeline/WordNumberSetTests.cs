using System.Collections.Frozen;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Languages;
using Vigil.Core.Extraction.Persons;

namespace Vigil.Core.Tests.Extraction.Pipeline;

public sealed class WordNumberSetTests
{
    [Fact]
    public void Holds_its_words_in_any_case_and_nothing_else()
    {
        var set = new WordNumberSet(["qzprotest", "QZRally"]);

        Assert.True(set.Contains(WordTable.Add("QZPROTEST")));
        Assert.True(set.Contains(WordTable.Add("qzrally")));
        Assert.False(set.Contains(WordTable.Add("qzprotests")));
        Assert.False(set.Contains(0));
        Assert.False(set.Contains(int.MaxValue));
    }

    [Theory]
    [InlineData("The Police said Monday that Tehran's Governor, Ali Karimi, and the IRGC's Commander met in Evin.")]
    [InlineData("POLICE said; Mr. Karimi and Ḥossein and Po\u0301lice and 1,500 Iranians")]
    public void Answers_for_every_token_as_a_set_ignoring_case_answers_for_its_characters(string text)
    {
        var words = PersonFateLexicon.For(LanguagePack.English).Classes["not-names"];
        var set = new WordNumberSet(words);
        var bySpan = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = WordTokenizer.Tokenize(text);
        WordTable.Number(text, tokens);

        var found = 0;
        foreach (var token in tokens)
        {
            var expected = bySpan.Contains(token.Of(text));
            Assert.True(expected == set.Contains(token.WordNumber), token.Of(text).ToString());
            found += expected ? 1 : 0;
        }

        Assert.True(found > 0);
    }
}
