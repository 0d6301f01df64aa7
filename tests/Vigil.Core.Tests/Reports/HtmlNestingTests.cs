using System.Text;
using Vigil.Core.Reports;

namespace Vigil.Core.Tests.Reports;

/// <summary>Hole 6: HTML reduction costs time linear in the page whatever its nesting; shallow pages are untouched.</summary>
public sealed class HtmlNestingTests
{
    [Fact]
    public void A_normal_page_is_passed_through_as_it_is()
    {
        const string html = "<html><body><article><h1>T</h1><div><p>One<p>Two<ul><li>a<li>b</ul></div><script>if (a<b) {}</script></article></body></html>";
        Assert.Same(html, HtmlNesting.Bound(html));
    }

    [Fact]
    public void Deep_nesting_is_flattened_below_the_bound_keeping_all_text()
    {
        var html = Nested(10_000, "Police arrested 8 students in Babol.");
        var bounded = HtmlNesting.Bound(html);
        Assert.Equal(HtmlNesting.MaxDepth, Count(bounded, "<div>"));
        Assert.Equal(HtmlNesting.MaxDepth, Count(bounded, "</div>"));
        Assert.Contains("Police arrested 8 students in Babol.", bounded);
    }

    [Fact]
    public void A_hundred_thousand_nested_divs_read_as_text()
    {
        // Took 57 s before the bound (quadratic in the parser); the bench script prints the timings.
        var result = ReportReader.Read(Encoding.UTF8.GetBytes(Nested(100_000, "Security forces killed 3 protesters in Izeh.")), ReportFormat.Html);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Security forces killed 3 protesters in Izeh.", result.Content.Body);
    }

    [Fact]
    public void Tags_inside_a_deep_script_are_not_counted_or_kept()
    {
        var html = Nested(300, "<script>var x = '<div><div>';</script>text");
        var bounded = HtmlNesting.Bound(html);
        Assert.Contains("text", bounded);
        Assert.DoesNotContain("var x", bounded);
        Assert.Equal(HtmlNesting.MaxDepth, Count(bounded, "</div>"));
    }

    internal static string Nested(int depth, string inner)
    {
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", depth).Append(inner).Insert(html.Length, "</div>", depth);
        return html.Append("</body></html>").ToString();
    }

    private static int Count(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
