using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction.Languages;

/// <summary>Rules of the fa pack for statements, each on an invented Persian sentence.</summary>
public class PersianStatementRulesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    [Fact]
    public void A_quotation_introduced_by_a_clause_final_verb_and_a_colon_is_one_statement()
    {
        var result = Pipeline.Run("سخنگوی دولت روز دوشنبه در نشست خبری گفت: «دولت صدای معترضان را می‌شنود.»", new DateOnly(2022, 10, 4), "fa");

        var statement = Assert.Single(result.Statements);
        Assert.Equal("دولت صدای معترضان را می‌شنود.", statement.Quote);
        Assert.Equal("2022-10-03", statement.Date?.ToString());
    }

    [Theory]
    [InlineData("سخنگوی پلیس، محمد رحیمی، روز دوشنبه گفت: «نظم برقرار است.»")]
    [InlineData("محمد رحیمی، سخنگوی پلیس، روز دوشنبه گفت: «نظم برقرار است.»")]
    public void The_person_named_in_an_apposition_is_the_speaker_and_the_office_their_role(string body)
    {
        var result = Pipeline.Run(body, new DateOnly(2022, 11, 20), "fa");

        var statement = Assert.Single(result.Statements);
        Assert.Equal(("محمد رحیمی", "سخنگوی پلیس"), (statement.Speaker, statement.SpeakerRole));
    }

    [Fact]
    public void Reported_speech_without_a_quotation_is_still_a_statement()
    {
        var result = Pipeline.Run("دادستان کرج روز دوشنبه اعلام کرد که ۲۰ نفر بازداشت شده اند.", new DateOnly(2022, 10, 4), "fa");

        var statement = Assert.Single(result.Statements);
        Assert.Contains("دادستان", statement.Speaker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("معترضان اظهارات اخیر حسن روحانی که اعتراض را حق مردم دانسته بود به سخره گرفتند.", "حسن روحانی", "2022-10", DateSource.Text)] // recent: the month of publication
    [InlineData("دانشجویان سخنان محمد رحیمی درباره بازداشت ها را نپذیرفتند.", "محمد رحیمی", "2022-10-27", DateSource.Publication)] // undated: the publication day stands in
    public void A_persons_remarks_named_by_a_noun_of_speech_are_their_statement(string body, string speaker, string date, DateSource source)
    {
        var result = Pipeline.Run(body, new DateOnly(2022, 10, 27), "fa");

        var statement = Assert.Single(result.Statements);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal((date, source), (statement.Date?.ToString(), statement.DateSource));
    }

    [Theory]
    [InlineData("معترضان اظهارات اخیر مقامات را به سخره گرفتند.")] // no one named
    [InlineData("سخنان علی در جمع دوستانش شنیده شد.")] // a first name alone
    public void Remarks_of_no_named_person_are_no_statement(string body)
    {
        var result = Pipeline.Run(body, new DateOnly(2022, 10, 27), "fa");

        Assert.Empty(result.Statements);
    }

    [Fact]
    public void The_same_speaker_going_on_with_a_continuing_verb_is_one_statement()
    {
        var result = Pipeline.Run("سخنگوی پلیس روز دوشنبه در نشست خبری اعلام کرد که ۲۰ نفر در تهران بازداشت شدند.\n\nسخنگوی پلیس افزود که بازداشت شدگان به زودی آزاد می شوند.", new DateOnly(2022, 10, 4), "fa");

        var statement = Assert.Single(result.Statements);
        Assert.Equal("سخنگوی پلیس", statement.Speaker);
        Assert.Equal("2022-10-03", statement.Date?.ToString());
    }

    [Fact]
    public void Another_speaker_after_a_statement_is_a_statement_of_its_own()
    {
        var result = Pipeline.Run("سخنگوی پلیس روز دوشنبه در نشست خبری اعلام کرد که ۲۰ نفر در تهران بازداشت شدند.\n\nدادستان تهران افزود که بازداشت شدگان به زودی محاکمه می شوند.", new DateOnly(2022, 10, 4), "fa");

        Assert.Equal(["سخنگوی پلیس", "دادستان تهران"], result.Statements.Select(s => s.Speaker));
    }
}
