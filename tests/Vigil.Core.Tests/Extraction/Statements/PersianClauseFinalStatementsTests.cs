using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction.Statements;

/// <summary>Persian reported speech whose verb closes the clause, on invented sentences (published 20 November 2019).</summary>
public class PersianClauseFinalStatementsTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();
    private static readonly DateOnly Published = new(2019, 11, 20);

    [Fact]
    public void An_object_before_ra_is_not_part_of_the_speaker()
    {
        var result = Pipeline.Run("شورای تامین استان فارس تعداد کشته ها را ۱۰ نفر اعلام کرد.", Published, "fa");

        Assert.Equal("شورای تامین استان فارس", Assert.Single(result.Statements).Speaker);
    }

    [Fact]
    public void A_conjunction_after_the_speech_verb_closes_its_clause_and_a_kind_descriptor_is_left_out()
    {
        var result = Pipeline.Run("نهاد حکومتی شورای تامین استان فارس تعداد کشته ها را ۱۰ نفر اعلام کرد اما فعالان می گویند دست کم ۳۰ نفر کشته شدند.", Published, "fa");

        Assert.Equal("شورای تامین استان فارس", Assert.Single(result.Statements).Speaker);
    }

    [Fact]
    public void A_place_name_joined_by_va_stays_whole_in_the_speaker()
    {
        var result = Pipeline.Run("شورای تامین استان سیستان و بلوچستان تعداد کشته ها را ۱۰ نفر اعلام کرد.", Published, "fa");

        Assert.Equal("شورای تامین استان سیستان و بلوچستان", Assert.Single(result.Statements).Speaker);
    }

    [Fact]
    public void A_speaker_at_a_meeting_with_a_quotation_after_the_verb_and_no_ke()
    {
        var result = Pipeline.Run("کامبیز نوروزی در جلسه شورای شهر شیراز، گفته است در روز نخست اعتراضات «۱۰ محله درگیر» بودند.", Published, "fa");

        Assert.Equal("کامبیز نوروزی", Assert.Single(result.Statements).Speaker);
    }

    [Fact]
    public void A_view_reported_with_danestan_behind_a_frame_with_its_own_subject_is_dated_by_its_relative_day()
    {
        var result = Pipeline.Run("این بازداشت ها در حالیست که رئیس جمهوری ایران در سخنان دو روز پیش خود اعتراض را حق مردم دانسته بود.", Published, "fa");

        var statement = Assert.Single(result.Statements);
        Assert.Equal("رئیس جمهوری ایران", statement.Speaker);
        Assert.Equal("2019-11-18", statement.Date?.ToString());
    }

    [Fact]
    public void A_statement_is_not_dated_by_the_span_of_a_wave()
    {
        const string body = "با گذشت پنج روز از آغاز اعتراضها، وضعیت شهرها آرام نیست.\n"
            + "دادستان شیراز اعلام کرد که تا کنون ۴۰ نفر در شیراز بازداشت شدند.";
        var result = Pipeline.Run(body, Published, "fa");

        var statement = Assert.Single(result.Statements);
        Assert.Equal("دادستان شیراز", statement.Speaker);
        Assert.NotEqual("2019-11-16", statement.Date?.ToString());
    }
}
