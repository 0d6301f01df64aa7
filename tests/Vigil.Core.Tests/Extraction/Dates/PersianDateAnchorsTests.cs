using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Dates;

/// <summary>
/// Persian dates told by elapsed time («با گذشت سه روز از آغاز …»، «در دهمین روز پس از …») and by the wave a report
/// follows («در پنجمین روز اعتراضها»، «تا کنون»), on invented sentences published Wednesday 20 November 2019.
/// </summary>
public class PersianDateAnchorsTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();
    private static readonly DateOnly Published = new(2019, 11, 20);

    [Fact]
    public void Days_since_the_start_date_the_start_counting_its_first_day_as_day_one()
    {
        var result = Pipeline.Run("پس از گذشت سه روز از آغاز تجمع کارگران در اهواز، ماموران ۱۲ نفر را در اهواز بازداشت کردند.", Published, "fa");

        var protest = Assert.Single(result.Incidents, i => i.Type == IncidentType.Protest);
        Assert.Equal("2019-11-18", protest.Date?.ToString());
    }

    [Fact]
    public void An_elapsed_date_governs_only_the_words_after_it_up_to_the_clause_end()
    {
        var result = Pipeline.Run("پس از گذشت سه روز از آغاز تجمع کارگران در اهواز، ماموران ۱۲ نفر را در اهواز بازداشت کردند.", Published, "fa");

        var arrest = Assert.Single(result.Incidents, i => i.Type == IncidentType.Arrest);
        Assert.Equal("2019-11-20", arrest.Date?.ToString());
        Assert.Equal(12, arrest.Arrested?.Min);
    }

    [Fact]
    public void About_a_month_since_dates_the_month()
    {
        var result = Pipeline.Run("با گذشت نزدیک به یک ماه از اعتصاب معلمان در شیراز، هنوز پاسخی داده نشده است.", Published, "fa");

        var strike = Assert.Single(result.Incidents, i => i.Type == IncidentType.Strike);
        Assert.Equal("2019-10", strike.Date?.ToString());
    }

    [Fact]
    public void The_nth_day_after_an_event_dates_the_event_that_many_days_back_and_not_the_main_clause()
    {
        var result = Pipeline.Run("در دهمین روز پس از اعدام نوید در شیراز، معلمان در شیراز تجمع کردند.", Published, "fa");

        Assert.Equal("2019-11-10", Assert.Single(result.Incidents, i => i.Type == IncidentType.Execution).Date?.ToString());
        Assert.Equal("2019-11-20", Assert.Single(result.Incidents, i => i.Type == IncidentType.Protest).Date?.ToString());
    }

    [Fact]
    public void A_compound_ordinal_counts_tens_and_units()
    {
        var result = Pipeline.Run("در بیست و یکمین روز پس از اعدام نوید در شیراز، معلمان در شیراز تجمع کردند.", Published, "fa");

        Assert.Equal("2019-10-30", Assert.Single(result.Incidents, i => i.Type == IncidentType.Execution).Date?.ToString());
    }

    // «تا کنون» (so far); «در روزهای اخیر» (in recent days) opens with «در», a word most sentences hold: the phrase, not its
    // first word, dates.
    [Theory]
    [InlineData("دادستان شیراز اعلام کرد که تا کنون ۴۰ نفر در شیراز بازداشت شدند.")]
    [InlineData("در شیراز و در روزهای اخیر ۴۰ نفر بازداشت شدند.")]
    public void A_recent_phrase_in_a_report_that_told_the_wave_start_spans_the_wave_to_publication(string sentence)
    {
        var body = "با گذشت پنج روز از آغاز اعتراضها، وضعیت شهرها آرام نیست.\n" + sentence;
        var result = Pipeline.Run(body, Published, "fa");

        var arrest = Assert.Single(result.Incidents, i => i.Type == IncidentType.Arrest);
        Assert.Equal("2019-11-16", arrest.Date?.ToString());
        Assert.Equal("2019-11-20", arrest.DateEnd?.ToString());
    }

    [Fact]
    public void The_nth_day_of_the_protests_counts_from_the_wave_start()
    {
        const string body = "با گذشت پنج روز از آغاز اعتراضها، وضعیت شهرها آرام نیست.\n"
            + "در سومین روز اعتراضها سه نفر در مشهد کشته شدند.";
        var result = Pipeline.Run(body, Published, "fa");

        Assert.Equal("2019-11-18", Assert.Single(result.Incidents, i => i.Type == IncidentType.Killing).Date?.ToString());
    }

    [Fact]
    public void So_far_without_a_wave_start_adds_no_date()
    {
        var result = Pipeline.Run("دادستان شیراز اعلام کرد که تا کنون ۴۰ نفر در شیراز بازداشت شدند.", Published, "fa");

        Assert.Empty(result.Dates);
    }

    [Fact]
    public void A_date_before_the_trigger_in_a_clause_ending_in_a_speech_verb_is_the_date_of_saying()
    {
        const string body = "با گذشت پنج روز از آغاز اعتراضها، وضعیت شهرها آرام نیست.\n"
            + "سخنگوی پلیس روز دوشنبه ۲۷ آبان از بازداشت ۲۰ نفر در حوادث اخیر در تبریز خبر داد.";
        var result = Pipeline.Run(body, Published, "fa");

        var arrest = Assert.Single(result.Incidents, i => i.Type == IncidentType.Arrest);
        Assert.Equal("2019-11-16", arrest.Date?.ToString());
        Assert.Equal("2019-11-20", arrest.DateEnd?.ToString());
    }

    [Fact]
    public void An_English_report_gets_no_anchored_dates()
    {
        var result = Pipeline.Run("Five days after the start of the protests, 40 people were arrested in Shiraz so far.", Published, "en");

        Assert.Empty(result.Dates);
    }

    [Fact]
    public void An_undated_event_in_a_report_that_follows_a_wave_is_dated_within_the_wave()
    {
        const string body = "با گذشت پنج روز از آغاز اعتراضها، دادستان اعلام کرد که تا کنون ۴۰ نفر بازداشت شدند.\n"
            + "همچنین گزارش شده که در شهر یزد ۱۰ نفر بازداشت شدند.";
        var result = Pipeline.Run(body, Published, "fa");

        var yazd = Assert.Single(result.Incidents, i => i.Type == IncidentType.Arrest && i.Location?.Name == "Yazd");
        Assert.Equal("2019-11-16", yazd.Date?.ToString());
        Assert.Equal("2019-11-20", yazd.DateEnd?.ToString());
    }

    [Fact]
    public void An_undated_event_in_a_report_without_a_wave_keeps_the_publication_day()
    {
        var result = Pipeline.Run("همچنین گزارش شده که در شهر یزد ۱۰ نفر بازداشت شدند.", Published, "fa");

        var yazd = Assert.Single(result.Incidents, i => i.Type == IncidentType.Arrest);
        Assert.Equal("2019-11-20", yazd.Date?.ToString());
        Assert.Null(yazd.DateEnd);
    }

    [Fact]
    public void A_month_name_inside_a_date_is_not_a_place()
    {
        var result = Pipeline.Run("ماموران روز جمعه ۸ مهر ۱۴۰۱ در زاهدان ۱۰ نفر را کشتند.", Published, "fa");

        var place = Assert.Single(result.Places);
        Assert.Equal("Zahedan", place.Place.Name);
    }

    [Fact]
    public void A_day_named_for_an_event_is_not_a_weekday()
    {
        var result = Pipeline.Run("معترضان در سالگرد «جمعه خونین» در زاهدان تجمع کردند.", Published, "fa");

        Assert.Empty(result.Dates);
    }
}
