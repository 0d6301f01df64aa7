using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction.Pipeline;

public sealed class TokenCursorTests
{
    private static List<WordToken> Numbered(string text)
    {
        var tokens = WordTokenizer.Tokenize(text);
        WordTable.Number(text, tokens); // after the words were added, as ExtractionContext.Tokens numbers them
        return tokens;
    }

    [Fact]
    public void Gives_the_number_of_a_word_that_is_exactly_one_token_and_minus_one_otherwise()
    {
        var number = WordTable.Add("qzcursor");
        var cursor = new TokenCursor(Numbered("Qzx qzcursor's QZCURSOR-qzcursor qz\u0301cursor"));

        Assert.Equal(0, cursor.NumberOf(0, 3)); // "Qzx": a token of no lexicon
        Assert.Equal(-1, cursor.NumberOf(4, 14)); // "qzcursor's": two tokens and an apostrophe
        Assert.Equal(number, cursor.NumberOf(4, 12));
        Assert.Equal(number, cursor.NumberOf(15, 23)); // "QZCURSOR"
        Assert.Equal(-1, cursor.NumberOf(24, 30)); // a word ending inside "qzcursor"
        Assert.Equal(-1, cursor.NumberOf(34, 36)); // "qz": the non-spacing mark keeps "qz\u0301cursor" one token
        Assert.Equal(-1, cursor.NumberOf(15, 23)); // behind the cursor: looked up by its characters
    }

    [Fact]
    public void Without_tokens_every_word_is_read_by_its_characters()
    {
        var cursor = new TokenCursor(null);

        Assert.Equal(-1, cursor.NumberOf(0, 3));
    }

    [Fact]
    public void Starts_at_the_first_token_of_its_range()
    {
        var number = WordTable.Add("qzstart");
        var tokens = Numbered("qzstart. qzstart");

        Assert.Equal(number, new TokenCursor(tokens, 9).NumberOf(9, 16));
        Assert.Equal(-1, new TokenCursor(tokens, 9).NumberOf(0, 7));
    }
}
