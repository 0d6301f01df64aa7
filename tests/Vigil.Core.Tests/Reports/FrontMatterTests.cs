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
}
