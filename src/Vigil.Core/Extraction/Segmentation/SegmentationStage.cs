using System.Buffers;
using System.Collections.Immutable;

namespace Vigil.Core.Extraction.Segmentation;

/// <summary>
/// Splits the body into paragraphs (at line breaks) and sentences, in one linear pass. Sentence ends
/// are '.', '!', '?' and ellipses followed by white space, with the closing quotes and brackets that
/// follow them; a period after an abbreviation, an initial or inside a number does not end a sentence,
/// nor does any terminator followed by a lower-case word. Quotation marks are tracked across sentences
/// and paragraphs so sentences inside a running quote are marked <see cref="Sentence.InQuote"/>.
/// See docs/pipeline/segmentation.md.
/// </summary>
internal sealed class SegmentationStage : IExtractionStage
{
    private const int MaxQuoteDepth = 4;

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085");
    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\u201C\u201D\"\u00AB\u00BB");

    private readonly SegmentationOptions _options;
    private readonly AbbreviationTable _abbreviations;

    public SegmentationStage(SegmentationOptions? options = null)
    {
        _options = options ?? new SegmentationOptions();
        _abbreviations = _options.ExtraTitles.Count == 0
            ? AbbreviationTable.For(_options.Language)
            : AbbreviationTable.For(_options.Language).WithTitles(_options.ExtraTitles);
    }

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        var text = context.Text;
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var quoteDepth = 0;
        var quoteParagraphs = 0;
        var i = 0;
        var n = text.Length;
        while (true)
        {
            while (i < n && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= n)
            {
                break;
            }

            var start = i;
            i = EndOfParagraph(text, start);
            var end = i;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var index = paragraphs.Count;
            paragraphs.Add(new Paragraph(new TextSpan(start, end), index));

            if (quoteDepth > 0)
            {
                quoteParagraphs++;
                if (quoteParagraphs > _options.MaxQuoteParagraphs || !ContinuesQuote(text, start, end))
                {
                    quoteDepth = 0;
                }
            }

            var first = sentences.Count;
            quoteDepth = SplitSentences(text, start, end, index, quoteDepth, sentences);
            SplitDateline(text, sentences, first);
            if (quoteDepth == 0)
            {
                quoteParagraphs = 0;
            }
        }

        context.Set(paragraphs.ToImmutable());
        context.Set(sentences.ToImmutable());
    }

    // "TEHRAN, Nov. 17 (Reuters) - Security forces killed …": the dateline becomes a sentence of its own.
    private static void SplitDateline(string text, ImmutableArray<Sentence>.Builder sentences, int first)
    {
        if (first >= sentences.Count || sentences[first].InQuote)
        {
            return;
        }

        var sentence = sentences[first];
        var end = Dateline.End(text, sentence.Span);
        var next = end;
        while (next > 0 && next < sentence.Span.End && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (end <= sentence.Span.Start || next >= sentence.Span.End)
        {
            return;
        }

        sentences[first] = sentence with { Span = new TextSpan(sentence.Span.Start, end) };
        sentences.Insert(first + 1, sentence with { Span = new TextSpan(next, sentence.Span.End) });
    }

    /// <summary>Where the paragraph starting at <paramref name="start"/> ends (before its line break).</summary>
    private int EndOfParagraph(string text, int start)
    {
        var n = text.Length;
        var i = start;
        while (true)
        {
            var rel = text.AsSpan(i).IndexOfAny(LineBreaks);
            if (rel < 0)
            {
                return n;
            }

            var lineEnd = i + rel;
            if (!_options.JoinSoftWrappedLines || text[lineEnd] is '\u2029')
            {
                return lineEnd;
            }

            // A soft wrap: one line break, then a line starting in lower case, after a line that does not end a sentence.
            var after = lineEnd + 1;
            if (text[lineEnd] == '\r' && after < n && text[after] == '\n')
            {
                after++;
            }

            var k = after;
            while (k < n && text[k] is ' ' or '\t')
            {
                k++;
            }

            if (k >= n || !UnicodeClasses.IsLower(text[k]))
            {
                return lineEnd;
            }

            var e = lineEnd - 1;
            while (e >= start && char.IsWhiteSpace(text[e]))
            {
                e--;
            }

            if (e < start || IsTerminal(text[e]) || IsCloser(text[e]) || text[e] == ':')
            {
                return lineEnd;
            }

            i = k;
        }
    }

    /// <summary>
    /// Whether a quote left open at the end of the previous paragraph runs on into this one: the
    /// paragraph opens with a quote mark (the news convention for multi-paragraph quotes), or its first
    /// quote mark closes a quote.
    /// </summary>
    private static bool ContinuesQuote(string text, int start, int end)
    {
        var first = text[start];
        if (first is '\u201C' or '"' or '\u00AB')
        {
            return true;
        }

        var span = text.AsSpan(start, end - start);
        var rel = span.IndexOfAny(QuoteMarks);
        if (rel < 0)
        {
            return false;
        }

        var at = start + rel;
        return text[at] switch
        {
            '\u201D' or '\u00BB' => true,
            '"' => !OpensStraightQuote(text, at, start),
            _ => false,
        };
    }

    // A sentence end or quotation mark: . ! ? … “ ” " « ». A plain loop, where IndexOfAny over these as SearchValues left its
    // vector path at every non-ASCII character (each letter of a Persian report, each curly quote and apostrophe of an
    // English one) for a slower one: 2.2 % of `vigil-extract` over 6 MB of Persian reports, 1.6 % of English (session 17).
    private static int NextInteresting(ReadOnlySpan<char> span)
    {
        for (var k = 0; k < span.Length; k++)
        {
            var c = span[k];
            if (c < 0x80 ? c is '.' or '!' or '?' or '"' : c is '\u2026' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB')
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Splits one paragraph into sentences; returns the quote depth at its end.</summary>
    private int SplitSentences(string text, int start, int end, int paragraph, int quoteDepth, ImmutableArray<Sentence>.Builder sentences)
    {
        var sentenceStart = start;
        var inQuote = quoteDepth > 0;
        var i = SkipListMarker(text, start, end);

        // The opening mark of a continued quote does not open a nested one.
        if (quoteDepth > 0 && text[start] is '\u201C' or '"' or '\u00AB')
        {
            i = Math.Max(i, start + 1);
        }

        while (i < end)
        {
            var rel = NextInteresting(text.AsSpan(i, end - i));
            if (rel < 0)
            {
                break;
            }

            i += rel;
            var c = text[i];
            switch (c)
            {
                case '\u201C' or '\u00AB':
                    quoteDepth = Math.Min(quoteDepth + 1, MaxQuoteDepth);
                    i++;
                    continue;
                case '\u201D' or '\u00BB':
                    quoteDepth = Math.Max(quoteDepth - 1, 0);
                    i++;
                    continue;
                case '"':
                    quoteDepth = OpensStraightQuote(text, i, start)
                        ? Math.Min(quoteDepth + 1, MaxQuoteDepth)
                        : Math.Max(quoteDepth - 1, 0);
                    i++;
                    continue;
            }

            // A run of terminators, then closing quotes and brackets.
            var j = i;
            var periods = 0;
            var ellipsis = false;
            var strong = false;
            while (j < end && IsTerminal(text[j]))
            {
                switch (text[j])
                {
                    case '.':
                        periods++;
                        break;
                    case '\u2026':
                        ellipsis = true;
                        break;
                    default:
                        strong = true;
                        break;
                }

                j++;
            }

            ellipsis |= periods >= 2 && !strong;
            while (j < end && IsCloser(text[j]))
            {
                if (text[j] is '\u201D' or '\u00BB' or '"')
                {
                    quoteDepth = Math.Max(quoteDepth - 1, 0);
                }

                j++;
            }

            if (j < end && !char.IsWhiteSpace(text[j]))
            {
                // "3.5", "U.S.A", "e.g.," — not a boundary.
                i = j > i ? j : i + 1;
                continue;
            }

            var k = j;
            while (k < end && char.IsWhiteSpace(text[k]))
            {
                k++;
            }

            if (k >= end)
            {
                break;
            }

            if (IsBoundary(text, i, k, end, periods == 1 && !strong && !ellipsis, ellipsis))
            {
                AddSentence(text, sentenceStart, j, paragraph, inQuote, sentences);
                sentenceStart = k;
                inQuote = quoteDepth > 0;
            }

            i = k;
        }

        AddSentence(text, sentenceStart, end, paragraph, inQuote, sentences);
        return quoteDepth;
    }

    /// <summary>
    /// Decides whether the terminator at <paramref name="at"/> ends a sentence, given that the next
    /// sentence would start at <paramref name="next"/> (first non-space character).
    /// </summary>
    private bool IsBoundary(string text, int at, int next, int end, bool singlePeriod, bool ellipsis)
    {
        // Look past opening quotes and brackets at the first letter or digit of what follows.
        var k = next;
        while (k < end && IsOpener(text[k]))
        {
            k++;
        }

        if (k >= end)
        {
            return true;
        }

        var nx = text[k];
        if (UnicodeClasses.IsLower(nx))
        {
            return false;
        }

        if (ellipsis)
        {
            return UnicodeClasses.IsUpper(nx);
        }

        if (!singlePeriod)
        {
            return true;
        }

        // The word before the period: letters and inner periods ("U.S", "e.g", "Nov", "J").
        var w = at;
        var limit = Math.Max(0, at - (_abbreviations.MaxLength + 1));
        while (w > limit && (UnicodeClasses.IsLetter(text[w - 1]) || (text[w - 1] == '.' && w - 1 > 0 && UnicodeClasses.IsLetter(text[w - 2]))))
        {
            w--;
        }

        if (w == at || (w > 0 && (UnicodeClasses.IsLetterOrDigit(text[w - 1]) || text[w - 1] == '.')))
        {
            return true;
        }

        var word = text.AsSpan(w, at - w);
        switch (_abbreviations.Lookup(word))
        {
            case AbbreviationKind.Title or AbbreviationKind.Inline:
                return false;
            case AbbreviationKind.Number or AbbreviationKind.Month:
                return !UnicodeClasses.IsDigit(nx);
            case AbbreviationKind.Final:
                return IsStarter(text, k, end);
        }

        // An initial ("J. Smith", "George W. Bush").
        if (word.Length == 1 && UnicodeClasses.IsUpper(word[0]) && UnicodeClasses.IsUpper(nx))
        {
            return false;
        }

        // An unlisted dotted acronym ("N.C.R.I.") may end a sentence like "U.S." does.
        return word.Contains('.') ? IsStarter(text, k, end) : true;
    }

    private bool IsStarter(string text, int k, int end)
    {
        var e = k;
        while (e < end && UnicodeClasses.IsLetter(text[e]))
        {
            e++;
        }

        return e > k && _abbreviations.Lookup(text.AsSpan(k, e - k)) == AbbreviationKind.Starter;
    }

    private static void AddSentence(string text, int start, int end, int paragraph, bool inQuote, ImmutableArray<Sentence>.Builder sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(new TextSpan(start, end), paragraph, inQuote));
        }
    }

    /// <summary>Skips a numbered list marker ("1. ", "12) ") so its period is not taken for a sentence end.</summary>
    private static int SkipListMarker(string text, int start, int end)
    {
        var i = start;
        while (i < end && i - start < 3 && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i > start && i + 1 < end && text[i] is '.' or ')' && text[i + 1] is ' ' or '\t' ? i + 1 : start;
    }

    /// <summary>A straight quote opens when it follows white space, an opening bracket or dash, or starts the paragraph.</summary>
    private static bool OpensStraightQuote(string text, int at, int paragraphStart) =>
        at == paragraphStart || char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '\u2018';

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    private static bool IsCloser(char c) => c is '\u201D' or '"' or '\u2019' or '\'' or ')' or ']' or '\u00BB';

    private static bool IsOpener(char c) => c is '\u201C' or '"' or '\u2018' or '\'' or '(' or '[' or '\u00AB';
}
