using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction.Statements;

/// <summary>One statement per occasion, dated by when it was said, on hand-written news sentences.</summary>
public class StatementsStageOccasionTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    [Fact]
    public void The_same_speaker_again_in_a_paragraph_continues_one_statement()
    {
        var body = "Mayor Ali Karimi told reporters on Tuesday that the strike had ended. \"The workers have gone back to the mills,\" Karimi said.";

        var statement = Assert.Single(Pipeline.Run(body, new DateOnly(2023, 5, 11)).Statements);

        Assert.Equal("2023-05-09", statement.Date?.ToString());
        Assert.StartsWith("Mayor Ali Karimi told", statement.Evidence.Of(body), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_deep_in_the_reported_clause_dates_the_event_not_the_saying()
    {
        var body = "Police spokesman Reza Amini said gunmen attacked a checkpoint near Saravan on Friday.";

        var statement = Assert.Single(Pipeline.Run(body, new DateOnly(2023, 5, 11)).Statements);

        Assert.Null(statement.Date);
    }

    [Fact]
    public void A_date_close_after_the_verb_dates_the_saying()
    {
        var body = "Prosecutor Hamid Rahimi said in a televised interview on Monday that 40 people had been charged.";

        var statement = Assert.Single(Pipeline.Run(body, new DateOnly(2023, 5, 11)).Statements);

        Assert.Equal("2023-05-08", statement.Date?.ToString());
    }

    [Fact]
    public void Condemned_reports_speech()
    {
        var body = "Foreign Ministry spokesman Hadi Sadeghi on Monday condemned the new sanctions as illegal.";

        var statement = Assert.Single(Pipeline.Run(body, new DateOnly(2023, 5, 11)).Statements);

        Assert.Equal("Hadi Sadeghi", statement.Speaker);
    }
}
