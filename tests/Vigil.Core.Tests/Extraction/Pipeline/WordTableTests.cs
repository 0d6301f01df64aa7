using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction.Pipeline;

public sealed class WordTableTests
{
    private static List<WordToken> Numbered(string text)
    {
        var tokens = WordTokenizer.Tokenize(text);
        WordTable.Number(text, tokens);
        return tokens;
    }

    [Fact]
    public void Numbers_an_ASCII_token_in_any_case_as_its_word()
    {
        var number = WordTable.Add("qzgathering");

        var tokens = Numbered("QZGATHERING qzGathering qzgathering qzgatherings");

        Assert.Equal([number, number, number, 0], tokens.Select(t => t.WordNumber));
    }

    [Fact]
    public void Numbers_a_Persian_token_as_its_word()
    {
        var number = WordTable.Add("تجمعقز");

        var tokens = Numbered("تجمعقز تجمعقزها");

        Assert.Equal([number, 0], tokens.Select(t => t.WordNumber));
    }

    [Fact]
    public void Finds_every_word_after_the_table_has_grown()
    {
        // More words than the ASCII table's first size, so it grows (more than once) while earlier words must stay found.
        var words = Enumerable.Range(0, 3000).Select(i => $"qzword{i}").ToList();
        var numbers = words.Select(WordTable.Add).ToList();

        var tokens = Numbered(string.Join(' ', words.Select(w => w.ToUpperInvariant())));

        Assert.Equal(numbers, tokens.Select(t => t.WordNumber));
        Assert.Equal(3000, numbers.Distinct().Count());
    }

    [Fact]
    public void Leaves_a_number_already_given_and_numbers_only_the_zeros()
    {
        var text = "qzfirst qzsecond";
        var tokens = WordTokenizer.Tokenize(text);
        tokens[0] = tokens[0] with { WordNumber = 7 };
        var second = WordTable.Add("qzsecond");

        WordTable.Number(text, tokens);

        Assert.Equal([7, second], tokens.Select(t => t.WordNumber));
    }
}
