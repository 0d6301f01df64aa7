using Microsoft.AspNetCore.Html;

namespace Vigil.Web.Spans;

/// <summary>
/// Writes a line of segments as HTML with nothing between them: laid out as Razor markup, each highlighted span
/// carried the template's line break into the text, and every highlighted page read "Iran : …", "injured .".
/// Text and attributes are HTML-encoded.
/// </summary>
public static class SegmentHtml
{
    public static IHtmlContent Of(IEnumerable<Segment> line)
    {
        var html = new HtmlContentBuilder();
        foreach (var s in line)
        {
            foreach (var anchor in s.Anchors)
            {
                html.AppendHtml("<span class=\"anchor\" id=\"").Append(anchor).AppendHtml("\"></span>");
            }

            if (s.Highlights.Count == 0)
            {
                html.Append(s.Text);
                continue;
            }

            html.AppendHtml("<span class=\"").Append(s.Classes).AppendHtml("\" title=\"").Append(s.Title).AppendHtml("\">").Append(s.Text).AppendHtml("</span>");
        }

        return html;
    }
}
