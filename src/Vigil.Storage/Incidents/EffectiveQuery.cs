namespace Vigil.Storage.Incidents;

/// <summary>
/// The incidents a filter on effective values matches (<see cref="EffectiveFilter"/>), in two parts that never overlap:
/// <paramref name="Machine"/>, those whose machine values pass (the indexed columns; less the few an editor moved out), and
/// <paramref name="Edited"/>, the few an editor moved in (by id), or null when there are none.
/// </summary>
/// <remarks>
/// A list reads each part's newest rows from its own index and merges them (<see cref="NewestIncidents"/>). As one
/// <c>UNION ALL</c> ordered and limited outside, PostgreSQL could not take the machine part's order from its index and
/// sorted every match: at a million incidents a filtered list's page and its count read 25,400 rows each (200 ms apiece).
/// </remarks>
public sealed record EffectiveQuery(IQueryable<Incident> Machine, IQueryable<Incident>? Edited)
{
    /// <summary>Both parts as one query (a <c>UNION ALL</c> when an editor moved incidents in), for counts, exports and anything unordered.</summary>
    public IQueryable<Incident> All => Edited is null ? Machine : Machine.Concat(Edited);
}
