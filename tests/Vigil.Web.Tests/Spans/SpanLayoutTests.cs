using Vigil.Web.Spans;

namespace Vigil.Web.Tests.Spans;

public sealed class SpanLayoutTests
{
    [Fact]
    public void Overlapping_spans_cut_the_text_into_segments_that_carry_every_covering_field()
    {
        const string body = "Police arrested 12 people in Tabriz.\nNothing else.";
        var lines = SpanLayout.Lay(body, [new Highlight(0, 36, "incident", "i"), new Highlight(16, 25, "figure", "f"), new Highlight(29, 35, "place", "p")]);
        Assert.Equal(2, lines.Count);
        Assert.Equal(["Police arrested ", "12 people", " in ", "Tabriz", "."], lines[0].Select(s => s.Text));
        Assert.Equal("hl hl-incident hl-figure", lines[0][1].Classes);
        Assert.Equal("hl hl-incident hl-place", lines[0][3].Classes);
        Assert.Equal(["Nothing else."], lines[1].Select(s => s.Text));
        Assert.Equal(string.Empty, lines[1][0].Classes);
    }

    [Fact]
    public void Spans_outside_the_body_are_clamped_not_thrown()
    {
        var lines = SpanLayout.Lay("short", [new Highlight(-5, 3, "date", "d"), new Highlight(4, 500, "place", "p")]);
        Assert.Equal(["sho", "r", "t"], lines.Single().Select(s => s.Text));
    }
}
