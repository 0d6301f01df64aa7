using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Tests.Extraction.Dates;

public sealed class SolarHijriDateCalendarTests
{
    [Theory]
    [InlineData(1398, 8, 25, "2019-11-16")]
    [InlineData(1398, 1, 1, "2019-03-21")]
    [InlineData(1357, 11, 22, "1979-02-11")]
    [InlineData(1403, 12, 30, "2025-03-20")]
    public void Converts_solar_hijri_dates_to_gregorian_and_back(int year, int month, int day, string gregorian)
    {
        var calendar = SolarHijriDateCalendar.Instance;

        Assert.True(calendar.TryToDate(year, month, day, out var date));
        Assert.Equal(gregorian, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((year, month, day), calendar.FromDate(date));
    }

    [Fact]
    public void Rejects_days_a_month_does_not_have()
    {
        var calendar = SolarHijriDateCalendar.Instance;

        Assert.Equal(31, calendar.DaysInMonth(1398, 1));
        Assert.Equal(30, calendar.DaysInMonth(1398, 7));
        Assert.False(calendar.TryToDate(1398, 7, 31, out _));
        Assert.False(calendar.TryToDate(1398, 13, 1, out _));
        Assert.Equal(0, calendar.DaysInMonth(0, 1));
    }

    [Fact]
    public void Agrees_with_PersianCalendar_on_every_day_it_reads_and_at_both_ends_of_its_range()
    {
        // Years 1–9377 convert both ways; the last, partial year 9378 only from a Gregorian date.
        var calendar = SolarHijriDateCalendar.Instance;
        var persian = new System.Globalization.PersianCalendar();
        var min = DateOnly.FromDateTime(persian.MinSupportedDateTime);
        var max = DateOnly.FromDateTime(persian.MaxSupportedDateTime);
        var days = Enumerable.Range(new DateOnly(1850, 1, 1).DayNumber, new DateOnly(2150, 1, 1).DayNumber - new DateOnly(1850, 1, 1).DayNumber)
            .Concat(Enumerable.Range(min.DayNumber, 800))
            .Concat(Enumerable.Range(max.DayNumber - 800, 801));

        foreach (var dayNumber in days)
        {
            var date = DateOnly.FromDayNumber(dayNumber);
            var at = date.ToDateTime(TimeOnly.MinValue);
            var expected = (persian.GetYear(at), persian.GetMonth(at), persian.GetDayOfMonth(at));
            Assert.Equal(expected, calendar.FromDate(date));
            if (expected.Item1 <= 9377)
            {
                Assert.True(calendar.TryToDate(expected.Item1, expected.Item2, expected.Item3, out var back));
                Assert.Equal(date, back);
            }
        }

        for (var year = 1; year <= 9377; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                Assert.Equal(persian.GetDaysInMonth(year, month), calendar.DaysInMonth(year, month));
            }
        }
    }
}
