using Vigil.Storage.Users;
using Vigil.Web.Dashboard;
using Vigil.Web.Localization;

namespace Vigil.Web.Tests.Dashboard;

public sealed class PeriodLabelTests
{
    [Fact]
    public void A_week_is_labelled_by_its_first_day_in_the_readers_calendar()
    {
        // Saturday 1 October 2022 is Saturday 9 Mehr 1401, the first day of a Solar Hijri week.
        Assert.Equal("1 Oct 2022", PeriodLabel.Of(new DateDisplay(persian: false, UserPreferences.Gregorian), "2022-10-01", "week"));
        Assert.Equal("9 Mehr 1401", PeriodLabel.Of(new DateDisplay(persian: false, UserPreferences.SolarHijri), "2022-10-01", "week"));
        Assert.Equal("۹ مهر ۱۴۰۱", PeriodLabel.Of(new DateDisplay(persian: true, UserPreferences.SolarHijri), "2022-10-01", "week"));
        Assert.Equal("۱ اکتبر ۲۰۲۲", PeriodLabel.Of(new DateDisplay(persian: true, UserPreferences.Gregorian), "2022-10-01", "week"));
    }

    [Fact]
    public void A_month_bucket_is_a_month_of_the_readers_calendar_in_the_readers_language()
    {
        // Solar buckets are keyed by the Gregorian day of their 1st: 1 Mehr 1401 is 23 September 2022.
        Assert.Equal("Oct 2022", PeriodLabel.Of(new DateDisplay(persian: false, UserPreferences.Gregorian), "2022-10-01", "month"));
        Assert.Equal("اکتبر ۲۰۲۲", PeriodLabel.Of(new DateDisplay(persian: true, UserPreferences.Gregorian), "2022-10-01", "month"));
        Assert.Equal("Mehr 1401", PeriodLabel.Of(new DateDisplay(persian: false, UserPreferences.SolarHijri), "2022-09-23", "month"));
        Assert.Equal("مهر ۱۴۰۱", PeriodLabel.Of(new DateDisplay(persian: true, UserPreferences.SolarHijri), "2022-09-23", "month"));
        Assert.Equal("not-a-day", PeriodLabel.Of(new DateDisplay(persian: true, UserPreferences.SolarHijri), "not-a-day", "week"));
    }
}
