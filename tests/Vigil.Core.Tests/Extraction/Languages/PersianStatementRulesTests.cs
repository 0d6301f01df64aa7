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

    [Fact]
    public void Reported_speech_without_a_quotation_is_still_a_statement()
    {
        var result = Pipeline.Run("دادستان کرج روز دوشنبه اعلام کرد که ۲۰ نفر بازداشت شده اند.", new DateOnly(2022, 10, 4), "fa");

        var statement = Assert.Single(result.Statements);
        Assert.Contains("دادستان", statement.Speaker, StringComparison.Ordinal);
    }
}
