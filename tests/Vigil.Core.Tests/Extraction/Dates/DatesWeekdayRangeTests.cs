using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Tests.Extraction.Dates;

/// <summary>Two weekdays joined ("Sunday and Monday", "from Saturday to Monday") are the days between them (session 25).</summary>
public sealed class DatesWeekdayRangeTests
{
    private static readonly DateOnly Wednesday20240313 = new(2024, 3, 13);

    private static List<(string Text, string Start, string? End)> Find(string text)
    {
        var context = new ExtractionContext(text, Wednesday20240313);
        new DatesStage(null).Run(context);
        return [.. context.Dates.Select(d => (d.Span.Of(text), d.Start.ToString(), d.End?.ToString()))];
    }

    [Theory]
    [InlineData("Workers protested throughout Sunday and Monday in Abadan.", "Sunday and Monday", "2024-03-10", "2024-03-11")]
    [InlineData("Workers protested from Saturday to Monday in Abadan.", "Saturday to Monday", "2024-03-09", "2024-03-11")]
    [InlineData("Workers protested on Monday and Tuesday in Abadan.", "Monday and Tuesday", "2024-03-11", "2024-03-12")]
    public void Two_joined_weekdays_are_one_range_ending_on_or_before_publication(string text, string span, string start, string end)
    {
        var date = Assert.Single(Find(text));

        Assert.Contains(span, date.Text, StringComparison.Ordinal);
        Assert.Equal((start, end), (date.Start, date.End));
    }

    [Fact]
    public void A_future_pair_of_weekdays_is_the_coming_days()
    {
        var date = Assert.Single(Find("Workers will strike on Saturday and Sunday in Abadan."));

        Assert.Equal(("2024-03-16", "2024-03-17"), (date.Start, date.End));
    }
}
