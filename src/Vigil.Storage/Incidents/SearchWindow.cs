namespace Vigil.Storage.Incidents;

/// <summary>
/// A stretch of a text search's results newest first, by the search table's (effective) start date: the dated rows after <paramref name="After"/> in
/// list order (none: from the newest) down to <paramref name="From"/> (inclusive; none: to the oldest), or with
/// <paramref name="Undated"/> the undated rows after <paramref name="After"/> (they come last). A broad search is read window by
/// window from the newest (<see cref="NewestIncidents"/>), so it reads about as many matches as it returns; each window is one
/// range of the date index, never an OR of two, so that PostgreSQL can AND it with the words inside its indexes.
/// </summary>
public readonly record struct SearchWindow(DateOnly? From, IncidentCursor? After, bool Undated = false);
