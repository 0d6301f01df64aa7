using Vigil.Core.Extraction.Dates;
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

    [Theory]
    [InlineData("On November 13, a court sentenced one protester to death, according to state media. On December 1, state media reported that three children were on trial.", "2022-11-13", "2022-12-01")]
    [InlineData("State media said on Monday that five people were arrested in Tabriz. State media reported on Thursday that two of them were released.", "2023-03-20", "2023-03-16")]
    [InlineData("Hengaw said on 2 March that a teacher was detained in Bukan. On 9 March Hengaw reported that she had been released.", "2023-03-02", "2023-03-09")]
    public void The_same_speaker_on_another_day_in_a_paragraph_makes_another_statement(string body, string first, string second)
    {
        var statements = Pipeline.Run(body, new DateOnly(2023, 3, 20)).Statements;

        Assert.Equal([first, second], statements.Select(s => s.Date?.ToString()));
    }

    [Fact]
    public void A_date_deep_in_the_reported_clause_dates_the_event_not_the_saying()
    {
        var body = "Police spokesman Reza Amini said gunmen attacked a checkpoint near Saravan on Friday.";

        var statement = Assert.Single(Pipeline.Run(body, new DateOnly(2023, 5, 11)).Statements);

        // Undated by the text: the publication day stands in, and says so.
        Assert.Equal(("2023-05-11", DateSource.Publication), (statement.Date?.ToString(), statement.DateSource));
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
