using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Tests.Extraction.Dates;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData(2022, 9, 16, "2022-09-16")]
    [InlineData(622, 3, 9, "0622-03-09")]
    [InlineData(9999, 12, 31, "9999-12-31")]
    [InlineData(1, 1, 1, "0001-01-01")]
    public void Prints_a_day_as_four_year_digits_and_two_each_for_month_and_day(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, PartialDate.OfDay(new DateOnly(year, month, day)).ToString());
    }

    [Theory]
    [InlineData(2019, 11, "2019-11")]
    [InlineData(57, 1, "0057-01")]
    public void Prints_a_month_without_a_day(int year, int month, string expected)
    {
        Assert.Equal(expected, PartialDate.OfMonth(year, month).ToString());
    }

    [Theory]
    [InlineData(2017, "2017")]
    [InlineData(999, "0999")]
    public void Prints_a_year_alone(int year, string expected)
    {
        Assert.Equal(expected, PartialDate.OfYear(year).ToString());
    }

    [Fact]
    public void Reads_back_what_it_prints()
    {
        foreach (var date in new[] { PartialDate.OfDay(new DateOnly(2022, 9, 16)), PartialDate.OfMonth(2019, 11), PartialDate.OfYear(2017) })
        {
            Assert.Equal(date, PartialDate.Parse(date.ToString()));
        }
    }
}
