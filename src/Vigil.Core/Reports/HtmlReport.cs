using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Vigil.Core.Reports;

/// <summary>
/// Reduces an HTML page to its main text with AngleSharp's HTML5 parser: the <c>article</c> (or
/// <c>main</c>, or the body) without navigation, scripts, styles, forms, asides, headers and
/// footers; block elements become paragraphs. Nesting deeper than <see cref="HtmlNesting.MaxDepth"/> is
/// flattened first, so reading costs time linear in the page's size whatever its shape. Metadata comes from the head (title, og:site_name,
/// article:published_time, canonical link, lang).
/// </summary>
internal static class HtmlReport
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "svg", "iframe", "select", "figure",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "br", "ul", "ol", "table", "dd", "dt",
    };

    public static ReportReadResult Read(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(HtmlNesting.Bound(html));

        var title = Meta(document, "og:title") ?? Clean(document.Title);
        var outlet = Meta(document, "og:site_name");
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        var language = document.DocumentElement.GetAttribute("lang") is { Length: >= 2 } lang ? lang[..2].ToLowerInvariant() : null;
        DateOnly? published = null;
        var publishedText = Meta(document, "article:published_time") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        if (publishedText is { Length: >= 10 }
            && DateOnly.TryParseExact(publishedText[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            published = date;
        }

        var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var text = new StringBuilder();
        if (root is not null)
        {
            AppendText(root, text);
        }

        var body = CollapseBlankLines(text.ToString());
        if (body.Length == 0)
        {
            return ReportReadResult.Fail("HTML page has no readable text");
        }

        return ReportReadResult.Ok(new ReportContent(new ReportMetadata(title, outlet, published, url, language), body, ReportFormat.Html));
    }

    private static void AppendText(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    AppendCollapsed(t.Data, text);
                    break;
                case IElement e when Dropped.Contains(e.LocalName):
                    break;
                case IElement e:
                    var block = Blocks.Contains(e.LocalName);
                    if (block)
                    {
                        text.Append("\n\n");
                    }

                    AppendText(e, text);
                    if (block)
                    {
                        text.Append("\n\n");
                    }

                    break;
            }
        }
    }

    private static void AppendCollapsed(string data, StringBuilder text)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ' && text[^1] != '\n')
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }
    }

    private static string CollapseBlankLines(string text)
    {
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join("\n\n", paragraphs);
    }

    private static string? Meta(IDocument document, string property) =>
        Clean((document.QuerySelector($"meta[property='{property}']") ?? document.QuerySelector($"meta[name='{property}']"))?.GetAttribute("content"));

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
