using System.Text;
using Vigil.Core.Reports;

namespace Vigil.Core.Tests.Reports;

public class ReportReaderTests
{
    [Fact]
    public void Reads_text_report_with_bom_and_crlf_line_endings()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\r\ntitle: T\r\n---\r\nLine one.\r\nLine two.")).ToArray();

        var result = ReportReader.Read(bytes, ReportFormat.Text);

        Assert.True(result.Succeeded);
        Assert.Equal("Line one.\nLine two.", result.Content.Body);
        Assert.Equal("T", result.Content.Metadata.Title);
        Assert.Equal(4, result.Content.WordCount);
    }

    [Theory]
    [InlineData(new byte[0], "empty file")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, "binary content (NUL bytes), not a text report")]
    [InlineData(new byte[] { 0x41, 0xFF, 0xFE }, "not valid UTF-8 (bad byte at offset 1)")]
    public void Names_the_problem_with_bad_bytes(byte[] bytes, string expected)
    {
        var result = ReportReader.Read(bytes, ReportFormat.Text);

        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Error);
    }

    [Theory]
    [InlineData(1)] // decoded into a pooled buffer
    [InlineData(30_000)] // over 256 KB: decoded as a string
    public void Reads_the_same_body_and_metadata_whatever_the_size(int repeats)
    {
        var paragraph = "Protesters gathered in Mashhad. معترضان در مشهد تجمع کردند.\n\n";
        var text = "---\ntitle: Mashhad\npublished: 2019-11-17\nlanguage: fa\n---\n" + string.Concat(Enumerable.Repeat(paragraph, repeats));

        var result = ReportReader.Read(Encoding.UTF8.GetBytes(text), ReportFormat.Text);

        Assert.True(result.Succeeded);
        Assert.Equal(string.Concat(Enumerable.Repeat(paragraph, repeats)), result.Content.Body);
        Assert.Equal("Mashhad", result.Content.Metadata.Title);
        Assert.Equal(new DateOnly(2019, 11, 17), result.Content.Metadata.Published);
        Assert.Equal("fa", result.Content.Metadata.Language);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(300_000)]
    public void Names_the_offset_of_a_bad_byte_whatever_the_size(int at)
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', at) + "b");
        bytes[at] = 0xFF;

        Assert.Equal($"not valid UTF-8 (bad byte at offset {at})", ReportReader.Read(bytes, ReportFormat.Text).Error);
    }

    [Theory]
    [InlineData("---\r\ntitle: T\r\n---\r\n")]
    [InlineData("---\ntitle: T\n---")]
    public void A_block_with_nothing_after_it_is_no_report(string text) =>
        Assert.Equal("no text after the front matter", ReportReader.Read(Encoding.UTF8.GetBytes(text), ReportFormat.Text).Error);

    [Fact]
    public void A_report_without_front_matter_is_all_body() =>
        Assert.Equal("--- a rule, not a block\nText.", ReportReader.Read(Encoding.UTF8.GetBytes("--- a rule, not a block\nText."), ReportFormat.Text).Content!.Body);

    [Fact]
    public void Rejects_a_report_over_the_size_limit()
    {
        var result = ReportReader.Read(new byte[2048], ReportFormat.Text, maxBytes: 1024);

        Assert.Equal("too large: 0.0 MB, the limit for one report is 0 MB", result.Error);
    }

    [Fact]
    public void Rejects_front_matter_with_no_body()
    {
        var result = ReportReader.Read(Encoding.UTF8.GetBytes("---\ntitle: x\n---\n   \n"), ReportFormat.Markdown);

        Assert.Equal("no text after the front matter", result.Error);
    }

    [Fact]
    public void Reduces_html_to_the_article_text_and_reads_the_head()
    {
        const string html = """
            <!doctype html><html lang="en-GB"><head>
            <title>Site | Story</title>
            <meta property="og:title" content="Protesters gather in Shiraz">
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2019-11-17T08:00:00Z">
            <link rel="canonical" href="https://news.example/shiraz">
            <script>var tracking = "<p>not text</p>";</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Protesters gather in Shiraz</h1>
            <p>Hundreds of   people gathered on <b>Sunday</b>.</p>
            <p>Police arrested 40 protesters, witnesses said.</p>
            <aside>Related: other stories</aside></article>
            <footer>© Example News</footer></body></html>
            """;

        var result = ReportReader.Read(Encoding.UTF8.GetBytes(html), ReportFormat.Html);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Protesters gather in Shiraz\n\nHundreds of people gathered on Sunday.\n\nPolice arrested 40 protesters, witnesses said.", result.Content.Body);
        Assert.Equal(new ReportMetadata("Protesters gather in Shiraz", "Example News", new DateOnly(2019, 11, 17), "https://news.example/shiraz", "en"), result.Content.Metadata);
    }

    [Theory]
    [InlineData("a.TXT", ReportFormat.Text)]
    [InlineData("a.md", ReportFormat.Markdown)]
    [InlineData("a.htm", ReportFormat.Html)]
    [InlineData("a.html", ReportFormat.Html)]
    public void Knows_report_formats_by_extension(string name, ReportFormat format) =>
        Assert.Equal(format, ReportReader.FormatOf(name));

    [Fact]
    public void Other_extensions_are_not_reports() => Assert.Null(ReportReader.FormatOf("photo.jpg"));

    [Theory]
    [InlineData(9, 800, true)] // 9 control characters, more than 1 in 100
    [InlineData(9, 1000, false)] // 9 in 1,000: not more than 1 in 100
    [InlineData(8, 100, false)] // 8 or fewer never make a report binary
    public void Control_characters_make_a_text_binary_past_eight_and_one_in_a_hundred(int controls, int length, bool binary)
    {
        var text = new string('a', length).ToCharArray();
        for (var i = 0; i < controls; i++)
        {
            text[i * (length / controls)] = (char)(1 + (i % 8));
        }

        Assert.Equal(binary, ReportReader.LooksBinary(text));
    }

    [Fact]
    public void Line_feeds_returns_tabs_and_form_feeds_are_text()
    {
        Assert.False(ReportReader.LooksBinary(string.Concat(Enumerable.Repeat("a\n\r\t\f", 100))));
        Assert.True(ReportReader.LooksBinary(string.Concat(Enumerable.Repeat("a\u000b\u001f\u0000\u0008", 100))));
    }

    [Fact]
    public void Counts_control_characters_in_the_first_64K_characters_only()
    {
        var text = new string('a', 65536) + new string('\u0001', 10_000);

        Assert.False(ReportReader.LooksBinary(text));
        Assert.True(ReportReader.LooksBinary(text.AsSpan(10_000)));
    }

    [Fact]
    public void Counts_every_control_character_as_one_per_character_would()
    {
        // Random texts of letters, spaces, line ends and every character below U+0020, at densities around the threshold.
        var random = new Random(25);
        for (var round = 0; round < 2000; round++)
        {
            var text = new char[random.Next(1, 3000)];
            var density = random.Next(0, 4);
            for (var i = 0; i < text.Length; i++)
            {
                text[i] = random.Next(200) < density ? (char)random.Next(0, 0x20) : (char)random.Next(0x20, 0x700);
            }

            var control = text.Count(c => c < ' ' && c is not '\n' and not '\r' and not '\t' and not '\f');
            Assert.Equal(control > 8 && control * 100 > text.Length, ReportReader.LooksBinary(text));
        }
    }
}
