using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Statements;

/// <summary>"X expressed concern / alarm / regret at …", "X slammed the sanctions", the way UN bodies, ministries, governments
/// and rights groups state a position: a statement whose words are its object (as "condemned"), invented sentences.</summary>
public sealed class PositionVerbStatementsTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static Vigil.Core.Extraction.Statements.StatementMention[] Run(string body) =>
        [.. Pipeline.Run(body, new DateOnly(2022, 10, 5), "en").Statements];

    [Fact]
    public void An_office_that_expressed_alarm_at_something_made_a_statement()
    {
        var statement = Assert.Single(Run("The UN High Commissioner for Human Rights expressed alarm at the arrests of lawyers in Tabriz."));

        Assert.Equal("UN High Commissioner for Human Rights", statement.Speaker);
        Assert.StartsWith("alarm at the arrests", statement.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_released_on_a_weekday_by_an_organisation_that_expressed_sympathy_is_dated_that_day()
    {
        var statement = Assert.Single(Run("In a statement released on Thursday, the Revolutionary Guards expressed sympathy with the families."));

        Assert.Equal("Revolutionary Guards", statement.Speaker);
        Assert.Equal("2022-09-29", statement.Date?.ToString());
    }

    [Fact]
    public void Protesters_who_expressed_their_anger_are_not_speakers()
    {
        Assert.Empty(Run("Protesters expressed their anger by burning tyres in the streets of Kerman."));
    }

    [Fact]
    public void A_government_named_by_its_capital_that_slammed_something_made_a_statement()
    {
        var statement = Assert.Single(Run("Tehran has slammed the new sanctions, saying they break international law."));

        Assert.Equal("Tehran", statement.Speaker);
        Assert.Contains("break international law", statement.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vehicle_that_slammed_into_a_crowd_is_no_speaker()
    {
        Assert.Empty(Run("A police van slammed into a crowd of protesters in Ahvaz."));
    }
}
