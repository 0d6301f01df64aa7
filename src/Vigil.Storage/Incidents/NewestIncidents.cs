using Microsoft.EntityFrameworkCore;

namespace Vigil.Storage.Incidents;

/// <summary>
/// The ids of the incidents a query matches, newest first by effective date (an editor's where one is set, else the
/// machine's), ties broken by the larger id, undated last: the order of a text search's results in the web app and
/// the API. The order and the limit are part of the SQL, so the first ids are the true newest however many incidents
/// match (the incidents' date index serves it); only the few re-dated incidents are placed in memory.
/// </summary>
public static class NewestIncidents
{
    /// <summary>The first <paramref name="limit"/> ids of <paramref name="incidents"/> newest first (see <see cref="NewestIncidents"/>).</summary>
    public static Task<Guid[]> IdsAsync(IQueryable<Incident> incidents, IReadOnlyCollection<EditedIncident> edited, int limit, CancellationToken cancellationToken = default) =>
        IdsAsync(incidents, edited, limit, (wanted, token) => FirstAsync(incidents, wanted, token), cancellationToken);

    /// <summary>
    /// As <see cref="IdsAsync(IQueryable{Incident}, IReadOnlyCollection{EditedIncident}, int, CancellationToken)"/>, with the
    /// newest by machine date read by <paramref name="first"/> (given how many it must return at most) rather than from
    /// <paramref name="incidents"/>, which then only decides which re-dated incidents match: a text search reads its newest
    /// straight from the search table (<see cref="SearchIncidents.NewestAsync"/>).
    /// </summary>
    public static async Task<Guid[]> IdsAsync(IQueryable<Incident> incidents, IReadOnlyCollection<EditedIncident> edited, int limit, Func<int, CancellationToken, Task<List<(Guid Id, DateOnly? DateFrom)>>> first, CancellationToken cancellationToken = default)
    {
        // Incidents an editor re-dated sort by the new date: the SQL (machine dates) reads as many more rows as there
        // are of them, so that after moving them the first `limit` of the others are all there; the matching re-dated
        // ones are then read by id and sorted in.
        var redated = edited.Where(e => e.DateFrom != e.Machine.DateFrom).ToDictionary(e => e.Id, e => e.DateFrom);
        var hits = await first(limit + redated.Count, cancellationToken);
        if (redated.Count == 0)
        {
            return [.. hits.Select(h => h.Id)];
        }

        var ids = redated.Keys.ToList();
        var matchingRedated = await incidents.Where(i => EF.Parameter(ids).Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken);
        return [.. hits.Where(h => !redated.ContainsKey(h.Id))
            .Concat(matchingRedated.Select(id => (Id: id, DateFrom: redated[id])))
            .OrderByDescending(h => h.DateFrom.HasValue).ThenByDescending(h => h.DateFrom).ThenByDescending(h => h.Id)
            .Select(h => h.Id).Take(limit)];
    }

    // The first `wanted` of the incidents newest first by machine date, dated and undated apart: PostgreSQL sorts nulls
    // first in a descending order, SQLite last; newest first means undated last on both.
    private static async Task<List<(Guid Id, DateOnly? DateFrom)>> FirstAsync(IQueryable<Incident> incidents, int wanted, CancellationToken cancellationToken)
    {
        var hits = await incidents.Where(i => i.DateFrom != null)
            .OrderByDescending(i => i.DateFrom).ThenByDescending(i => i.Id)
            .Select(i => new { i.Id, i.DateFrom }).Take(wanted).ToListAsync(cancellationToken);
        if (hits.Count < wanted)
        {
            hits.AddRange(await incidents.Where(i => i.DateFrom == null)
                .OrderByDescending(i => i.Id)
                .Select(i => new { i.Id, i.DateFrom }).Take(wanted - hits.Count).ToListAsync(cancellationToken));
        }

        return [.. hits.Select(h => (h.Id, h.DateFrom))];
    }
}
