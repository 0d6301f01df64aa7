using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Tests.Extraction.Dates;

/// <summary>
/// A month's name written together with its day and year by dashes or slashes ("12-March-2019", "Mar/04/2021", "2019/Nov/16",
/// "Aug-2020") is one date (session 26; before, "12-March-2019" was read as a range from one March to the next, and the
/// others not at all).
/// </summary>
public sealed class DatesJoinedMonthTests
{
    private static readonly DateOnly Published = new(2021, 6, 30);

    private static List<(string Text, string Start, string? End)> Find(string text)
    {
        var context = new ExtractionContext(text, Published);
        new DatesStage(null).Run(context);
        return [.. context.Dates.Select(d => (d.Span.Of(text), d.Start.ToString(), d.End?.ToString()))];
    }

    [Theory]
    [InlineData("The bakers struck on 14-April-2020 in Karaj.", "14-April-2020", "2020-04-14")]
    [InlineData("The bakers struck on 14-APR-2020 in Karaj.", "14-APR-2020", "2020-04-14")]
    [InlineData("The bakers struck on 07/Jan/2021 in Karaj.", "07/Jan/2021", "2021-01-07")]
    [InlineData("The bakers struck on April/14/2020 in Karaj.", "April/14/2020", "2020-04-14")]
    [InlineData("The bakers struck on 2020/Apr/14 in Karaj.", "2020/Apr/14", "2020-04-14")]
    [InlineData("The bakers struck in Aug-2020 in Karaj.", "Aug-2020", "2020-08")]
    public void A_month_written_together_with_its_day_and_year_is_one_date(string text, string span, string start)
    {
        var date = Assert.Single(Find(text));

        Assert.Contains(span, date.Text, StringComparison.Ordinal);
        Assert.Equal((start, (string?)null), (date.Start, date.End));
    }

    [Theory]
    [InlineData("The bakers struck from April to June 2020.", "2020-04", "2020-06")]
    [InlineData("The bakers struck in Nov-Dec 2020.", "2020-11", "2020-12")]
    [InlineData("The bakers struck on April 14-16, 2020.", "2020-04-14", "2020-04-16")]
    public void Ranges_of_months_and_days_stay_ranges(string text, string start, string end)
    {
        var date = Assert.Single(Find(text));

        Assert.Equal((start, (string?)end), (date.Start, date.End));
    }

    [Fact]
    public void A_day_that_the_month_does_not_have_is_no_date()
    {
        Assert.DoesNotContain(Find("The bakers struck on 31-April-2020."), d => d.Start == "2020-04-31");
    }
}
