using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Tests.Extraction.Dates;

/// <summary>Partial dates resolved honestly against publication, day lists and spans over two months (invented sentences).</summary>
public sealed class DatesStageHonestyTests
{
    private static List<(string Text, string Start, string? End)> Find(string text, DateOnly? published)
    {
        var context = new ExtractionContext(text, published);
        new DatesStage(null).Run(context);
        return context.Dates.Select(d => (d.Span.Of(text), d.Start.ToString(), d.End?.ToString())).ToList();
    }

    [Theory]
    [InlineData("Workers walked out on November 17.", 2020, 3, 2, "2019-11-17")]
    [InlineData("Workers walked out on November 17.", 2020, 11, 17, "2020-11-17")]
    [InlineData("Workers walked out on November 17.", 2020, 11, 16, "2019-11-17")]
    [InlineData("Workers walked out on 2 January.", 2021, 1, 5, "2021-01-02")]
    public void A_day_and_month_without_a_year_is_the_most_recent_one_not_after_publication(string text, int y, int m, int d, string expected)
    {
        var (_, start, _) = Assert.Single(Find(text, new DateOnly(y, m, d)));
        Assert.Equal(expected, start);
    }

    [Theory]
    [InlineData("Guards beat inmates on 4 and 5 March 2022.", "2022-03-04", "2022-03-05")]
    [InlineData("Guards beat inmates on March 4 and 5, 2022.", "2022-03-04", "2022-03-05")]
    [InlineData("Strikes spread from 28 May to 3 June 2021.", "2021-05-28", "2021-06-03")]
    [InlineData("Strikes spread in May and June 2021.", "2021-05", "2021-06")]
    [InlineData("Strikes went on from late February to early April 2022.", "2022-02", "2022-04")]
    [InlineData("Strikes went on from mid-March to late May 2022.", "2022-03", "2022-05")]
    public void Reads_day_lists_and_spans_over_two_months_as_one_range(string text, string start, string end)
    {
        var found = Find(text, new DateOnly(2022, 6, 1));
        Assert.Contains(found, f => f.Start == start && f.End == end);
    }

    [Fact]
    public void In_an_undated_report_a_day_and_month_take_the_year_of_the_latest_date_written_out_later()
    {
        var found = Find("Guards opened fire on November 17, killing two.\n\nOn 2 December 2019, officials announced the arrests.", null);

        Assert.Equal(["2019-11-17", "2019-12-02"], found.Select(f => f.Start));
    }

    [Fact]
    public void In_an_undated_report_a_day_after_the_latest_written_date_goes_back_a_year()
    {
        var found = Find("Workers went on strike on December 20.\n\nThe union wrote to the ministry on 5 March 2021.", null);

        Assert.Equal(["2020-12-20", "2021-03-05"], found.Select(f => f.Start));
    }

    [Fact]
    public void In_an_undated_report_with_no_full_date_a_day_and_month_stay_undated()
    {
        Assert.Empty(Find("Guards opened fire on November 17, killing two.", null));
    }
}
