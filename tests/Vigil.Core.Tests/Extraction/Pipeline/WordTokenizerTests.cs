using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction.Pipeline;

public sealed class WordTokenizerTests
{
    private static string[] Texts(string text, List<WordToken> tokens) => [.. tokens.Select(t => $"{t.Of(text)}:{t.Kind}")];

    [Fact]
    public void Splits_words_numbers_and_punctuation_and_keeps_line_ends()
    {
        const string text = "The regime’s 22-year-old\nkilled 1,500 in 2019s, qz\u0301x  م\u064Fرد ۱۲";

        Assert.Equal(
            ["The:Word", "regime:Word", "’:Punct", "s:Word", "22:Number", "-:Punct", "year:Word", "-:Punct", "old:Word", "\n:Punct",
             "killed:Word", "1,500:Number", "in:Word", "2019s:Word", ",:Punct", "qz\u0301x:Word", "م\u064Fرد:Word", "۱۲:Number"],
            Texts(text, WordTokenizer.Tokenize(text)));
    }

    [Fact]
    public void A_number_ends_before_a_comma_or_dot_not_followed_by_a_digit()
    {
        const string text = "3,4. 5.";

        Assert.Equal(["3,4:Number", ".:Punct", "5:Number", ".:Punct"], Texts(text, WordTokenizer.Tokenize(text)));
    }

    [Fact]
    public void Grows_a_list_of_no_capacity_to_every_token_of_a_long_text()
    {
        var text = string.Concat(Enumerable.Repeat("a, b. ", 5000));
        var tokens = new List<WordToken>();

        WordTokenizer.Tokenize(text, 0, text.Length, tokens);

        Assert.Equal(20_000, tokens.Count);
        Assert.Equal(new WordToken(text.Length - 2, 1, WordKind.Punct), tokens[^1]);
        Assert.Equal(new WordToken(text.Length - 3, 1, WordKind.Word), tokens[^2]);
    }

    [Fact]
    public void Appends_the_tokens_of_a_range_after_those_the_list_holds()
    {
        const string text = "Police arrested 20 people in Tehran.";
        var tokens = WordTokenizer.Tokenize("earlier");

        WordTokenizer.Tokenize(text, 7, 18, tokens);

        Assert.Equal([new WordToken(0, 7, WordKind.Word), new WordToken(7, 8, WordKind.Word), new WordToken(16, 2, WordKind.Number)], tokens);
    }

    [Fact]
    public void A_range_ending_inside_a_word_cuts_the_word_there()
    {
        var tokens = new List<WordToken>();

        WordTokenizer.Tokenize("protesters", 0, 7, tokens);

        Assert.Equal([new WordToken(0, 7, WordKind.Word)], tokens);
    }
}
