using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Tests.Extraction.Figures;

/// <summary>
/// What can open a number expression (session 26: <see cref="NumberReader.TryRead"/> turns away a token in no phrase trie
/// before anything else): a number token, a number word, a modifier, or "between" — in any case.
/// </summary>
public sealed class NumberReaderOpeningTests
{
    private static List<(string Opening, int Min, int? Max)> ReadAll(string text)
    {
        var lexicon = FigureLexicon.For(LanguagePack.English);
        var tokens = WordTokenizer.Tokenize(text);
        WordTable.Number(text, tokens); // after the lexicon's tries were made, as ExtractionContext.Tokens numbers them
        var found = new List<(string, int, int?)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (NumberReader.TryRead(text, tokens, i, tokens.Count, lexicon, out var match))
            {
                found.Add((tokens[i].Of(text).ToString(), match.Range.Min, match.Range.Max));
            }
        }

        return found;
    }

    [Fact]
    public void Words_in_no_trie_and_punctuation_open_nothing()
    {
        Assert.Empty(ReadAll("The guards, said the lawyer; took them away (quickly) to the yard."));
    }

    [Theory]
    [InlineData("Guards held 1,500 workers.", "1,500", 1500, 1500)]
    [InlineData("Guards held twelve workers.", "twelve", 12, 12)]
    [InlineData("Guards held at least 40 workers.", "at", 40, null)]
    [InlineData("Guards held between 20 and 30 workers.", "between", 20, 30)]
    [InlineData("BETWEEN 20 and 30 workers were held.", "BETWEEN", 20, 30)]
    [InlineData("Between two and five workers were held.", "Between", 2, 5)]
    public void A_number_a_number_word_a_modifier_or_between_opens_one(string text, string opening, int min, int? max)
    {
        Assert.Contains((opening, min, max), ReadAll(text));
    }
}
