using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Tests.Extraction.Statements;

/// <summary>
/// The quotation scan jumps between quote marks and line breaks; it must find what a test of every character finds
/// (<see cref="CharacterByCharacter"/>, the scan as it was written before the jump).
/// </summary>
public sealed class QuoteScannerTests
{
    [Fact]
    public void A_quotation_continued_in_the_next_paragraph_is_one_quotation()
    {
        const string text = "He said: “We will stay.\n\n“We will not leave,” he added. Then “short\nnot continued";

        var quotes = QuoteScanner.Scan(text, 3);

        Assert.Equal(2, quotes.Count);
        Assert.Equal(new TextSpan(9, text.IndexOf('”', StringComparison.Ordinal) + 1), quotes[0].Span);
        Assert.True(quotes[0].Closed);
        Assert.Equal(7, quotes[0].Words);
        Assert.Equal(new TextSpan(text.LastIndexOf('“'), text.IndexOf("\nnot", StringComparison.Ordinal)), quotes[1].Span);
        Assert.False(quotes[1].Closed);
    }

    [Fact]
    public void Single_quotes_quote_only_in_text_without_double_quotes_and_an_apostrophe_does_not_close()
    {
        const string british = "The minister said 'the MEK’s claims are false' yesterday.";
        const string american = "The minister said 'the claims' were “false” yesterday.";

        var quotes = QuoteScanner.Scan(british, 3);

        Assert.Equal([new TextSpan(british.IndexOf('\'', StringComparison.Ordinal), british.LastIndexOf('\'') + 1)], quotes.Select(q => q.Span));
        Assert.Equal(6, quotes[0].Words); // "MEK’s" counts as two words: the, MEK, s, claims, are, false
        var opening = american.IndexOf('“', StringComparison.Ordinal);
        Assert.Equal([new TextSpan(opening, opening + "“false”".Length)], QuoteScanner.Scan(american, 3).Select(q => q.Span));
    }

    [Fact]
    public void Finds_the_same_quotations_as_a_test_of_every_character_on_random_text()
    {
        var random = new Random(9);
        const string alphabet = "“”\"‘’'\n\n  aZ9.,";
        for (var n = 0; n < 3000; n++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            foreach (var max in new[] { 1, 3 })
            {
                Assert.Equal(CharacterByCharacter(text, max), QuoteScanner.Scan(text, max));
            }
        }
    }

    private static List<Quotation> CharacterByCharacter(string text, int maxParagraphs)
    {
        var useSingle = text.IndexOfAny(['“', '”', '"']) < 0;
        var quotes = new List<Quotation>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!IsOpening(text, i, useSingle))
            {
                i++;
                continue;
            }

            var open = i;
            var j = i + 1;
            var paragraphs = 1;
            var end = -1;
            var contentEnd = -1;
            var closed = false;
            while (j < text.Length)
            {
                var d = text[j];
                if (IsClosing(text, j, c, useSingle))
                {
                    end = j + 1;
                    contentEnd = j;
                    closed = true;
                    break;
                }

                if (d == '\n')
                {
                    var next = j;
                    while (next < text.Length && char.IsWhiteSpace(text[next]))
                    {
                        next++;
                    }

                    if (paragraphs < maxParagraphs && next < text.Length && (IsOpening(text, next, useSingle) || ClosesBeforeOpening(text, next, c, useSingle)))
                    {
                        paragraphs++;
                        j = IsOpening(text, next, useSingle) ? next + 1 : next;
                        continue;
                    }

                    end = j;
                    contentEnd = j;
                    break;
                }

                j++;
            }

            if (end < 0)
            {
                end = text.Length;
                contentEnd = text.Length;
            }

            var content = new TextSpan(open + 1, Math.Max(open + 1, contentEnd));
            var words = 0;
            var inWord = false;
            for (var k = content.Start; k < content.End; k++)
            {
                var letter = char.IsLetterOrDigit(text[k]);
                words += letter && !inWord ? 1 : 0;
                inWord = letter;
            }

            quotes.Add(new Quotation(new TextSpan(open, end), content, words, closed));
            i = end;
        }

        return quotes;
    }

    private static bool IsOpening(string text, int i, bool useSingle)
    {
        var c = text[i];
        if (c == '“' || c == '"')
        {
            return c == '“' || i == 0 || !char.IsLetterOrDigit(text[i - 1]) || i + 1 < text.Length && char.IsUpper(text[i + 1]);
        }

        return useSingle && (c == '‘' || c == '\'') && (i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 1 < text.Length && char.IsLetter(text[i + 1]);
    }

    private static bool IsClosing(string text, int i, char opening, bool useSingle)
    {
        var c = text[i];
        if (opening is '“' or '"')
        {
            return c == '”' || c == '"';
        }

        return useSingle && (c == '’' || c == '\'') && !(i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]));
    }

    private static bool ClosesBeforeOpening(string text, int from, char opening, bool useSingle)
    {
        for (var k = from; k < text.Length && text[k] != '\n'; k++)
        {
            if (IsClosing(text, k, opening, useSingle) && !(text[k] == '"' && k == from))
            {
                return true;
            }

            if (k > from && IsOpening(text, k, useSingle) && text[k] != '"')
            {
                return false;
            }
        }

        return false;
    }
}
