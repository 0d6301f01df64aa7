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
}
