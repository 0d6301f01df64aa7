using Vigil.Storage.Incidents;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>
/// A date filter read from the search table (<see cref="SearchDates"/>): which edited incidents its read takes by the stored
/// (effective) start date and the machine end date, which of those it leaves out, and which it leaves to a look-up (no database
/// needed; the answers against the database are in <c>NewestIncidentsTests</c>).
/// </summary>
public sealed class SearchDatesTests
{
    private static readonly EffectiveFilter Year2022 = new(From: new DateOnly(2022, 1, 1), To: new DateOnly(2022, 12, 31));

    [Fact]
    public void A_re_dated_incident_the_read_takes_in_its_new_place_is_neither_left_out_nor_looked_up()
    {
        var within = Edited("2022-03-10", "2022-03-10", """{"date":"2022-06-01"}""");
        var intoTheYear = Edited("2020-05-01", "2020-05-01", """{"date":"2022-03-03"}""");
        var outOfTheYear = Edited("2022-06-01", "2022-06-01", """{"date":"2019-01-01"}""");
        var laterOutOfTheYear = Edited("2022-12-20", "2022-12-20", """{"date":"2023-01-05"}""");
        var endMovedIn = Edited("2021-12-10", "2021-12-10", """{"date_end":"2022-01-15"}""");
        var startMovedBackAcross = Edited("2022-01-05", "2022-01-05", """{"date":"2021-12-31","date_end":"2022-01-05"}""");
        var startMovedFarBack = Edited("2022-01-05", "2022-01-05", """{"date":"2021-11-01","date_end":"2022-01-05"}""");
        var placeOnly = Edited("2022-04-04", "2022-04-04", """{"place":"Karaj"}""");

        var dates = SearchDates.Of(Year2022, [within, intoTheYear, outOfTheYear, laterOutOfTheYear, endMovedIn, startMovedBackAcross, startMovedFarBack, placeOnly], longestSpan: 30);

        // Read where the table stores them: an editor's start in the year (the machine end does not matter once the start is in
        // it), or a start moved back across the year's first day within the longest span, whose machine end is in the year.
        Assert.True(dates.Reads(within) && dates.Reads(intoTheYear) && dates.Reads(placeOnly) && dates.Reads(startMovedBackAcross));
        // Not read (stored start outside, before the year with a machine end before it, or further back than the longest span).
        Assert.False(dates.Reads(outOfTheYear) || dates.Reads(laterOutOfTheYear) || dates.Reads(endMovedIn) || dates.Reads(startMovedFarBack));
        Assert.Empty(dates.Excluded);
        // Those that pass by their effective dates and are not read are looked up: an end moved into the year, a start moved
        // back further than the longest span with the end still in the year.
        var passing = new[] { within, intoTheYear, outOfTheYear, laterOutOfTheYear, endMovedIn, startMovedBackAcross, startMovedFarBack, placeOnly }.Where(Year2022.Passes);
        Assert.Equal([endMovedIn.Id, startMovedFarBack.Id], passing.Where(dates.LooksUp).Select(e => e.Id));
    }

    [Fact]
    public void An_incident_the_read_takes_whose_effective_dates_do_not_pass_is_left_out()
    {
        // Machine dates in the year, an editor's end date before it (malformed: the end before the start), and one re-dated with
        // its machine end still in the year: read by the stored start, passing by neither effective range.
        var endBeforeTheYear = Edited("2022-02-01", "2022-02-01", """{"date_end":"2021-12-01"}""");
        var startInEndBefore = Edited("2021-12-20", "2022-01-03", """{"date":"2022-01-02","date_end":"2021-12-30"}""");

        var dates = SearchDates.Of(Year2022, [endBeforeTheYear, startInEndBefore], longestSpan: 30);

        Assert.Equal([endBeforeTheYear.Id, startInEndBefore.Id], dates.Excluded);
    }

    private static EditedIncident Edited(string from, string to, string overrides) => EditedIncident.Of(new Incident
    {
        Id = Guid.NewGuid(), Type = "protest", Date = from, DateEnd = from == to ? null : to,
        DateFrom = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateTo = DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
        OverridesJson = overrides,
    })!;
}
