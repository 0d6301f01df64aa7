using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Tests.Extraction.Dates;

public sealed class DatesStagePropertyTests
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private static DateMention One(string text, DateOnly? published)
    {
        var context = new ExtractionContext(text, published);
        new DatesStage().Run(context);
        return Assert.Single(context.Dates);
    }

    private static DateOnly DayOf(int seed) => new DateOnly(1950, 1, 1).AddDays(Math.Abs(seed % 54_000));

    [Property(MaxTest = 300)]
    public void A_written_date_lies_inside_its_precision_window(int seed, byte form)
    {
        var day = DayOf(seed);
        var month = Months[day.Month - 1];
        var (text, precision) = (form % 5) switch
        {
            0 => ($"Protests began on {month} {day.Day}, {day.Year} in Tehran.", DatePrecision.Day),
            1 => ($"Protests began on {day.Day} {month} {day.Year} in Tehran.", DatePrecision.Day),
            2 => ($"Protests began on {day:yyyy-MM-dd} in Tehran.", DatePrecision.Day),
            3 => ($"Protests began in {month} {day.Year} in Tehran.", DatePrecision.Month),
            _ => ($"Protests began in {day.Year} in Tehran.", DatePrecision.Year),
        };

        var mention = One(text, null);

        Assert.True(mention.Start.Covers(day));
        Assert.Equal(precision, mention.Start.Precision);
        Assert.Null(mention.End);
        Assert.False(mention.IsRelative);
    }

    [Property(MaxTest = 300)]
    public void A_partial_date_resolves_to_the_latest_occurrence_not_after_publication(int seed, int offset)
    {
        var published = DayOf(seed).AddYears(1);
        var day = published.AddDays(-Math.Abs(offset % 360));
        if (day.Month == 2 && day.Day == 29)
        {
            return;
        }

        var mention = One($"Khamenei spoke on {Months[day.Month - 1]} {day.Day} about the unrest.", published);

        Assert.Equal(PartialDate.OfDay(day), mention.Start);
        Assert.True(mention.Start.LastDay <= published);
        Assert.True(mention.IsRelative);
    }

    [Property(MaxTest = 300)]
    public void A_month_or_weekday_resolves_within_a_year_or_week_before_publication(int seed, byte month, byte weekday)
    {
        var published = DayOf(seed).AddYears(1);

        var m = One($"Strikes spread in {Months[month % 12]}.", published);
        Assert.Equal(DatePrecision.Month, m.Start.Precision);
        Assert.True(m.Start.FirstDay <= published && m.Start.FirstDay > published.AddYears(-1));
        Assert.Equal((month % 12) + 1, m.Start.Month);

        var w = One($"Strikes spread on {Weekdays[weekday % 7]}.", published);
        var resolved = w.Start.FirstDay;
        Assert.Equal((DayOfWeek)(weekday % 7), resolved.DayOfWeek);
        Assert.True(resolved <= published && resolved > published.AddDays(-7));
    }

    [Property(MaxTest = 200)]
    public void Never_throws_and_keeps_spans_inside_the_text(string? text, int seed)
    {
        var context = new ExtractionContext(text ?? "", DayOf(seed));
        new DatesStage().Run(context);

        Assert.All(context.Dates, d => Assert.True(d.Span.Start >= 0 && d.Span.End <= context.Text.Length && d.Span.Length > 0));
        Assert.All(context.Dates, d => Assert.True(d.End is null || d.Start.FirstDay <= d.End.Value.LastDay));
    }
}
