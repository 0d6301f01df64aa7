using Vigil.Core.Reports;

namespace Vigil.Core.Tests.Reports;

public class FrontMatterTests
{
    [Fact]
    public void Splits_metadata_from_body_exactly_where_the_scorer_does()
    {
        var text = "---\ntitle: Protests in Khoy\noutlet: \"Iran News Now\"\npublished: 2019-11-20\nurl: https://example.org/a\nlanguage: EN\n# note: a comment\n---\nFirst line.\nSecond line.";

        var (metadata, body, error) = FrontMatter.Split(text);

        Assert.Null(error);
        Assert.Equal("First line.\nSecond line.", body);
        Assert.Equal("Protests in Khoy", metadata.Title);
        Assert.Equal("Iran News Now", metadata.Source);
        Assert.Equal(new DateOnly(2019, 11, 20), metadata.Published);
        Assert.Equal("https://example.org/a", metadata.Url);
        Assert.Equal("en", metadata.Language);
    }

    [Fact]
    public void The_source_key_names_who_published_the_report_and_outlet_is_read_as_its_older_name()
    {
        var (bySource, _, _) = FrontMatter.Split("---\nsource: Hengaw\n---\nStrikes spread to Sanandaj.");
        var byOutlet = FrontMatter.Split("---\noutlet: HRANA\n---\nStrikes spread to Sanandaj.").Metadata;

        Assert.Equal(("Hengaw", "HRANA"), (bySource.Source, byOutlet.Source));
    }

    [Fact]
    public void Text_without_a_block_is_all_body()
    {
        var (metadata, body, error) = FrontMatter.Split("Security forces fired on protesters.");

        Assert.Null(error);
        Assert.Equal(ReportMetadata.None, metadata);
        Assert.Equal("Security forces fired on protesters.", body);
    }

    [Fact]
    public void Names_the_line_and_value_of_a_bad_date()
    {
        var (_, _, error) = FrontMatter.Split("---\ntitle: x\npublished: 2019-13-45\n---\nbody");

        Assert.Equal("front matter line 3: 'published' is not a date in the form YYYY-MM-DD: '2019-13-45'", error);
    }

    [Fact]
    public void Reports_an_unclosed_block()
    {
        var (_, _, error) = FrontMatter.Split("---\ntitle: x\nbody without a closing line");

        Assert.Equal("front matter: block opened with '---' on line 1 is never closed", error);
    }

    [Fact]
    public void Rejects_a_line_that_is_not_key_value()
    {
        var (_, _, error) = FrontMatter.Split("---\ntitle: x\njust words\n---\nbody");

        Assert.Equal("front matter line 3: expected 'key: value', found 'just words'", error);
    }

    [Fact]
    public void Empty_published_means_unknown()
    {
        var (metadata, _, error) = FrontMatter.Split("---\npublished:\n---\nbody");

        Assert.Null(error);
        Assert.Null(metadata.Published);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\f")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void Reads_the_block_the_same_whatever_breaks_its_lines(string lineBreak)
    {
        var text = string.Join(lineBreak, "title: زاهدان", "# note: یادداشت", "language: fa", "published: 2022-09-30");

        var (metadata, body, error) = FrontMatter.Split("---\n" + text + "\n---\nمتن گزارش.");

        Assert.Null(error);
        Assert.Equal("متن گزارش.", body);
        Assert.Equal(new ReportMetadata("زاهدان", null, new DateOnly(2022, 9, 30), null, "fa"), metadata);
    }

    [Fact]
    public void The_line_breaks_the_block_is_cut_at_are_those_the_runtime_knows()
    {
        // The block is cut at '\n' alone unless it holds one of the other breaks EnumerateLines knows: that set must be all of them.
        var breaks = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(c => CountLines("a" + c + "b") == 2);

        Assert.Equal("\n\f\r\u0085\u2028\u2029", string.Concat(breaks.Order()));
    }

    private static int CountLines(string text)
    {
        var count = 0;
        foreach (var _ in text.AsSpan().EnumerateLines())
        {
            count++;
        }

        return count;
    }
}
