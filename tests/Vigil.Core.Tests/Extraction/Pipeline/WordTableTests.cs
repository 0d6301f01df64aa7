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
    public void Gives_no_number_to_a_token_that_only_begins_or_ends_like_a_word()
    {
        // Tokens that pass the filter or share a slot's hash with a word are still compared with it character by character.
        var words = Enumerable.Range(0, 2000).Select(i => $"qzprefix{i}").ToList();
        var numbers = words.Select(WordTable.Add).ToList();
        var near = words.SelectMany(w => new[] { w + "x", w[..^1], "x" + w }).Where(w => !words.Contains(w, StringComparer.OrdinalIgnoreCase));

        var tokens = Numbered(string.Join(' ', near));

        Assert.All(tokens, t => Assert.Equal(0, t.WordNumber));
        Assert.Equal(numbers, Numbered(string.Join(' ', words)).Select(t => t.WordNumber));
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

    [Fact]
    public void Numbers_Persian_tokens_with_marks_digits_and_Latin_letters_as_their_words()
    {
        var plain = WordTable.Add("کشتهقز");
        var marked = WordTable.Add("کُشتهقز"); // with a damma: another word
        var digits = WordTable.Add("۱۴۰۱قز");
        var mixed = WordTable.Add("qzتهران");

        var tokens = Numbered("کشتهقز کُشتهقز ۱۴۰۱قز QZتهران qzتهران کشتهقزی");

        Assert.Equal([plain, marked, digits, mixed, mixed, 0], tokens.Select(t => t.WordNumber));
    }

    [Fact]
    public void Words_of_up_to_eight_ASCII_characters_compared_by_packing_match_only_themselves_in_any_case()
    {
        // Session 29: such words are compared by their packed characters beside the slot, longer ones by their string.
        var four = WordTable.Add("qzab");
        var eight = WordTable.Add("QzAbcdef");
        var nine = WordTable.Add("qzabcdefg");

        var tokens = Numbered("QZAB qzab qza qzabc QZABCDEF qzabcdef qzabcde qzabcdefg QZABCDEFG qzabcdefgh qzaß");

        Assert.Equal([four, four, 0, 0, eight, eight, 0, nine, nine, 0, 0], tokens.Select(t => t.WordNumber));
    }

    [Fact]
    public void Two_short_ASCII_words_pack_equal_exactly_when_they_are_equal_ignoring_case()
    {
        const string alphabet = "aAbBzZ09'-\0é";
        var random = new Random(29);
        for (var n = 0; n < 20_000; n++)
        {
            var a = Word(random, alphabet);
            var b = random.Next(3) == 0 ? Flip(a, random) : Word(random, alphabet);
            var pa = WordTable.PackFolded(a);
            var pb = WordTable.PackFolded(b);
            var packable = a.Length is > 0 and <= 8 && a.All(c => c is > '\0' and < (char)0x80);
            Assert.Equal(packable, pa != 0);
            if (pa != 0 && pb != 0)
            {
                Assert.True((pa == pb) == string.Equals(a, b, StringComparison.OrdinalIgnoreCase), $"{a} {b}");
            }
        }

        static string Word(Random random, string alphabet) =>
            new([.. Enumerable.Range(0, random.Next(0, 11)).Select(_ => alphabet[random.Next(alphabet.Length)])]);

        static string Flip(string word, Random random) =>
            new([.. word.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c))]);
    }

    [Fact]
    public void Arabic_block_characters_have_no_case_and_no_other_character_folds_into_them()
    {
        // What lets the inline table hash Arabic-block characters as they are: ignoring case, a word of them equals only
        // words that differ in ASCII letters' case.
        for (var c = '\u0600'; c <= '\u06FF'; c++)
        {
            Assert.Equal(c, char.ToUpperInvariant(c));
            Assert.Equal(c, char.ToLowerInvariant(c));
        }

        for (var i = 0x80; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (c is < '\u0600' or > '\u06FF')
            {
                Assert.False(char.ToUpperInvariant(c) is >= '\u0600' and <= '\u06FF', $"U+{i:X4}");
                Assert.False(char.ToLowerInvariant(c) is >= '\u0600' and <= '\u06FF', $"U+{i:X4}");
            }
        }
    }
}
