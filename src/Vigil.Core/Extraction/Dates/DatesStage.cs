using System.Collections.Immutable;
using System.Runtime.InteropServices;
namespace Vigil.Core.Extraction.Dates;

/// <summary>
/// Finds date expressions and resolves them to <see cref="DateMention"/>s: absolute ("November 17,
/// 2019", "2019-11-17"), partial ("November 17", "in July") and relative ("on Thursday", "two days
/// ago") dates resolved against <see cref="ExtractionContext.Published"/>, and ranges ("from 15 to
/// 18 November"). One linear scan turns the text into tokens — lexicon words looked up by span,
/// numbers, a few separators, runs of other words collapsed — and the parser reads expressions from
/// those tokens locally. Line breaks, quotes, brackets, colons and semicolons end a segment: no date
/// crosses them. See docs/pipeline/dates.md.
/// </summary>
internal sealed class DatesStage : ExtractionStage<DateMention>
{
    private readonly DatesOptions _options;

    public DatesStage(DatesOptions? options = null)
    {
        _options = options ?? new DatesOptions();
    }

    /// <inheritdoc />
    public override ImmutableArray<DateMention> Extract(ExtractionContext context)
    {
        // The lexicon first: the tokens are numbered (again) after its words are in WordTable.
        var lexicon = _options.EffectiveLexicon;
        var tokens = context.Tokens;
        var parser = new DateExpressionParser(context.Text, context.Published, _options) { Paragraphs = context.Paragraphs };
        Scan(context.Text, tokens, lexicon, parser);
        var dates = parser.ToImmutable();

        // An undated report whose page opens with its date ("Thursday, January 14, 2021" on a line of its own,
        // or a dateline "TEHRAN, Nov. 17, 2019 -"): that date anchors partial and relative dates as publication would.
        if (context.Published is null && _options.PageDateAsAnchor && PageDate(context.Text, dates) is { } page)
        {
            parser = new DateExpressionParser(context.Text, page, _options) { Paragraphs = context.Paragraphs };
            Scan(context.Text, tokens, lexicon, parser);
            dates = parser.ToImmutable();
        }
        else if (context.Published is null && _options.YearFromContext && LatestWrittenDates(dates, context.Paragraphs) is { Count: > 0 } latest)
        {
            parser = new DateExpressionParser(context.Text, null, _options) { YearAnchors = latest, Paragraphs = context.Paragraphs };
            Scan(context.Text, tokens, lexicon, parser);
            dates = parser.ToImmutable();
        }

        // Dates told by elapsed time or by the report's wave («با گذشت شش روز از آغاز اعتراضها»، «در روزهای اخیر»).
        var anchors = DateAnchors.For(_options.Language);
        if (!anchors.IsEmpty)
        {
            dates = anchors.Add(context.Text, dates, context.Published);
        }

        return dates;
    }

    /// <summary>By paragraph index, the last day of the latest absolute date with a year, day or month precise, not named in passing.</summary>
    private static Dictionary<int, DateOnly> LatestWrittenDates(ImmutableArray<DateMention> dates, ImmutableArray<Segmentation.Paragraph> paragraphs)
    {
        var latest = new Dictionary<int, DateOnly>();
        foreach (var d in dates)
        {
            var last = d.End ?? d.Start;
            if (d.IsRelative || d.InPassing || last.Precision < DatePrecision.Month)
            {
                continue;
            }

            var paragraph = paragraphs.IsDefaultOrEmpty ? 0 : Segmentation.SegmentLookup.ParagraphAt(paragraphs, d.Span.Start);
            if (!latest.TryGetValue(paragraph, out var day) || last.LastDay > day)
            {
                latest[paragraph] = last.LastDay;
            }
        }

        return latest;
    }

    /// <summary>A full, absolute date near the top of the body standing alone on its line or ending a dateline.</summary>
    internal static DateOnly? PageDate(string text, System.Collections.Immutable.ImmutableArray<DateMention> dates)
    {
        foreach (var d in dates)
        {
            if (d.Span.Start > 400)
            {
                break;
            }

            if (d.IsRelative || d.End is not null || d.Start.Precision != DatePrecision.Day)
            {
                continue;
            }

            var lineStart = d.Span.Start;
            while (lineStart > 0 && text[lineStart - 1] != '\n')
            {
                lineStart--;
            }

            var after = d.Span.End;
            while (after < text.Length && text[after] is ' ' or '\t' or '\r')
            {
                after++;
            }

            var ownLine = text.AsSpan(lineStart, d.Span.Start - lineStart).Trim().IsEmpty
                || IsWeekdayPrefix(text.AsSpan(lineStart, d.Span.Start - lineStart));
            var endsLine = after >= text.Length || text[after] == '\n';
            var dateline = after < text.Length && text[after] is '-' or '–' or '—' && d.Span.Start - lineStart < 40;
            if ((ownLine && endsLine) || dateline)
            {
                return d.Start.FirstDay;
            }
        }

        return null;
    }

