namespace Vigil.Storage.Incidents;

/// <summary>
/// A date filter decided inside the search table (<see cref="SearchIncidents"/>): the incidents whose date range reaches
/// <paramref name="From"/> (ends on or after it) and starts by <paramref name="To"/>, by the table's start date (the effective one)
/// and the incidents' machine end date. The table holds each incident's start date only: an incident that starts before <paramref name="From"/>
/// can reach it only if it starts at most <paramref name="LongestSpan"/> days (the longest machine span of any incident)
/// before it, and only those few are checked against the incidents' end date. <paramref name="Excluded"/> are the incidents an
/// editor moved out of the filter: the read takes them (<see cref="Reads"/>: the stored start date, an editor's where set, and the
/// machine end date), their effective dates do not pass (<see cref="Of"/>). When some incident ends before it
/// starts (<paramref name="ShortestSpan"/> below 0: malformed dates), a start on or after <paramref name="From"/> does not prove the
/// end reaches it, and every match is checked against its end date. Unless <paramref name="Indexed"/>,
/// PostgreSQL is kept from reading the range from its date index: a year of start dates is ~140,000 rows of that index at a
/// million incidents, which costs more to read into a bitmap than most searches' matches cost to filter by date.
/// </summary>
public sealed record SearchDates(DateOnly? From, DateOnly? To, int LongestSpan, IReadOnlyCollection<Guid> Excluded, bool Indexed = true, int ShortestSpan = 0)
{
    /// <summary>
    /// The dates of <paramref name="filter"/> as the search table reads them, given the <paramref name="edited"/> incidents: left
    /// out are the edited incidents the read takes (<see cref="Reads"/>) that do not pass by their effective dates. Those that pass
    /// and the read does not take are placed by look-up instead (<see cref="LooksUp"/>). The others are read in their place, a
    /// re-dated one too (by its stored start), so a year filter neither leaves out nor looks up the many editors re-dated within it.
    /// </summary>
    public static SearchDates Of(EffectiveFilter filter, IEnumerable<EditedIncident> edited, int longestSpan, int shortestSpan = 0)
    {
        var dates = new SearchDates(filter.From, filter.To, longestSpan, [], ShortestSpan: shortestSpan);
        return dates with { Excluded = [.. edited.Where(e => dates.Reads(e) && !filter.Passes(e)).Select(e => e.Id)] };
    }

    /// <summary>Whether an edited incident that passes the filter must be placed by look-up: the read does not take it.</summary>
    public bool LooksUp(EditedIncident incident) => !Reads(incident);

    /// <summary>
    /// Whether the read (<see cref="SearchIncidents"/>) takes <paramref name="incident"/>'s row before <see cref="Excluded"/>: its
    /// stored start date (the effective one) by <see cref="To"/> and from <see cref="Earliest"/>, and, as the read checks it, on or
    /// after <see cref="From"/> or with a machine end date that reaches it. For an incident no editor re-dated that is whether its
    /// machine dates pass.
    /// </summary>
    public bool Reads(EditedIncident incident) =>
        incident.DateFrom is { } start
        && (To is not { } to || start <= to)
        && (From is not { } from || (start >= Earliest && ((ShortestSpan >= 0 && start >= from) || incident.Machine.DateTo >= from)));

    /// <summary>The earliest start date a match can have (none: no lower bound).</summary>
    public DateOnly? Earliest => From is { } from
        ? (from.DayNumber - (long)Math.Max(0, LongestSpan) <= DateOnly.MinValue.DayNumber ? DateOnly.MinValue : from.AddDays(-Math.Max(0, LongestSpan)))
        : null;
}
