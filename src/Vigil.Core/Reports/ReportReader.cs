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

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return ReportReadResult.Fail("binary content (NUL bytes), not a text report");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return ReportReadResult.Fail($"not valid UTF-8 (bad byte at offset {ex.Index})");
        }

        if (LooksBinary(text))
        {
            return ReportReadResult.Fail("binary content (control characters), not a text report");
        }

        text = NormaliseLineEndings(text);
        if (format == ReportFormat.Html)
        {
            return HtmlReport.Read(text);
        }

        var (metadata, body, error) = FrontMatter.Split(text);
        if (error is not null)
        {
            return ReportReadResult.Fail(error);
        }

        return body.AsSpan().Trim().IsEmpty
            ? ReportReadResult.Fail("no text after the front matter")
            : ReportReadResult.Ok(new ReportContent(metadata, body, format));
    }

    private static bool LooksBinary(string text)
    {
        var control = 0;
        var sample = text.AsSpan(0, Math.Min(text.Length, 65536));
        foreach (var c in sample)
        {
            if (c < ' ' && c is not '\n' and not '\r' and not '\t' and not '\f')
            {
                control++;
            }
        }

        return control > 8 && control * 100 > sample.Length;
    }

    internal static string NormaliseLineEndings(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