    // "Thursday, " before the date on its line.
    private static bool IsWeekdayPrefix(ReadOnlySpan<char> prefix)
    {
        prefix = prefix.Trim().TrimEnd(',');
        return prefix.Length is >= 6 and <= 9 && prefix.EndsWith("day", StringComparison.OrdinalIgnoreCase) && UnicodeClasses.IsUpper(prefix[0]);
    }

    /// <summary>
    /// Turns <paramref name="text"/> into the parser's tokens. A word that is exactly one of <paramref name="tokens"/> (the
    /// body's shared tokens, numbered after <paramref name="lexicon"/> was made) is looked up by the token's number; any
    /// other word (one a non-spacing mark, a digit or a ZWNJ makes differ from its token), or every word when
    /// <paramref name="tokens"/> is null, by its characters. Both give the same answer.
    /// </summary>
    internal static void Scan(string text, List<WordToken>? tokens, DateLexicon lexicon, DateExpressionParser parser)
    {
        var n = text.Length;
        var i = 0;
        var cursor = new TokenCursor(tokens);
        var lineTokens = CollectionsMarshal.AsSpan(tokens);
        var k = 0;
        var nextLine = tokens is null ? -1 : 0;
        while (i < n)
        {
            // A line holding no digit and no word that can anchor a date gives the parser nothing to read: it starts and ends
            // with a flush, so it is skipped whole (most lines of a report; the scan read every word of them).
            if (i == nextLine)
            {
                var lineEnd = text.IndexOf('\n', i);
                lineEnd = lineEnd < 0 ? n : lineEnd;
                nextLine = lineEnd + 1;
                if (!MayHoldDate(text, i, lineEnd, lineTokens, ref k, lexicon))
                {
                    // The line break itself is read as before (a flush of nothing).
                    i = lineEnd;
                    continue;
                }
            }

            var c = text[i];
            if (char.IsAsciiLetter(c) || (c > 0x7F && UnicodeClasses.IsLetter(c)))
            {
                var start = i;
                while (i < n && (UnicodeClasses.IsLetter(text[i]) || text[i] == '\u200C'))
                {
                    i++;
                }

                if (i < n && DigitValue(text[i], lexicon) >= 0)
                {
                    // "G20", "COVID19": not a date word.
                    while (i < n && UnicodeClasses.IsLetterOrDigit(text[i]))
                    {
                        i++;
                    }

                    parser.AddOther(start, i, lower: false);
                    continue;
                }

                // A two-word compound of the lexicon ("سه شنبه" Tuesday, "روز گذشته" yesterday) is one word. A first word that
                // is exactly one token is asked by its number whether it opens one; any other is looked up with the next as before.
                var number = cursor.NumberOf(start, i);
                if (lexicon.HasCompounds && (number < 0 || lexicon.MayStartCompound(number)) && i + 1 < n && text[i] == ' ' && UnicodeClasses.IsLetter(text[i + 1]))
                {
                    var j = i + 1;
                    while (j < n && UnicodeClasses.IsLetter(text[j]))
                    {
                        j++;
                    }

                    if (j - start <= lexicon.MaxWordLength && lexicon.TryLookup(text.AsSpan(start, j - start), out var compound))
                    {
                        parser.AddWord(start, j, compound, !UnicodeClasses.IsLower(text[start]));
                        i = j;
                        continue;
                    }
                }

                if (number >= 0
                    ? lexicon.TryLookup(number, out var word)
                    : lexicon.TryLookup(text.AsSpan(start, i - start), out word))
                {
                    parser.AddWord(start, i, word, !UnicodeClasses.IsLower(text[start]));
                }
                else
                {
                    parser.AddOther(start, i, UnicodeClasses.IsLower(text[start]));
                }

                continue;
            }

            if (DigitValue(c, lexicon) >= 0)
            {
                i = ScanNumber(text, i, lexicon, parser);
                continue;
            }

            switch (c)
            {
                case '\n' or '\r' or '\u2028' or '\u2029' or '\u0085':
                    parser.Flush();
                    break;
                case ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009' or '\u200A':
                    break;
                case ',' or '\u060C':
                    parser.AddPunctuation(i, DateTokenKind.Comma);
                    break;
                case '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013':
                    parser.AddPunctuation(i, DateTokenKind.Dash);
                    break;
                case '/':
                    parser.AddPunctuation(i, DateTokenKind.Slash);
                    break;
                case '.':
                    parser.AddPunctuation(i, DateTokenKind.Dot);
                    break;
                case '\'' or '\u2019':
                    parser.AddOther(i, i + 1, lower: false);
                    break;
                default:
                    if (char.IsWhiteSpace(c))
                    {
                        break;
                    }

                    // Quotes, brackets, colons, em dashes, symbols: no date runs across them.
                    parser.Flush();
                    break;
            }

            i++;
        }

        parser.Flush();
    }

