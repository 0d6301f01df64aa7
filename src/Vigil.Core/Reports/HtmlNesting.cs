using System.Text;

namespace Vigil.Core.Reports;

/// <summary>
/// Bounds how deeply an HTML page nests before it reaches the HTML5 parser. Tree construction checks the
/// stack of open elements for every tag, so its cost grows with depth × tags: 100,000 nested <c>div</c>s
/// took about a minute. Pages deeper than <see cref="MaxDepth"/> have their tags beyond that depth taken out
/// (their text stays), in one linear pass; every other page is passed through untouched.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Deepest nesting kept. Real article pages stay well under 100.</summary>
    public const int MaxDepth = 256;

    // Elements that never nest (void) or that the parser closes implicitly so often that counting them would
    // overstate depth: neither opens a level here.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "plaintext" };

    /// <summary><paramref name="html"/> itself when it nests at most <paramref name="maxDepth"/> deep, else a copy with the deeper tags removed.</summary>
    public static string Bound(string html, int maxDepth = MaxDepth) =>
        Scan(html, maxDepth, output: null) ? html : Rewrite(html, maxDepth);

    private static string Rewrite(string html, int maxDepth)
    {
        var output = new StringBuilder(html.Length);
        Scan(html, maxDepth, output);
        return output.ToString();
    }

    // Walks the tags once. Without output it answers whether the page stays within maxDepth; with output it
    // copies everything except the tags that open or close a level deeper than maxDepth.
    private static bool Scan(string html, int maxDepth, StringBuilder? output)
    {
        var depth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                output?.Append(html, i, html.Length - i);
                break;
            }

            output?.Append(html, i, lt - i);
            var end = TagEnd(html, lt);
            var keep = true;
            if (lt + 1 < html.Length && (char.IsAsciiLetter(html[lt + 1]) || html[lt + 1] == '/'))
            {
                var closing = html[lt + 1] == '/';
                var name = NameAt(html, closing ? lt + 2 : lt + 1);
                if (name.Length > 0 && !Flat.Contains(name))
                {
                    var selfClosing = end > lt + 1 && html[end - 1] == '/';
                    if (closing)
                    {
                        keep = depth <= maxDepth;
                        depth = Math.Max(0, depth - 1);
                    }
                    else if (!selfClosing)
                    {
                        depth++;
                        keep = depth <= maxDepth;
                        if (!keep && output is null)
                        {
                            return false;
                        }

                        if (RawText.Contains(name))
                        {
                            // Its content is text up to the matching end tag: a "<div>" inside a script is not a tag.
                            var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                            var stop = close < 0 ? html.Length : close;
                            // Beyond the bound the element goes with its content: script or style text is no report
                            // text, and copied out of its element it would be parsed as markup.
                            if (keep)
                            {
                                output?.Append(html, lt, stop - lt);
                            }

                            i = stop;
                            continue;
                        }
                    }
                }
            }
            else if (html.AsSpan(lt).StartsWith("<!--"))
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                end = close < 0 ? html.Length - 1 : close + 2;
            }

            if (keep)
            {
                output?.Append(html, lt, end + 1 - lt);
            }

            i = end + 1;
        }

        return true;
    }

    private static int TagEnd(string html, int lt)
    {
        var gt = html.IndexOf('>', lt + 1);
        return gt < 0 ? html.Length - 1 : gt;
    }

    private static string NameAt(string html, int start)
    {
        var j = start;
        while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] == '-'))
        {
            j++;
        }

        return html[start..j];
    }
}
