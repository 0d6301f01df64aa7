using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction;

namespace Vigil.Core.Tests.Extraction.Statements;

/// <summary>Statement shapes found on reports nobody tuned on (session 23), each on invented sentences.</summary>
public sealed class StatementsUnseenShapesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    [Fact]
    public void The_same_person_paragraphs_later_goes_on_with_one_statement()
    {
        var body = "Union spokesperson Maryam Sadeghi said that the strike in Arak had ended.\n\n"
            + "The factory reopened its gates.\n\n"
            + "The workers were paid their wages.\n\n"
            + "\"We will watch the management closely,\" Sadeghi said.";

        var statement = Assert.Single(Pipeline.Run(body, new DateOnly(2023, 5, 11), "en").Statements);

        Assert.Equal("Maryam Sadeghi", statement.Speaker);
    }

    [Fact]
    public void A_remark_said_to_be_earlier_stays_a_statement_of_its_own()
    {
        var body = "Union spokesperson Maryam Sadeghi said that the strike in Arak had ended.\n\n"
            + "The factory reopened its gates.\n\n"
            + "In an earlier interview, Sadeghi said that the workers had not been paid for months.";

        Assert.Equal(2, Pipeline.Run(body, new DateOnly(2023, 5, 11), "en").Statements.Length);
    }

    [Fact]
    public void An_organisation_between_commas_before_the_verb_is_the_speaker()
    {
        var body = "Reports that dozens of teachers were detained in Shiraz are alarming, the Office of the Teachers' Ombudsman (OTO), said on Monday.";

        var statement = Assert.Single(Pipeline.Run(body, new DateOnly(2023, 5, 11), "en").Statements);

        Assert.StartsWith("Office of the Teachers", statement.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Reiterated_reports_speech()
    {
        var body = "The Kurdish Rights Network reiterated that 41 people were arrested in Sanandaj.";

        var statement = Assert.Single(Pipeline.Run(body, new DateOnly(2023, 5, 11), "en").Statements);

        Assert.Equal("Kurdish Rights Network", statement.Speaker);
    }

    [Fact]
    public void A_date_that_starts_a_period_before_the_speaker_does_not_date_the_saying()
    {
        var body = "Citing local reports since the strike began last Monday, union spokesperson Maryam Sadeghi said that 40 workers were detained.";

        var statement = Assert.Single(Pipeline.Run(body, new DateOnly(2023, 5, 11), "en").Statements);

        // Undated by the text: the publication day stands in, and says so.
        Assert.Equal(("2023-05-11", DateSource.Publication), (statement.Date?.ToString(), statement.DateSource));
    }

    [Fact]
    public void An_undated_remark_joins_a_dated_one_only_of_the_publication_day()
    {
        var body = "Union spokesperson Maryam Sadeghi said on Tuesday that the strike in Arak had ended.\n\n"
            + "The factory reopened its gates.\n\n"
            + "\"We will watch the management closely,\" Sadeghi said.";

        Assert.Equal(2, Pipeline.Run(body, new DateOnly(2023, 5, 11), "en").Statements.Length);
        Assert.Single(Pipeline.Run(body, new DateOnly(2023, 5, 9), "en").Statements);
    }
}
