using System.Buffers;

namespace Vigil.Core.Extraction.Statements;

/// <summary>
/// Finds double-quoted passages (curly or straight), including multi-paragraph quotations: a paragraph
/// that ends inside a quotation continues into the next one when that paragraph opens with a quote mark
/// again (the news convention) or closes the quotation before opening another. Single quotes are inner
/// quotes and titles, except in text that uses no double quotes at all (British style).
/// </summary>
internal static class QuoteScanner
{
    // The only characters IsOpening can accept, and the only ones the search for a quotation's end stops at (IsClosing's
    // marks and the line break): the scans jump between them with a vectorised search instead of testing every character.
    private static readonly SearchValues<char> DoubleOpenings = SearchValues.Create("“\"");
    private static readonly SearchValues<char> AnyOpenings = SearchValues.Create("“\"‘'");
    private static readonly SearchValues<char> DoubleStops = SearchValues.Create("”\"\n");
    private static readonly SearchValues<char> SingleStops = SearchValues.Create("’'\n");

    public static List<Quotation> Scan(string text, int maxParagraphs)
    {
        var useSingle = text.IndexOfAny(['“', '”', '"']) < 0;
        var openings = useSingle ? AnyOpenings : DoubleOpenings;
        var quotes = new List<Quotation>();
        var i = 0;
        while (i < text.Length)
        {
            var skip = text.AsSpan(i).IndexOfAny(openings);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            if (!IsOpening(text, i, useSingle))
            {
                i++;
                continue;
            }

            var stops = c is '“' or '"' ? DoubleStops : SingleStops;

            var open = i;
            var j = i + 1;
            var paragraphs = 1;
            var end = -1;
            var contentEnd = -1;
            var closed = false;
            while (j < text.Length)
            {
                var gap = text.AsSpan(j).IndexOfAny(stops);
                if (gap < 0)
                {
                    break;
                }

                j += gap;
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
                    // The paragraph ends inside the quotation: follow it only when the next paragraph continues it.
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
            quotes.Add(new Quotation(new TextSpan(open, end), content, CountWords(text, content), closed));
            i = end;
        }

        return quotes;
    }

    // Scan's quotations are in text order and disjoint (each scan resumes at the previous one's end), so their starts
    // and ends both rise: a rule's "which quotation starts, ends or lies here?" is a binary search, not a scan of all.

    /// <summary>The index of the quotation starting at <paramref name="at"/>, or -1.</summary>
    public static int StartingAt(List<Quotation> quotes, int at)
    {
        var k = LastStartingBy(quotes, at);
        return k >= 0 && quotes[k].Span.Start == at ? k : -1;
    }

    /// <summary>The index of the quotation ending at <paramref name="at"/>, or -1.</summary>
    public static int EndingAt(List<Quotation> quotes, int at)
    {
        int lo = 0, hi = quotes.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var end = quotes[mid].Span.End;
            if (end == at)
            {
                return mid;
            }

            (lo, hi) = end < at ? (mid + 1, hi) : (lo, mid - 1);
        }

        return -1;
    }

    /// <summary>True when <paramref name="offset"/> lies inside a quotation (its marks included).</summary>
    public static bool Inside(List<Quotation> quotes, int offset)
    {
        var k = LastStartingBy(quotes, offset);
        return k >= 0 && quotes[k].Span.Contains(offset);
    }

    // The last quotation starting at or before `at`, or -1.
    private static int LastStartingBy(List<Quotation> quotes, int at)
    {
        int lo = 0, hi = quotes.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (quotes[mid].Span.Start <= at)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    internal static bool IsOpening(string text, int i, bool useSingle)
    {
        var c = text[i];
        if (c == '“' || c == '"')
        {
            return c == '“' || i == 0 || !UnicodeClasses.IsLetterOrDigit(text[i - 1]) || i + 1 < text.Length && UnicodeClasses.IsUpper(text[i + 1]);
        }

        // A single opening quote starts a quotation only after a space or line start (not an apostrophe).
        return useSingle && (c == '‘' || c == '\'') && (i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 1 < text.Length && UnicodeClasses.IsLetter(text[i + 1]);
    }

    internal static bool IsClosing(string text, int i, char opening, bool useSingle)
    {
        var c = text[i];
        if (opening is '“' or '"')
        {
            return c == '”' || c == '"';
        }

        // ’ between letters is an apostrophe ("MEK’s"), not a closing quote.
        return useSingle && (c == '’' || c == '\'') && !(i + 1 < text.Length && UnicodeClasses.IsLetter(text[i + 1]) && i > 0 && UnicodeClasses.IsLetter(text[i - 1]));
    }

    internal static bool ClosesBeforeOpening(string text, int from, char opening, bool useSingle)
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

    internal static int CountWords(string text, TextSpan span)
    {
        var words = 0;
        var inWord = false;
        for (var k = span.Start; k < span.End; k++)
        {
            var letter = UnicodeClasses.IsLetterOrDigit(text[k]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
