using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Tests.Extraction.Statements;

/// <summary>The statement rules for organisations and indirect speech, each on invented sentences.</summary>
public class StatementRulesTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static List<StatementMention> Run(string body, DateOnly? published = null) => [.. Pipeline.Run(body, published, "en").Statements];

    [Theory]
    [InlineData("The Kurdish Rights Network has released details of 41 arrests in the province.", "Kurdish Rights Network")]
    [InlineData("The Baloch Activists Campaign documented the deaths of 12 fuel porters last month.", "Baloch Activists Campaign")]
    [InlineData("The Kurdish Rights Network reported 41 arrests in the province.", "Kurdish Rights Network")]
    public void A_reporting_verb_with_findings_is_a_statement(string body, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Run(body)).Speaker);
    }

    [Theory]
    [InlineData("Police released the detainees on bail on Sunday.")]
    [InlineData("The court dismissed the case against the teachers.")]
    [InlineData("The court published the verdict on its website.")]
    public void A_reporting_verb_without_findings_is_no_statement(string body)
    {
        Assert.Empty(Run(body));
    }

    [Theory]
    [InlineData("The European Union called the crackdown a grave violation of human rights.", "European Union")]
    [InlineData("The Interior Ministry described the gatherings as riots organised from abroad.", "Interior Ministry")]
    [InlineData("The Interior Ministry dismissed the report as a fabrication of hostile media.", "Interior Ministry")]
    [InlineData("The Interior Ministry rejected the figures as exaggerated.", "Interior Ministry")]
    public void An_evaluative_verb_is_a_statement(string body, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Run(body)).Speaker);
    }

    [Fact]
    public void Called_for_stays_a_speech_verb_and_a_phone_call_is_none()
    {
        Assert.Single(Run("The Teachers Union called for the release of all detained teachers."));
        Assert.Empty(Run("She called at noon."));
    }

    [Fact]
    public void A_trailing_attribution_without_quotes_says_the_clause_before_it()
    {
        const string body = "Security forces fired tear gas at mourners in the town of Izeh, the Kurdish Rights Network said on Tuesday.";
        var statement = Assert.Single(Run(body, new DateOnly(2022, 11, 17)));
        Assert.Equal("Kurdish Rights Network", statement.Speaker);
        Assert.StartsWith("Security forces fired tear gas", statement.Quote, StringComparison.Ordinal);
        Assert.Equal("2022-11-15", statement.Date?.ToString());
    }

    [Fact]
    public void A_subordinate_clause_names_a_second_speaker()
    {
        const string body = "The United Nations called the executions arbitrary, while the Ministry of Justice of Iran called the verdicts lawful.";
        var speakers = Run(body).Select(s => s.Speaker).ToList();
        Assert.Contains("United Nations", speakers);
        Assert.Contains("Ministry of Justice of Iran", speakers);
    }

    [Fact]
    public void An_institution_named_by_its_common_noun_speaks_and_reported_there_were_is_reported_speech()
    {
        const string body = "Monitors reported there were at least 80 executions in the spring, while the government officially announced only 20 executions.";
        Assert.Contains(Run(body), s => s.Speaker == "government");
    }

    [Fact]
    public void An_undated_statement_takes_the_publication_day_marked_as_such_unless_the_options_say_otherwise()
    {
        const string body = "The Kurdish Rights Network said that 41 people were arrested in the province.";
        var published = Assert.Single(Run(body, new DateOnly(2021, 3, 4)));
        Assert.Equal(("2021-03-04", DateSource.Publication), (published.Date?.ToString(), published.DateSource));
        Assert.Equal((null, DateSource.None), (Assert.Single(Run(body)).Date, Assert.Single(Run(body)).DateSource));
        var textOnly = ExtractionPipeline.CreateDefault(new ExtractionOptions { Statements = new StatementsOptions { DateFromPublication = false } });
        Assert.Null(Assert.Single(textOnly.Run(body, new DateOnly(2021, 3, 4), "en").Statements).Date);
    }

    [Fact]
    public void A_statement_the_text_dates_keeps_its_day_as_text_and_a_remark_made_another_time_takes_no_publication_day()
    {
        var dated = Assert.Single(Run("On Monday, the Kurdish Rights Network said that 41 people were arrested in the province.", new DateOnly(2021, 3, 4)));
        Assert.Equal(("2021-03-01", DateSource.Text), (dated.Date?.ToString(), dated.DateSource));
        var earlier = Assert.Single(Run("The Kurdish Rights Network has previously said that 41 people were arrested in the province.", new DateOnly(2021, 3, 4)));
        Assert.Equal((null, DateSource.None), (earlier.Date, earlier.DateSource));
    }

    [Fact]
    public void An_event_told_in_an_undated_statement_is_not_dated_by_the_day_the_statement_took_from_publication()
    {
        var result = ExtractionPipeline.CreateDefault().Run("Amnesty International said that police arrested 12 people in Sanandaj.", new DateOnly(2021, 3, 4), "en");
        Assert.Equal(DateSource.Publication, Assert.Single(result.Statements).DateSource);
        Assert.Equal(DateSource.Publication, Assert.Single(result.Incidents).DateSource);
    }
}
