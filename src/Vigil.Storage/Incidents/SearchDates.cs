namespace Vigil.Storage.Incidents;

/// <summary>
/// A date filter decided inside the search table (<see cref="SearchIncidents"/>): the incidents whose machine date range reaches
/// <paramref name="From"/> (ends on or after it) and starts by <paramref name="To"/>, as <see cref="EffectiveFilter"/> compares
/// the machine values. The table holds each incident's start date only: an incident that starts before <paramref name="From"/>
/// can reach it only if it starts at most <paramref name="LongestSpan"/> days (the longest machine span of any incident)
/// before it, and only those few are checked against the incidents' end date. <paramref name="Excluded"/> are the incidents an
/// editor moved out of the filter (their machine dates pass, their effective dates do not), and the re-dated incidents the range
/// takes (<see cref="Stores"/>): the table holds an editor's start date, which does not go with the machine end date the read
/// compares, so they are placed by look-up instead (<see cref="Of"/>). When some incident ends before it
/// starts (<paramref name="ShortestSpan"/> below 0: malformed dates), a start on or after <paramref name="From"/> does not prove the
/// end reaches it, and every match is checked against its end date. Unless <paramref name="Indexed"/>,
/// PostgreSQL is kept from reading the range from its date index: a year of start dates is ~140,000 rows of that index at a
/// million incidents, which costs more to read into a bitmap than most searches' matches cost to filter by date.
/// </summary>
public sealed record SearchDates(DateOnly? From, DateOnly? To, int LongestSpan, IReadOnlyCollection<Guid> Excluded, bool Indexed = true, int ShortestSpan = 0)
{
    /// <summary>
    /// The dates of <paramref name="filter"/> as the search table reads them, given the <paramref name="edited"/> incidents: left
    /// out are those an editor moved out of the dates and the re-dated ones the read's range takes (a few more ids than can pass,
    /// not every re-dated one: each is one more element of the read's <c>NOT ANY</c>). Those <see cref="LookedUp"/> picks among the
    /// edited incidents that pass are placed by look-up instead.
    /// </summary>
    public static SearchDates Of(EffectiveFilter filter, IEnumerable<EditedIncident> edited, int longestSpan, int shortestSpan = 0)
    {
        var dates = new SearchDates(filter.From, filter.To, longestSpan, [], ShortestSpan: shortestSpan);
        return dates with
        {
            Excluded = [.. edited.Where(e => e.Redated ? dates.Reads(e.DateFrom) : filter.MachinePasses(e) && !filter.Passes(e)).Select(e => e.Id)],
        };
    }

    /// <summary>
    /// Whether the read of <see cref="Of"/> cannot find an edited incident that passes <paramref name="filter"/>: a re-dated one (left
    /// out), or one an editor moved into the dates (its machine dates do not pass).
    /// </summary>
    public static Func<EditedIncident, bool> LookedUp(EffectiveFilter filter) => e => e.Redated || !filter.MachinePasses(e);

    // Whether a row of the search table starting on `start` lies in the range the read takes before it compares end dates.
    private bool Reads(DateOnly? start) => start is { } date && (To is not { } to || date <= to) && (Earliest is not { } earliest || date >= earliest);

    /// <summary>The earliest start date a match can have (none: no lower bound).</summary>
    public DateOnly? Earliest => From is { } from
        ? (from.DayNumber - (long)Math.Max(0, LongestSpan) <= DateOnly.MinValue.DayNumber ? DateOnly.MinValue : from.AddDays(-Math.Max(0, LongestSpan)))
        : null;
}
