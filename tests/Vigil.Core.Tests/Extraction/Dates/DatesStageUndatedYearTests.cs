using Vigil.Core.Extraction;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Tests.Extraction.Dates;

/// <summary>
/// An undated report's day or month written without a year ("on 3rd January"): it takes a year the text ties to it — the
/// same month written before with its year, a year written before in its paragraph, a day or month written before with
/// its year — and otherwise says that its year is a guess, so incidents leave the date unknown. Invented texts, no
/// publication date.
/// </summary>
public class DatesStageUndatedYearTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();

    private static ExtractionResult Run(string body) => Pipeline.Run(body, null, "en");

    private static DateMention DateOf(ExtractionResult result, string body, string words) =>
        Assert.Single(result.Dates, d => d.Span.Of(body) == words);

    [Theory]
    [InlineData("The miners' strike of March 2020 spread fast.\n\nGuards beat two miners on 3 March.", "on 3 March", "2020-03-03")]
    [InlineData("Unrest returned in 2019.\n\nIn 2021 the teachers marched. Police arrested ten of them on 2 May.", "on 2 May", "2021-05-02")]
    [InlineData("Police detained a poet on 15 November 2019.\n\nOn 2 December, police detained her lawyer.", "On 2 December", "2019-12-02")]
    [InlineData("Students marched in February and March 2018.\n\nOn 19 February, police beat them.", "On 19 February", "2018-02-19")]
    public void A_year_the_text_ties_to_the_date_is_told(string body, string words, string expected)
    {
        var date = DateOf(Run(body), body, words);

        Assert.Equal((expected, false), (date.Start.ToString(), date.YearGuessed));
    }

    [Theory]
    [InlineData("Protests have recurred since 2017. The January 2018 uprising shook the regime.\n\nA drone strike killed the general on 3rd January.", "on 3rd January")]
    [InlineData("Rents have doubled since 2016.\n\nPolice arrested forty tenants on 9 April.", "on 9 April")]
    [InlineData("Workers walked out on 17 June.\n\nThe strike ended on 2 July 2022.", "on 17 June")]
    public void A_year_taken_from_elsewhere_in_the_report_is_a_guess(string body, string words)
    {
        Assert.True(DateOf(Run(body), body, words).YearGuessed);
    }

    [Fact]
    public void A_background_year_in_the_paragraph_does_not_beat_a_later_year_the_report_wrote()
    {
        var body = "Police detained a poet on 15 November 2019.\n\nThe monarchy, toppled in 1979, was invoked on 17 November.";

        Assert.Equal("2019-11-17", DateOf(Run(body), body, "on 17 November").Start.ToString());
    }

    [Fact]
    public void An_incident_dated_by_a_guessed_year_has_no_date_and_says_so()
    {
        var body = "Protests have recurred since 2017. The January 2018 uprising shook the regime.\n\nA drone strike killed the general on 3rd January.";

        var killing = Assert.Single(Run(body).Incidents, i => i.Type == IncidentType.Killing);

        Assert.Equal((null, DateSource.None), (killing.Date?.ToString(), killing.DateSource));
    }

    [Fact]
    public void The_day_of_a_date_with_a_guessed_year_is_still_no_count()
    {
        var body = "Rents have doubled since 2016.\n\nOn 17 November police arrested 200 tenants in Shiraz.";

        var arrest = Assert.Single(Run(body).Incidents, i => i.Type == IncidentType.Arrest);

        Assert.Equal(200, arrest.Arrested?.Min);
    }

    // An undated report is read twice, the second time with the anchor the first found; the second reading takes the
    // first's tokens instead of scanning the text again, so every line, quotation and bracket must reach it.
    [Fact]
    public void An_undated_report_with_its_date_on_the_page_reads_the_same_dates_as_one_published_that_day()
    {
        const string body = "Thursday, January 14, 2021\n\nSecurity forces arrested 12 students yesterday (Wednesday) in Tabriz.\n"
            + "\"We were beaten on Monday,\" one said; two were freed last week.\nOn 3 January, and again on 5–6 January, guards fired on crowds.\n\n"
            + "Three weeks ago, 1,500 workers struck; they plan to march next month [in February].";
        var undated = Run(body).Dates.Select(d => (d.Span.Of(body), d.Start.ToString(), d.End?.ToString())).ToList();
        var dated = Pipeline.Run(body, new DateOnly(2021, 1, 14), "en").Dates.Select(d => (d.Span.Of(body), d.Start.ToString(), d.End?.ToString())).ToList();

        Assert.True(undated.Count >= 8, string.Join(" | ", undated));
        Assert.Equal(dated, undated);
    }
}
