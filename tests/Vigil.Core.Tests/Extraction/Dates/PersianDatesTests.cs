using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction.Dates;

/// <summary>Persian date expressions through the fa pack, resolved against an invented publication date.</summary>
public class PersianDatesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    // Published Wednesday 20 November 2019 (29 Aban 1398).
    private static readonly DateOnly Published = new(2019, 11, 20);

    [Theory]
    [InlineData("معترضان ۲۵ آبان ۱۳۹۸ در خیابان ها بودند.", "2019-11-16")]
    [InlineData("معترضان 25 آبان 1398 در خیابان ها بودند.", "2019-11-16")]
    [InlineData("معترضان روز ۲۴ آبان در خیابان ها بودند.", "2019-11-15")]
    [InlineData("معترضان دوشنبه ۲۷ آبان در خیابان ها بودند.", "2019-11-18")]
    [InlineData("معترضان روز سه شنبه ۲۸ آبان در خیابان ها بودند.", "2019-11-19")]
    [InlineData("معترضان دیروز در خیابان ها بودند.", "2019-11-19")]
    [InlineData("معترضان امروز در خیابان ها بودند.", "2019-11-20")]
    [InlineData("معترضان روز گذشته در خیابان ها بودند.", "2019-11-19")]
    [InlineData("معترضان پریروز در خیابان ها بودند.", "2019-11-18")]
    [InlineData("معترضان سه روز پیش در خیابان ها بودند.", "2019-11-17")]
    [InlineData("معترضان ۳ روز پیش در خیابان ها بودند.", "2019-11-17")]
    [InlineData("معترضان هفته گذشته در خیابان ها بودند.", "2019-11")]
    [InlineData("معترضان ماه گذشته در خیابان ها بودند.", "2019-10")]
    [InlineData("معترضان ۱۶ نوامبر ۲۰۱۹ در خیابان ها بودند.", "2019-11-16")]
    [InlineData("معترضان در سال ۱۳۹۸ در خیابان ها بودند.", "2019")]
    public void Reads_a_Persian_date_as_its_Gregorian_day(string body, string expected)
    {
        var result = Pipeline.Run(body, Published, "fa");
        var date = Assert.Single(result.Dates);
        Assert.StartsWith(expected, date.Start.ToString());
    }

    [Fact]
    public void A_Solar_range_keeps_both_ends()
    {
        var result = Pipeline.Run("اعتراضات از ۲۴ تا ۲۷ آبان ادامه داشت.", Published, "fa");
        var date = Assert.Single(result.Dates);
        Assert.Equal("2019-11-15", date.Start.ToString());
        Assert.Equal("2019-11-18", date.End?.ToString());
    }

    [Fact]
    public void An_English_report_reads_a_transliterated_Solar_date()
    {
        var result = Pipeline.Run("Protesters gathered on 25 Aban 1398 in Shiraz.", Published, "en");
        Assert.Equal("2019-11-16", Assert.Single(result.Dates).Start.ToString());
    }
}
