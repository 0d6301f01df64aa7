using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Languages;

/// <summary>Rules of the fa pack for dates, places and types of incidents, each on an invented Persian sentence.</summary>
public class PersianIncidentRulesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    [Fact]
    public void Two_verb_final_clauses_joined_by_va_keep_their_own_date_and_place()
    {
        // Published on Wednesday 20 November 2019: Monday is the 18th, Tuesday the 19th.
        var result = Pipeline.Run("روز دوشنبه در کرج سه نفر بازداشت شدند و روز سه شنبه در قم مردم تجمع کردند.", new DateOnly(2019, 11, 20), "fa");

        var arrest = Assert.Single(result.Incidents, i => i.Type == IncidentType.Arrest);
        Assert.Equal("Karaj", arrest.Location?.Name);
        Assert.Equal("2019-11-18", arrest.Date?.ToString());
        var protest = Assert.Single(result.Incidents, i => i.Type == IncidentType.Protest);
        Assert.Equal("Qom", protest.Location?.Name);
        Assert.Equal("2019-11-19", protest.Date?.ToString());
    }

    [Fact]
    public void Killed_and_injured_in_one_place_stay_one_clause_sharing_the_place()
    {
        var result = Pipeline.Run("در اهواز دو نفر کشته شدند و ده نفر زخمی شدند.", new DateOnly(2019, 11, 20), "fa");

        Assert.Equal("Ahvaz", Assert.Single(result.Incidents, i => i.Type == IncidentType.Killing).Location?.Name);
        Assert.Equal("Ahvaz", Assert.Single(result.Incidents, i => i.Type == IncidentType.Injury).Location?.Name);
    }

    [Theory]
    [InlineData("پیشتر رسانه ها گزارش دادند که کامیونداران در یزد اعتصاب کردند.")]
    [InlineData("پیش‌تر رسانه ها گزارش دادند که کامیونداران در یزد اعتصاب کردند.")]
    [InlineData("قبلا خبرگزاری ها گزارش داده بودند که کامیونداران در یزد اعتصاب کردند.")]
    public void An_event_recalled_as_earlier_without_its_own_date_takes_the_month_before_publication_not_its_day(string body)
    {
        var result = Pipeline.Run(body, new DateOnly(2019, 11, 1), "fa");

        var strike = Assert.Single(result.Incidents);
        Assert.Equal(IncidentType.Strike, strike.Type);
        Assert.Equal("2019-10", strike.Date?.ToString());
    }

    [Fact]
    public void An_event_recalled_as_earlier_keeps_the_date_it_states()
    {
        var result = Pipeline.Run("پیشتر رسانه ها گزارش دادند که کامیونداران روز ۲۰ مهر در یزد اعتصاب کردند.", new DateOnly(2019, 11, 1), "fa");

        Assert.Equal("2019-10-12", Assert.Single(result.Incidents).Date?.ToString());
    }

    [Theory]
    [InlineData("اوایل مهر")]
    [InlineData("اواسط مهر")]
    [InlineData("اواخر مهر")]
    public void Early_mid_or_late_in_a_Solar_month_dates_the_month_and_is_no_place(string when)
    {
        // Mehr 1401 ran from 23 September to 22 October 2022; published in Aban 1401.
        var result = Pipeline.Run($"{when} در زاهدان ۱۰ نفر بازداشت شدند.", new DateOnly(2022, 11, 20), "fa");

        var arrest = Assert.Single(result.Incidents);
        Assert.Equal("Zahedan", arrest.Location?.Name);
        Assert.StartsWith("2022-", arrest.Date?.ToString(), StringComparison.Ordinal);
        Assert.NotEqual("2022-11-20", arrest.Date?.ToString());
    }

    [Theory]
    [InlineData("هفته گذشته")]
    [InlineData("هفته پیش")]
    [InlineData("هفته قبل")]
    public void Last_week_written_with_past_or_ago_is_the_Solar_week_before_publication(string when)
    {
        // Published Sunday 20 November 2022; the Solar week before ran Saturday 12 to Friday 18 November.
        var result = Pipeline.Run($"{when} در سقز راهپیمایی برگزار شد.", new DateOnly(2022, 11, 20), "fa");

        var protest = Assert.Single(result.Incidents);
        Assert.Equal(("2022-11-12", "2022-11-18"), (protest.Date?.ToString(), protest.DateEnd?.ToString()));
    }

    [Fact]
    public void A_count_of_days_ago_is_still_that_many_days()
    {
        var result = Pipeline.Run("۱۰ روز پیش در جوانرود پنج نفر کشته شدند.", new DateOnly(2022, 11, 20), "fa");

        Assert.Equal("2022-11-10", Assert.Single(result.Incidents).Date?.ToString());
    }

    [Fact]
    public void The_death_to_slogan_is_a_chant_not_a_killing()
    {
        var result = Pipeline.Run("معترضان دیشب در بیرجند در اعتراضات شبانه شعار مرگ بر دیکتاتور سر دادند.", new DateOnly(2022, 10, 1), "fa");

        Assert.DoesNotContain(result.Incidents, i => i.Type == IncidentType.Killing);
        Assert.Equal("Birjand", Assert.Single(result.Incidents, i => i.Type == IncidentType.Protest).Location?.Name);
    }

    [Theory]
    [InlineData("بازاریان در سراوان به مناسبت یاد و خاطره کشته‌شدگان دست به اعتصاب زدند.")]
    [InlineData("بازاریان در سراوان در سالگرد کشته شدن معترضان دست به اعتصاب زدند.")]
    public void Commemorating_the_dead_is_no_new_killing(string body)
    {
        var result = Pipeline.Run(body, new DateOnly(2022, 10, 1), "fa");

        var strike = Assert.Single(result.Incidents);
        Assert.Equal(IncidentType.Strike, strike.Type);
        Assert.Equal("Saravan", strike.Location?.Name);
    }

    [Theory]
    [InlineData("چابهار", "Chabahar")]
    [InlineData("شهرضا", "Shahreza")]
    [InlineData("ورامین", "Varamin")]
    [InlineData("نطنز", "Natanz")]
    public void Cities_whose_Persian_names_the_gazetteer_lacked_are_placed(string persian, string english)
    {
        var result = Pipeline.Run($"دیروز ده نفر در {persian} بازداشت شدند.", new DateOnly(2022, 10, 1), "fa");

        var arrest = Assert.Single(result.Incidents);
        Assert.Equal(english, arrest.Location?.Name);
        Assert.Equal(persian, arrest.Location?.LocalName);
    }
}
