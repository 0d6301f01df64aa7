using System.Buffers;
using System.Text;

namespace Vigil.Core.Reports;

/// <summary>
/// Turns a report's original bytes into its metadata and body text. This is the one reader that
/// ingest, <c>vigil extract</c> and <c>vigil eval</c> share, so offsets agree everywhere.
/// </summary>
public static class ReportReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>File extensions (lower case, with the dot) read as reports.</summary>
    public static IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".html", ".htm" };

    /// <summary>The format a file name denotes, or null when it is not a report.</summary>
    public static ReportFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".txt" => ReportFormat.Text,
        ".md" => ReportFormat.Markdown,
        ".html" or ".htm" => ReportFormat.Html,
        _ => null,
    };

    /// <summary>Reads a report of the given format. Never throws on bad bytes: the result names the problem.</summary>
    public static ReportReadResult Read(ReadOnlySpan<byte> bytes, ReportFormat format, int maxBytes = ReportLimits.DefaultMaxReportBytes)
    {
        if (bytes.IsEmpty)
        {
            return ReportReadResult.Fail("empty file");
        }

        if (bytes.Length > maxBytes)
        {
            return ReportReadResult.Fail(ReportLimits.TooLarge(bytes.Length, maxBytes));
        }

        // UTF-16 and UTF-32 text is full of NUL bytes; only a byte order mark tells it from binary.
        var (encoding, bom, name) = EncodingOf(bytes);
        if (encoding == StrictUtf8 && bytes.IndexOf((byte)0) >= 0)
        {
            return ReportReadResult.Fail("binary content (NUL bytes), not a text report");
        }

        bytes = bytes[bom..];

        // A report of up to PooledBytes is decoded into a pooled buffer and only its body becomes a string: decoded whole
        // and then cut after the front matter, every report was made twice (12 MB of 3 KB reports: 24 MB of strings, a
        // tenth of what `vigil-extract` allocates; docs/pipeline/pipeline.md, session 21). A larger one is decoded as a
        // string, so the pool never keeps arrays of megabytes.
        char[]? rented = null;
        try
        {
            string? whole = null;
            ReadOnlySpan<char> text;
            try
            {
                if (bytes.Length <= PooledBytes)
                {
                    rented = ArrayPool<char>.Shared.Rent(encoding.GetMaxCharCount(bytes.Length));
                    text = rented.AsSpan(0, encoding.GetChars(bytes, rented));
                }
                else
                {
                    whole = encoding.GetString(bytes);
                    text = whole;
                }
            }
            catch (DecoderFallbackException ex)
            {
                return ReportReadResult.Fail($"not valid {name} (bad byte at offset {ex.Index + bom})");
            }

            if (encoding != StrictUtf8 && text.Contains('\0'))
            {
                return ReportReadResult.Fail($"binary content (NUL characters in {name} text), not a text report");
            }

            if (LooksBinary(text))
            {
                return ReportReadResult.Fail("binary content (control characters), not a text report");
            }

            if (format == ReportFormat.Html || text.Contains('\r'))
            {
                whole = NormaliseLineEndings(whole ?? text.ToString());
                text = whole;
            }

            if (format == ReportFormat.Html)
            {
                return HtmlReport.Read(whole!);
            }

            var (metadata, bodyStart, error) = FrontMatter.Parse(text);
            if (error is not null)
            {
                return ReportReadResult.Fail(error);
            }

            var body = text[bodyStart..];
            return body.Trim().IsEmpty
                ? ReportReadResult.Fail("no text after the front matter")
                : ReportReadResult.Ok(new ReportContent(metadata, whole is not null && bodyStart == 0 ? whole : body.ToString(), format));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // Larger reports are decoded straight into a string (see Read).
    private const int PooledBytes = 1 << 18;

    private static (Encoding Encoding, int Bom, string Name) EncodingOf(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE's mark starts like UTF-16 LE's: test the longer marks first.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4, "UTF-32");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4, "UTF-32");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2, "UTF-16");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2, "UTF-16");
        }

        return (StrictUtf8, bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0, "UTF-8");
    }

    // The control characters that count against a text (all below U+0020 but line feed, carriage return, tab and form feed).
    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => c is not '\n' and not '\r' and not '\t' and not '\f')]);

    /// <summary>
    /// More than 8 control characters, and more than one in a hundred of the first 64 K characters. Counted by a vector search
    /// from one control character to the next: a text report has none, so this is one pass at the vector width, where a loop
    /// per character was 0.4–0.7 % of `vigil-extract` over 12 MB of 3 KB reports (docs/pipeline/pipeline.md, session 25).
    /// </summary>
    internal static bool LooksBinary(ReadOnlySpan<char> text)
    {
        var control = 0;
        var sample = text[..Math.Min(text.Length, 65536)];
        for (var rest = sample; rest.IndexOfAny(ControlCharacters) is var at and >= 0; rest = rest[(at + 1)..])
        {
            control++;
        }

        return control > 8 && control * 100 > sample.Length;
    }

    internal static string NormaliseLineEndings(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
