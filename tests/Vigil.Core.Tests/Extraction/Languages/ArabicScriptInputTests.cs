using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Languages;

/// <summary>
/// Bad input in Arabic script (the last section): Arabic or Urdu declared Persian, Persian typed with Arabic
/// letters or without any ZWNJ, stray letters, Persian digits inside Latin words. Decided by script statistics.
/// </summary>
public class ArabicScriptInputTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();
    private static readonly DateOnly Published = new(2022, 11, 20);

    [Theory]
    [InlineData("اعتقلت قوات الأمن عشرة متظاهرين في مدينة مشهد يوم الاثنين، وقالت منظمة حقوقية إن الاحتجاجات مستمرة.", "ar")]
    [InlineData("پولیس نے مشہد میں دس مظاہرین کو گرفتار کر لیا ہے اور حکام نے کہا کہ احتجاج جاری رہے گا۔", "ur")]
    public void Arabic_or_Urdu_declared_Persian_is_not_run_through_the_Persian_pack_and_the_note_says_why(string body, string read)
    {
        var result = Pipeline.Run(body, Published, "fa");

        Assert.Equal(read, result.Language);
        Assert.Equal($"declared fa, but its letters read as {read}: no extraction for language {read}", result.Note);
        Assert.Empty(result.Incidents);
        Assert.Empty(result.Statements);
    }

    [Fact]
    public void An_Arabic_text_with_a_Persian_name_is_still_Arabic()
    {
        var result = Pipeline.Run("اعتقلت قوات الأمن عشرة متظاهرين في مدينة مشهد يوم الاثنين بحضور السيد پرویز.", Published, null);

        Assert.Equal("ar", result.Language);
    }

    [Theory]
    [InlineData("ماموران امنيتي روز دوشنبه در مشهد ۱۲ معترض را بازداشت كردند.")] // Arabic ي and ك, no پ چ ژ گ
    [InlineData("ماموران امنیتی روز دوشنبه در مشهد ۱۲ معترض را بازداشت کردند. ھ")] // one stray Urdu-looking letter
    public void Persian_with_Arabic_letters_or_a_stray_letter_stays_Persian_and_is_extracted(string body)
    {
        var result = Pipeline.Run(body, Published, "fa");

        Assert.Equal("fa", result.Language);
        Assert.Null(result.Note);
        var arrest = Assert.Single(result.Incidents);
        Assert.Equal((IncidentType.Arrest, 12, "Mashhad"), (arrest.Type, arrest.Arrested?.Min, arrest.Location?.Name));
    }

    [Fact]
    public void Text_without_any_zwnj_reads_as_the_text_with_them()
    {
        var without = Pipeline.Run("ماموران امنیتی میگویند ۱۲ معترض در مشهد بازداشت شدند و دو نفر زخمی شدهاند.", Published, "fa");
        var with = Pipeline.Run("ماموران امنیتی می‌گویند ۱۲ معترض در مشهد بازداشت شدند و دو نفر زخمی شده‌اند.", Published, "fa");

        Assert.Equal(
            with.Incidents.Select(i => (i.Type, i.Arrested?.Min, i.Injured?.Min, i.Location?.Name)),
            without.Incidents.Select(i => (i.Type, i.Arrested?.Min, i.Injured?.Min, i.Location?.Name)));
        Assert.Equal(2, without.Incidents.Length);
    }

    [Fact]
    public void Persian_digits_inside_a_Latin_word_are_not_a_count()
    {
        var result = Pipeline.Run("کاربر user۱۲ نوشت ۵ معترض در تهران بازداشت شدند.", Published, "fa");

        Assert.Equal(5, Assert.Single(result.Incidents).Arrested?.Min);
    }
}
