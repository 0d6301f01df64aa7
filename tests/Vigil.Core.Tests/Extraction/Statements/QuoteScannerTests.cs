using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Tests.Extraction.Statements;

/// <summary>
/// The quotation scan jumps between quote marks and line breaks; it must find what a test of every character finds
/// (<see cref="CharacterByCharacter"/>: the scan's loop as it was written before the jump, over the same mark tests).
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
            if (!QuoteScanner.IsOpening(text, i, useSingle))
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
                if (QuoteScanner.IsClosing(text, j, c, useSingle))
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

                    if (paragraphs < maxParagraphs && next < text.Length && (QuoteScanner.IsOpening(text, next, useSingle) || QuoteScanner.ClosesBeforeOpening(text, next, c, useSingle)))
                    {
                        paragraphs++;
                        j = QuoteScanner.IsOpening(text, next, useSingle) ? next + 1 : next;
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
            quotes.Add(new Quotation(new TextSpan(open, end), content, QuoteScanner.CountWords(text, content), closed));
            i = end;
        }

        return quotes;
    }
}
