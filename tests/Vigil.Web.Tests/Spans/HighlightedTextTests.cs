using System.Net;
using System.Text.RegularExpressions;

namespace Vigil.Web.Tests.Spans;

/// <summary>Highlighting a report's spans adds markup only: the text a reader sees is the report's, character for character.</summary>
public sealed partial class HighlightedTextTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public HighlightedTextTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task The_report_page_shows_the_text_without_spaces_around_highlights()
    {
        var id = await Seed.ReportWithEvidenceAsync(_factory);
        var client = await _factory.ClientAsync("editor");

        var html = await client.GetStringAsync($"/reports/{id}");

        var text = html[html.IndexOf("id=\"report-text\"", StringComparison.Ordinal)..];
        var first = Paragraph().Match(text).Groups[1].Value;
        Assert.Contains("<span class=\"hl", first);
        var expected = Seed.Text.Split('\n')[0].TrimEnd();
        Assert.Equal(expected, WebUtility.HtmlDecode(Tag().Replace(first, string.Empty)));
        Assert.DoesNotMatch(@"\s[.,:;!?]", WebUtility.HtmlDecode(Tag().Replace(first, string.Empty)));
    }

    [Fact]
    public void Segments_render_escaped_with_nothing_between_them()
    {
        var line = new List<Vigil.Web.Spans.Segment>
        {
            new("Police in ", []),
            new("Tabriz", [new Vigil.Web.Spans.Highlight(0, 6, "place", "place: \"Tabriz\"")]),
            new(": <b>12</b> held.", []),
        };
        using var writer = new StringWriter();

        Vigil.Web.Spans.SegmentHtml.Of(line).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal("Police in <span class=\"hl hl-place\" title=\"place: &quot;Tabriz&quot;\">Tabriz</span>: &lt;b&gt;12&lt;/b&gt; held.", writer.ToString());
    }

    [GeneratedRegex("<p dir=\"auto\">(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex Paragraph();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
