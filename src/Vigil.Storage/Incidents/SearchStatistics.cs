namespace Vigil.Storage.Incidents;

/// <summary>
/// What a text search's plan reads of the whole store (<see cref="SearchIncidents.StatisticsAsync"/>): the first and last stored
/// start dates of the searchable incidents (<see cref="SearchIncidents.DatesAsync"/>; null when none is dated, and on SQLite, whose
/// searches are not read in date windows), PostgreSQL's count of the search table's rows (<see cref="SearchIncidents.RowsAsync"/>; 0 on SQLite), and the longest and shortest machine date spans in
/// days (<see cref="SearchIncidents.SpansAsync"/>). The same for every search until the store changes, so the web app reads them once
/// per audit-log head.
/// </summary>
public sealed record SearchStatistics((DateOnly Oldest, DateOnly Newest)? Dates, double Rows, int LongestSpan, int ShortestSpan);
