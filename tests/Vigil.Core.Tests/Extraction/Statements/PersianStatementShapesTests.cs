using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction.Statements;

/// <summary>
/// The Persian statement shapes on invented sentences (published 20 November 2022): speakers known first by
/// their office, quotations before the speaker, titles, objects before «را». Speakers read in the folded text (ZWNJ as a space).
/// </summary>
public class PersianStatementShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();
    private static readonly DateOnly Published = new(2022, 11, 20);

    [Fact]
    public void An_office_named_in_the_next_paragraphs_continuation_is_that_person_and_one_statement()
    {
        var result = Pipeline.Run(
            "سخنگوی وزارت امور خارجه آلمان در نشست خبری روز دوشنبه اعدام این معترض را محکوم کرد و افزود: «این حکم ناعادلانه است.»\n\n"
            + "کریستوفر برگر افزود: «ما خواستار توقف اعدام‌ها هستیم.»", Published, "fa");

        var statement = Assert.Single(result.Statements);
        Assert.Equal("کریستوفر برگر", statement.Speaker);
        Assert.Equal("سخنگوی وزارت امور خارجه آلمان", statement.SpeakerRole);
        Assert.Equal(0, statement.Evidence.Start);
    }

    [Fact]
    public void A_known_person_continuing_an_office_holds_it()
    {
        var result = Pipeline.Run("وزیر کشور گفت: «ناآرامی‌ها پایان یافته است.» احمد وحیدی افزود: «عاملان دستگیر شده‌اند.»", Published, "fa");

        var statement = Assert.Single(result.Statements);
        Assert.Equal("احمد وحیدی", statement.Speaker);
        Assert.Equal("وزیر کشور", statement.SpeakerRole);
    }

    [Fact]
    public void A_name_given_the_office_in_an_apposition_later_names_the_office_quoted_alone()
    {
        var result = Pipeline.Run("دادستان تهران گفت: «پرونده‌ها به دادگاه رفته است.»\n\nعلی صالحی، دادستان تهران، روز سه‌شنبه گفت: «احکام صادر شد.»", Published, "fa");

        Assert.Equal(2, result.Statements.Length);
        Assert.All(result.Statements, s => Assert.Equal(("علی صالحی", "دادستان تهران"), (s.Speaker, s.SpeakerRole)));
    }

    [Fact]
    public void An_agency_followed_by_someone_adding_is_not_renamed()
    {
        var result = Pipeline.Run("خبرگزاری فارس گزارش داد که ده نفر در شیراز بازداشت شدند.\n\nعلی رضایی افزود: «این افراد آزاد خواهند شد.»", Published, "fa");

        Assert.Equal(["خبرگزاری فارس", "علی رضایی"], result.Statements.Select(s => s.Speaker));
    }

    [Fact]
    public void The_same_speaker_adding_paragraphs_later_with_nobody_between_is_one_statement()
    {
        var result = Pipeline.Run("دادستان تهران گفت: «پرونده‌ها به دادگاه رفته است.»\n\nده‌ها نفر در تهران بازداشت شدند.\n\nدادستان تهران افزود: «احکام به زودی صادر می‌شود.»", Published, "fa");

        Assert.Equal("دادستان تهران", Assert.Single(result.Statements).Speaker);
    }

    [Theory]
    [InlineData("«دشمنان در این اغتشاشات شکست خوردند»، علی خامنه‌ای گفت.")]
    [InlineData("«دشمنان در این اغتشاشات شکست خوردند.» این را علی خامنه‌ای گفت.")]
    public void A_quotation_before_its_speaker_is_what_they_said(string text)
    {
        var result = Pipeline.Run(text, Published, "fa");

        var statement = Assert.Single(result.Statements);
        Assert.Equal("علی خامنه ای", statement.Speaker);
        Assert.Equal("دشمنان در این اغتشاشات شکست خوردند", statement.Quote.TrimEnd('.'));
        Assert.Equal(0, statement.Evidence.Start);
    }

    [Theory]
    [InlineData("سازمان عفو بین‌الملل اعدام معترضان را محکوم کرد.", "سازمان عفو بین الملل")]
    [InlineData("سخنگوی وزارت خارجه فرانسه اعدام این معترض را محکوم کرد.", "سخنگوی وزارت خارجه فرانسه")]
    public void The_object_before_ra_is_cut_off_the_speaker(string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Pipeline.Run(text, Published, "fa").Statements).Speaker);
    }

    [Fact]
    public void An_adverb_between_speaker_and_verb_is_not_a_frame()
    {
        var result = Pipeline.Run("مسعود ستایشی همچنین گفت: «حکم اعدام پنج نفر صادر شد.»", Published, "fa");

        Assert.Equal("مسعود ستایشی", Assert.Single(result.Statements).Speaker);
    }

    [Theory]
    [InlineData("آیت‌الله احمد خاتمی گفت: «اغتشاشگران محارب هستند.»", "احمد خاتمی", "آیت الله")]
    [InlineData("مولوی عبدالحمید اسماعیل‌زهی گفت: «مسئولان باید محاکمه شوند.»", "عبدالحمید اسماعیل زهی", "مولوی")]
    [InlineData("سرتیپ کیومرث حیدری گفت: «ارتش آماده است.»", "کیومرث حیدری", "سرتیپ")]
    [InlineData("حجت‌الاسلام محمدمهدی حسینی همدانی، امام جمعه کرج، گفت: «اغتشاشگران باید مجازات شوند.»", "محمدمهدی حسینی همدانی", "امام جمعه کرج")]
    [InlineData("آقای احمد وحیدی گفت: «عاملان دستگیر شده‌اند.»", "احمد وحیدی", null)]
    public void A_title_is_left_out_of_the_name_and_kept_as_role_when_there_is_none(string text, string speaker, string? role)
    {
        var statement = Assert.Single(Pipeline.Run(text, Published, "fa").Statements);

        Assert.Equal((speaker, role), (statement.Speaker, statement.SpeakerRole));
    }

    [Fact]
    public void An_outlets_earlier_report_with_a_pluperfect_verb_is_its_statement()
    {
        var result = Pipeline.Run("پیشتر خبرگزاری ایسنا گزارش داده بود که ده نفر بازداشت شده‌اند.", Published, "fa");

        Assert.Equal("خبرگزاری ایسنا", Assert.Single(result.Statements).Speaker);
    }
}