    /// <summary>
    /// False when <c>text[start..end)</c> (a line) holds no digit and no word of the scan that
    /// <see cref="DateLexicon.MayAnchorDate(int)"/>: then the parser reads no date in it. Only a line whose characters outside
    /// ASCII are all punctuation or spaces is looked at: with no digit, each of its word tokens is a run of ASCII letters,
    /// exactly a word of the scan, and is asked by its number. A line with a letter, digit, non-spacing mark or ZWNJ outside
    /// ASCII (every Persian line) is read by the scan as before: there the tokens and the scan's words may differ, and telling
    /// them apart cost as much as the scan (session 26). <paramref name="k"/> is the first token not yet looked at; lines are
    /// asked in order.
    /// </summary>
    internal static bool MayHoldDate(string text, int start, int end, ReadOnlySpan<WordToken> tokens, ref int k, DateLexicon lexicon)
    {
        var line = text.AsSpan(start, end - start);
        if (line.IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }

        for (var rest = line; rest.IndexOfAnyExceptInRange('\0', '\u007F') is var x and >= 0; rest = rest[(x + 1)..])
        {
            var c = rest[x];
            if (c == '\u200C' || UnicodeClasses.IsLetterOrDigit(c) || UnicodeClasses.IsNonSpacingMark(c))
            {
                return true;
            }
        }

        while (k < tokens.Length && tokens[k].Start < start)
        {
            k++;
        }

        for (; k < tokens.Length && tokens[k].Start < end; k++)
        {
            if (tokens[k].Kind == WordKind.Word && lexicon.MayAnchorDate(tokens[k].WordNumber))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a number ("17", "17th", "1,500", "3.5", "10:30", "40%") and returns the index after it.</summary>
    private static int ScanNumber(string text, int i, DateLexicon lexicon, DateExpressionParser parser)
    {
        var n = text.Length;
        var start = i;
        var value = 0;
        var digits = 0;
        int d;
        while (i < n && (d = DigitValue(text[i], lexicon)) >= 0)
        {
            if (value < 100_000_000)
            {
                value = (value * 10) + d;
            }

            digits++;
            i++;
        }

        var plain = true;

        // Thousands groups: ",500" (exactly three digits).
        while (i + 3 < n && text[i] == ',' && IsDigits(text, i + 1, 3, lexicon) && (i + 4 >= n || DigitValue(text[i + 4], lexicon) < 0))
        {
            plain = false;
            i += 4;
        }

        // Decimals, times and dotted numbers: "3.5", "10:30", "17.11.2019".
        while (i + 1 < n && text[i] is '.' or ':' or '\u066B' && DigitValue(text[i + 1], lexicon) >= 0)
        {
            plain = false;
            i++;
            while (i < n && DigitValue(text[i], lexicon) >= 0)
            {
                i++;
            }
        }

        if (i < n && text[i] is '%' or '\u066A')
        {
            parser.AddOther(start, i + 1, lower: false);
            return i + 1;
        }

        var ordinal = false;
        if (i < n && UnicodeClasses.IsLetter(text[i]))
        {
            var suffixStart = i;
            while (i < n && UnicodeClasses.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var suffix = text.AsSpan(suffixStart, i - suffixStart);
            if (!plain || digits > 2 || !(suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
            {
                // "100km", "3D": not a date.
                parser.AddOther(start, i, lower: false);
                return i;
            }

            ordinal = true;
        }

        parser.AddNumber(start, i, value, digits, plain, ordinal);
        return i;
    }

    private static bool IsDigits(string text, int start, int count, DateLexicon lexicon)
    {
        for (var k = start; k < start + count; k++)
        {
            if (k >= text.Length || DigitValue(text[k], lexicon) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int DigitValue(char c, DateLexicon lexicon) =>
        c is >= '0' and <= '9' ? c - '0' : c < 0x0660 ? -1 : lexicon.DigitValue(c);
}
