namespace Vigil.Storage.Incidents;

/// <summary>
/// A date filter decided inside the search table (<see cref="SearchIncidents"/>): the incidents whose machine date range reaches
/// <paramref name="From"/> (ends on or after it) and starts by <paramref name="To"/>, as <see cref="EffectiveFilter"/> compares
/// the machine values. The table holds each incident's start date only: an incident that starts before <paramref name="From"/>
/// can reach it only if it starts at most <paramref name="LongestSpan"/> days (the longest machine span of any incident)
/// before it, and only those few are checked against the incidents' end date. <paramref name="Excluded"/> are the incidents an
/// editor moved out of the filter (their machine dates pass, their effective dates do not). When some incident ends before it
/// starts (<paramref name="ShortestSpan"/> below 0: malformed dates), a start on or after <paramref name="From"/> does not prove the
/// end reaches it, and every match is checked against its end date. Unless <paramref name="Indexed"/>,
/// PostgreSQL is kept from reading the range from its date index: a year of start dates is ~140,000 rows of that index at a
/// million incidents, which costs more to read into a bitmap than most searches' matches cost to filter by date.
/// </summary>
public sealed record SearchDates(DateOnly? From, DateOnly? To, int LongestSpan, IReadOnlyCollection<Guid> Excluded, bool Indexed = true, int ShortestSpan = 0)
{
    /// <summary>The earliest start date a match can have (none: no lower bound).</summary>
    public DateOnly? Earliest => From is { } from
        ? (from.DayNumber - (long)Math.Max(0, LongestSpan) <= DateOnly.MinValue.DayNumber ? DateOnly.MinValue : from.AddDays(-Math.Max(0, LongestSpan)))
        : null;
}
