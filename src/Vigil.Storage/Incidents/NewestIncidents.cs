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
        return [.. Newest(hits.Where(h => !redated.ContainsKey(h.Id))
            .Concat(matchingRedated.Select(id => (Id: id, DateFrom: redated[id]))))
            .Select(h => h.Id).Take(limit)];
    }

    /// <summary>As <see cref="PageAsync(IQueryable{Incident}, int, int, CancellationToken)"/> for a filter on effective values: each part read from its own index, then merged.</summary>
    public static async Task<List<(Guid Id, DateOnly? DateFrom)>> PageAsync(EffectiveQuery incidents, int skip, int size, CancellationToken cancellationToken = default)
    {
        if (incidents.Edited is not { } moved)
        {
            return await PageAsync(incidents.Machine, skip, size, cancellationToken);
        }

        // Either part may supply the whole page: each is read from its start to the page's end (an offset reads those rows anyway).
        var rows = await PageAsync(incidents.Machine, 0, skip + size, cancellationToken);
        rows.AddRange(await PageAsync(moved, 0, skip + size, cancellationToken));
        return [.. Newest(rows).Skip(skip).Take(size)];
    }

    /// <summary>As <see cref="AfterAsync(IQueryable{Incident}, IncidentCursor, int, CancellationToken)"/> for a filter on effective values: each part read from the cursor on, then merged.</summary>
    public static async Task<List<(Guid Id, DateOnly? DateFrom)>> AfterAsync(EffectiveQuery incidents, IncidentCursor at, int size, CancellationToken cancellationToken = default)
    {
        var rows = await AfterAsync(incidents.Machine, at, size, cancellationToken);
        if (incidents.Edited is not { } moved)
        {
            return rows;
        }

        rows.AddRange(await AfterAsync(moved, at, size, cancellationToken));
        return [.. Newest(rows).Take(size)];
    }

    /// <summary>As <see cref="BeforeAsync(IQueryable{Incident}, IncidentCursor, int, CancellationToken)"/> for a filter on effective values: each part read back from the cursor, then merged.</summary>
    public static async Task<List<(Guid Id, DateOnly? DateFrom)>> BeforeAsync(EffectiveQuery incidents, IncidentCursor at, int size, CancellationToken cancellationToken = default)
    {
        var rows = await BeforeAsync(incidents.Machine, at, size, cancellationToken);
        if (incidents.Edited is not { } moved)
        {
            return rows;
        }

        rows.AddRange(await BeforeAsync(moved, at, size, cancellationToken));
        return [.. Newest(rows).TakeLast(size)];
    }

    /// <summary>As <see cref="CountAfterAsync(IQueryable{Incident}, IncidentCursor, int, bool, CancellationToken)"/> for a filter on effective values: the parts never overlap, so their counts add up.</summary>
    public static async Task<int> CountAfterAsync(EffectiveQuery incidents, IncidentCursor at, int limit, bool ordered, CancellationToken cancellationToken = default)
    {
        var count = await CountAfterAsync(incidents.Machine, at, limit, ordered, cancellationToken);
        return incidents.Edited is { } moved && count < limit ? count + await CountAfterAsync(moved, at, limit - count, ordered, cancellationToken) : count;
    }

    // Newest first: dated by date, then the larger id; undated last, by the larger id (the order of the SQL below on both databases).
    private static IEnumerable<(Guid Id, DateOnly? DateFrom)> Newest(IEnumerable<(Guid Id, DateOnly? DateFrom)> rows) =>
        rows.OrderByDescending(h => h.DateFrom.HasValue).ThenByDescending(h => h.DateFrom).ThenByDescending(h => h.Id);

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

    /// <summary>
    /// The rows <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="size"/> of <paramref name="incidents"/> newest
    /// first by machine date, undated last (by id), on both databases the same order <see cref="AfterAsync"/> and
    /// <see cref="BeforeAsync"/> continue. An offset: the database reads every row it skips, so lists reach deep pages through a
    /// cursor instead and keep this for the first pages a link names by number (<c>page=</c>).
    /// </summary>
    public static async Task<List<(Guid Id, DateOnly? DateFrom)>> PageAsync(IQueryable<Incident> incidents, int skip, int size, CancellationToken cancellationToken = default)
    {
        var dated = incidents.Where(i => i.DateFrom != null);
        var rows = await KeysAsync(dated.OrderByDescending(i => i.DateFrom).ThenByDescending(i => i.Id).Skip(skip).Take(size), cancellationToken);
        if (rows.Count < size)
        {
            var datedCount = rows.Count > 0 ? skip + rows.Count : await dated.Take(skip).CountAsync(cancellationToken);
            rows.AddRange(await KeysAsync(incidents.Where(i => i.DateFrom == null).OrderByDescending(i => i.Id).Skip(Math.Max(0, skip - datedCount)).Take(size - rows.Count), cancellationToken));
        }

        return rows;
    }

    /// <summary>
    /// The <paramref name="size"/> rows of <paramref name="incidents"/> that follow <paramref name="at"/> newest first (the next page):
    /// the date and id compared, so the index is entered at the cursor and nothing in front of it is read.
    /// </summary>
    public static async Task<List<(Guid Id, DateOnly? DateFrom)>> AfterAsync(IQueryable<Incident> incidents, IncidentCursor at, int size, CancellationToken cancellationToken = default)
    {
        var rows = at.DateFrom is null ? [] : await KeysAsync(DatedAfter(incidents, at).OrderByDescending(i => i.DateFrom).ThenByDescending(i => i.Id).Take(size), cancellationToken);
        if (rows.Count < size)
        {
            rows.AddRange(await KeysAsync(UndatedAfter(incidents, at).OrderByDescending(i => i.Id).Take(size - rows.Count), cancellationToken));
        }

        return rows;
    }

    /// <summary>The <paramref name="size"/> rows of <paramref name="incidents"/> just before <paramref name="at"/> newest first (the previous page), in list order.</summary>
    public static async Task<List<(Guid Id, DateOnly? DateFrom)>> BeforeAsync(IQueryable<Incident> incidents, IncidentCursor at, int size, CancellationToken cancellationToken = default)
    {
        var id = at.Id;
        var rows = at.DateFrom is not null ? [] : await KeysAsync(incidents.Where(i => i.DateFrom == null && i.Id.CompareTo(id) > 0).OrderBy(i => i.Id).Take(size), cancellationToken);
        if (rows.Count < size)
        {
            var dated = incidents.Where(i => i.DateFrom != null);
            if (at.DateFrom is { } date)
            {
                dated = dated.Where(i => i.DateFrom >= date && (i.DateFrom > date || i.Id.CompareTo(id) > 0));
            }

            rows.AddRange(await KeysAsync(dated.OrderBy(i => i.DateFrom).ThenBy(i => i.Id).Take(size - rows.Count), cancellationToken));
        }

        rows.Reverse();
        return rows;
    }

    /// <summary>How many rows of <paramref name="incidents"/> follow <paramref name="at"/> newest first, counted up to <paramref name="limit"/> at most.</summary>
    /// <remarks>The count walks the list's own order from the cursor: unordered, PostgreSQL counted a date window forwards from its
    /// oldest row and passed over every earlier incident whose range ends too soon (58 index pages against 8 at 100,000
    /// incidents, and growing with the years before the window). SQLite is given no order (<paramref name="ordered"/> false): when
    /// edited incidents make the list a UNION ALL, it built the whole union and sorted it before counting (11 ms of CPU against
    /// 1.3 for the unordered count at 100,000 incidents).</remarks>
    public static async Task<int> CountAfterAsync(IQueryable<Incident> incidents, IncidentCursor at, int limit, bool ordered, CancellationToken cancellationToken = default)
    {
        var dated = at.DateFrom is null ? null : DatedAfter(incidents, at);
        var undated = UndatedAfter(incidents, at);
        if (ordered)
        {
            dated = dated?.OrderByDescending(i => i.DateFrom).ThenByDescending(i => i.Id);
            undated = undated.OrderByDescending(i => i.Id);
        }

        var count = dated is null ? 0 : await dated.Take(limit).CountAsync(cancellationToken);
        return count < limit ? count + await undated.Take(limit - count).CountAsync(cancellationToken) : count;
    }

    // The dated rows after a dated cursor. The date's bound is given on its own too (date_from <= d), so the database enters its
    // date index at the cursor instead of filtering every row from the newest.
    private static IQueryable<Incident> DatedAfter(IQueryable<Incident> incidents, IncidentCursor at)
    {
        var date = at.DateFrom!.Value;
        var id = at.Id;
        return incidents.Where(i => i.DateFrom <= date && (i.DateFrom < date || i.Id.CompareTo(id) < 0));
    }

    // The undated rows after the cursor: all of them after a dated one, those with a smaller id after an undated one.
    private static IQueryable<Incident> UndatedAfter(IQueryable<Incident> incidents, IncidentCursor at)
    {
        var id = at.Id;
        var undated = incidents.Where(i => i.DateFrom == null);
        return at.DateFrom is null ? undated.Where(i => i.Id.CompareTo(id) < 0) : undated;
    }

    private static async Task<List<(Guid Id, DateOnly? DateFrom)>> KeysAsync(IQueryable<Incident> incidents, CancellationToken cancellationToken) =>
        [.. (await incidents.Select(i => new { i.Id, i.DateFrom }).ToListAsync(cancellationToken)).Select(k => (k.Id, k.DateFrom))];
}
