using Vigil.Storage.Users;
using Vigil.Web.Localization;

namespace Vigil.Web.Tests.Localization;

public sealed class DateDisplayTests
{
    private static readonly DateOnly Mahsa = new(2022, 9, 16);

    [Fact]
    public void English_Gregorian_reads_as_ISO_as_before()
    {
        var display = new DateDisplay(persian: false, UserPreferences.Gregorian);
        Assert.Equal("2022-09-16", display.Day(Mahsa));
        Assert.Equal("2022-09-16 – 2022-09-18", display.Range("2022-09-16", "2022-09-18"));
        Assert.Equal("2022-09", display.Partial("2022-09"));
        Assert.Equal("1,500", display.Number(1500));
    }

    [Fact]
    public void Solar_Hijri_days_with_Persian_month_names_and_digits_in_the_Persian_interface()
    {
        var display = new DateDisplay(persian: true, UserPreferences.SolarHijri);
        Assert.Equal("۲۵ شهریور ۱۴۰۱", display.Day(Mahsa));
        Assert.Equal("۲۵ آبان ۱۳۹۸", display.Partial("2019-11-16"));
        Assert.Equal("۱۴۰۱/۰۶/۲۵", display.Input(Mahsa));
        Assert.Equal("۱٬۵۰۰", display.Number(1500));
        Assert.Equal("۱۲:۰۵", display.Moment(new DateTime(2022, 9, 16, 12, 5, 0, DateTimeKind.Utc)).Split(' ')[^1]);
    }

    [Fact]
    public void Solar_Hijri_in_English_and_Gregorian_in_Persian_are_each_a_choice()
    {
        Assert.Equal("25 Shahrivar 1401", new DateDisplay(persian: false, UserPreferences.SolarHijri).Day(Mahsa));
        Assert.Equal("۱۶ سپتامبر ۲۰۲۲", new DateDisplay(persian: true, UserPreferences.Gregorian).Day(Mahsa));
        Assert.Equal("سپتامبر ۲۰۲۲", new DateDisplay(persian: true, UserPreferences.Gregorian).Partial("2022-09"));
    }

    [Theory]
    [InlineData("2022-09-16")]
    [InlineData("2022/9/16")]
    [InlineData("16.09.2022")]
    [InlineData("1401-06-25")]
    [InlineData("۱۴۰۱/۰۶/۲۵")]
    [InlineData("٢٥-٠٦-١٤٠١")]
    [InlineData("25 Shahrivar 1401")]
    [InlineData("۲۵ شهریور ۱۴۰۱")]
    [InlineData("16 September 2022")]
    [InlineData("Sep 16 2022")]
    [InlineData("۱۶ سپتامبر ۲۰۲۲")]
    public void A_date_typed_in_either_calendar_is_understood(string typed)
    {
        Assert.True(DateDisplay.TryParse(typed, out var date));
        Assert.Equal(Mahsa, date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("1401-12-31")] // 1401 is not a leap year: Esfand has 29 days
    [InlineData("2022-02-30")]
    [InlineData("31 Mehr 1401")] // the second half of the Solar year has 30-day months
    [InlineData("12345-01-01")]
    public void What_is_not_a_real_day_is_not_a_date(string typed) => Assert.False(DateDisplay.TryParse(typed, out _));

    [Theory]
    [InlineData("1401-12-31", true, 1401, 12, 31, 29)] // Esfand of a common year
    [InlineData("۳۰/۱۲/۱۴۰۱", true, 1401, 12, 30, 29)]
    [InlineData("31 Mehr 1401", true, 1401, 7, 31, 30)]
    [InlineData("2022-02-30", false, 2022, 2, 30, 28)]
    public void A_day_past_its_months_end_names_the_month_and_its_length(string typed, bool solar, int year, int month, int day, int days) =>
        Assert.Equal(new DateDisplay.ShortMonth(solar, year, month, day, days), DateDisplay.MonthTooShort(typed));

    [Theory]
    [InlineData("1401-06-30")] // a real day
    [InlineData("1401-13-01")] // no 13th month
    [InlineData("1401-12-45")] // no month has 45 days
    [InlineData("yesterday")]
    public void Only_a_slip_past_a_months_end_is_a_short_month(string typed) => Assert.Null(DateDisplay.MonthTooShort(typed));

    [Fact]
    public void A_Solar_month_starts_on_its_first_day_in_the_Gregorian_calendar()
    {
        var solar = new DateDisplay(persian: true, UserPreferences.SolarHijri);
        var gregorian = new DateDisplay(persian: false, UserPreferences.Gregorian);

        Assert.Equal(new DateOnly(2022, 9, 23), solar.MonthStart(new DateOnly(2022, 10, 22))); // 30 Mehr 1401 → 1 Mehr
        Assert.Equal(new DateOnly(2022, 8, 23), solar.MonthStart(new DateOnly(2022, 9, 22))); // 31 Shahrivar → 1 Shahrivar
        Assert.Equal(new DateOnly(2023, 2, 20), solar.MonthStart(new DateOnly(2023, 3, 20))); // 29 Esfand 1401 → 1 Esfand
        Assert.Equal(new DateOnly(2022, 10, 1), gregorian.MonthStart(new DateOnly(2022, 10, 22)));
        Assert.Equal("مهر ۱۴۰۱", solar.Month(new DateOnly(2022, 9, 23)));
        Assert.Equal("Oct 2022", gregorian.Month(new DateOnly(2022, 10, 1)));
    }

    [Fact]
    public void The_pickers_year_table_matches_the_servers_calendar()
    {
        // 1 Farvardin 1300 was 21 March 1921; 1399 and 1403 are leap years, 1401 is not.
        Assert.Equal("1921-03-21", SolarPicker.Nowruz);
        Assert.Equal(SolarPicker.ToYear - SolarPicker.FromYear + 1, SolarPicker.YearLengths.Length);
        Assert.Equal('6', SolarPicker.YearLengths[1399 - SolarPicker.FromYear]);
        Assert.Equal('5', SolarPicker.YearLengths[1401 - SolarPicker.FromYear]);
        Assert.Equal('6', SolarPicker.YearLengths[1403 - SolarPicker.FromYear]);
    }

    [Fact]
    public void Every_day_of_a_Solar_year_reads_back_as_it_is_shown()
    {
        var display = new DateDisplay(persian: true, UserPreferences.SolarHijri);
        for (var day = new DateOnly(2022, 3, 21); day < new DateOnly(2023, 3, 21); day = day.AddDays(1))
        {
            Assert.True(DateDisplay.TryParse(display.Input(day), out var back));
            Assert.Equal(day, back);
            Assert.True(DateDisplay.TryParse(display.Day(day), out back));
            Assert.Equal(day, back);
        }
    }
}
