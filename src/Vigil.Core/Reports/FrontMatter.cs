using System.Buffers;
using System.Globalization;
using System.Text;

namespace Vigil.Core.Reports;

/// <summary>
/// Reads the optional front-matter block at the top of a text report:
/// a line <c>---</c>, lines <c>key: value</c> (or <c># comment</c>), and a closing line <c>---</c>.
/// Known keys: title, source (who published it; <c>outlet</c> is read as its older name), published (YYYY-MM-DD), url, language; others are ignored.
/// The body is everything after the closing line, exactly as the scorer cuts it.
/// </summary>
public static class FrontMatter
{
    /// <summary>Splits <paramref name="text"/> into metadata and body, or says what is wrong with the block.</summary>
    public static (ReportMetadata Metadata, string Body, UserMessage? Error) Split(string text)
    {
        var (metadata, bodyStart, error) = Parse(text);
        return (metadata, bodyStart == 0 ? text : text[bodyStart..], error);
    }

    /// <summary>
    /// <see cref="Split"/> on characters not yet made into a string: the metadata, and where the body starts (the length
    /// of <paramref name="text"/> when the block ends the text; 0 when there is no block or it is wrong). A reader that
    /// decoded the file into a buffer makes a string of the body alone.
    /// </summary>
    internal static (ReportMetadata Metadata, int BodyStart, UserMessage? Error) Parse(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            return (ReportMetadata.None, 0, null);
        }

        var firstLineEnd = text.IndexOf('\n');
        if (firstLineEnd < 0 || text.Slice(3, firstLineEnd - 3).Trim().Length != 0)
        {
            // "---" followed by more text on the same line is a horizontal rule, not a block.
            return firstLineEnd < 0
                ? (ReportMetadata.None, 0, "front matter: block opened with '---' on line 1 is never closed")
                : (ReportMetadata.None, 0, null);
        }

        var close = FindClosingLine(text, firstLineEnd);
        if (close < 0)
        {
            return (ReportMetadata.None, 0, "front matter: block opened with '---' on line 1 is never closed");
        }

        var afterClose = text[(close + 4)..].IndexOf('\n');
        var bodyStart = afterClose >= 0 ? close + 4 + afterClose + 1 : text.Length;

        string? title = null, source = null, url = null, language = null;
        DateOnly? published = null;
        var lineNumber = 1;
        foreach (var rawLine in new Lines(text.Slice(firstLineEnd + 1, close - firstLineEnd)))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                return (ReportMetadata.None, 0, $"front matter line {lineNumber}: expected 'key: value', found '{Clip(line)}'");
            }

            var key = line[..colon].Trim().ToString().ToLowerInvariant();
            var value = Unquote(StripComment(line[(colon + 1)..]).Trim());
            switch (key)
            {
                case "title":
                    title = NullIfEmpty(value);
                    break;
                case "source":
                case "outlet":
                    source = NullIfEmpty(value);
                    break;
                case "url":
                    url = NullIfEmpty(value);
                    break;
                case "language":
                    language = NullIfEmpty(value)?.ToLowerInvariant();
                    break;
                case "published":
                    if (value.Length == 0)
                    {
                        break;
                    }

                    if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        return (ReportMetadata.None, 0, $"front matter line {lineNumber}: 'published' is not a date in the form YYYY-MM-DD: '{Clip(value)}'");
                    }

                    published = date;
                    break;
            }
        }

        return (new ReportMetadata(title, source, published, url, language), bodyStart, null);
    }

    private static int FindClosingLine(ReadOnlySpan<char> text, int searchFrom)
    {
        var at = searchFrom;
        while (true)
        {
            var found = text[at..].IndexOf("\n---", StringComparison.Ordinal);
            if (found < 0)
            {
                return -1;
            }

            var i = at + found;
            var lineEnd = text[(i + 1)..].IndexOf('\n');
            var rest = text.Slice(i + 4, (lineEnd < 0 ? text.Length : i + 1 + lineEnd) - (i + 4));
            if (rest.Trim().Length == 0)
            {
                return i;
            }

            at = i + 4;
        }
    }

    private static ReadOnlySpan<char> StripComment(ReadOnlySpan<char> value)
    {
        var hash = value.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? value[..hash] : value;
    }

    private static string Unquote(ReadOnlySpan<char> value)
    {
        if (value.Length >= 2 && ((value[0] == '"' && value[^1] == '"') || (value[0] == '\'' && value[^1] == '\'')))
        {
            value = value[1..^1];
        }

        return value.ToString();
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string Clip(ReadOnlySpan<char> value) => value.Length <= 40 ? value.ToString() : string.Concat(value[..40], "…");

    // The line breaks MemoryExtensions.EnumerateLines knows besides '\n' (it also takes "\r\n" as one).
    private static readonly SearchValues<char> OtherLineBreaks = SearchValues.Create("\r\f\u0085\u2028\u2029");

    /// <summary>
    /// The block's lines as <see cref="MemoryExtensions.EnumerateLines"/> cuts them. A block that breaks lines only with
    /// '\n' (after <see cref="ReportReader"/> they all do) is cut by a search for that one character: EnumerateLines searches
    /// for six, a set whose search leaves its vector path at every character outside ASCII — every letter of a Persian
    /// note line (0.7 % of `vigil-extract` over 6 MB of Persian reports, docs/pipeline/pipeline.md, session 25).
    /// </summary>
    private ref struct Lines(ReadOnlySpan<char> block)
    {
        private readonly bool _lineFeedsOnly = block.IndexOfAny(OtherLineBreaks) < 0;
        private SpanLineEnumerator _any = block.EnumerateLines();
        private ReadOnlySpan<char> _rest = block;
        private bool _done;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly Lines GetEnumerator() => this;

        public bool MoveNext()
        {
            if (!_lineFeedsOnly)
            {
                var more = _any.MoveNext();
                Current = _any.Current;
                return more;
            }

            if (_done)
            {
                return false;
            }

            var end = _rest.IndexOf('\n');
            if (end < 0)
            {
                // After the last break comes one more line, empty when the block ends with it, as EnumerateLines gives it.
                Current = _rest;
                _done = true;
                return true;
            }

            Current = _rest[..end];
            _rest = _rest[(end + 1)..];
            return true;
        }
    }
}
