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
    /// <summary>Days in the first date window a search is read in (<see cref="IdsAsync(IQueryable{Incident}, IReadOnlyCollection{EditedIncident}, int, Func{Nullable{SearchWindow}, int, CancellationToken, Task{List{ValueTuple{Guid, DateOnly?}}}}, ValueTuple{DateOnly, DateOnly}?, int, Func{EditedIncident, bool}?, CancellationToken)"/>) unless the caller knows better.</summary>
    public const int FirstWindowDays = 31;

    /// <summary>The first <paramref name="limit"/> ids of <paramref name="incidents"/> newest first (see <see cref="NewestIncidents"/>), read in one pass.</summary>
    public static Task<Guid[]> IdsAsync(IQueryable<Incident> incidents, IReadOnlyCollection<EditedIncident> edited, int limit, CancellationToken cancellationToken = default) =>
        IdsAsync(incidents, edited, limit, (window, take, token) => WindowAsync(incidents, window, take, token), null, cancellationToken: cancellationToken);

    /// <summary>
    /// As <see cref="IdsAsync(IQueryable{Incident}, IReadOnlyCollection{EditedIncident}, int, CancellationToken)"/>, with the newest by
    /// machine date read by <paramref name="read"/> (given a window and how many rows it may return at most, in list order) rather
    /// than from <paramref name="incidents"/>, which then only decides which re-dated incidents match. With <paramref name="dates"/>
    /// (the oldest and newest machine dates), the rows are read in date windows from the newest, the first <paramref name="firstWindowDays"/>
    /// wide, each next as wide as the density of the matches so far says the rest needs, until <paramref name="limit"/> are found: a search that matches tens of thousands of incidents reads about as many as it returns
    /// (on PostgreSQL each window is a bitmap AND of the words and the date range, see <see cref="SearchIncidents.PostgresDateIndex"/>).
    /// Without, in one pass. The edited incidents <paramref name="lookedUp"/> picks (when given) are placed by look-up as the re-dated
    /// ones are, whatever their dates: those a read by machine values cannot find (an editor moved them into a date filter).
    /// </summary>
    public static Task<Guid[]> IdsAsync(
        IQueryable<Incident> incidents, IReadOnlyCollection<EditedIncident> edited, int limit,
        Func<SearchWindow?, int, CancellationToken, Task<List<(Guid Id, DateOnly? DateFrom)>>> read, (DateOnly Oldest, DateOnly Newest)? dates,
        int firstWindowDays = FirstWindowDays, Func<EditedIncident, bool>? lookedUp = null, CancellationToken cancellationToken = default) =>
        IdsAsync(
            (ids, token) => incidents.Where(i => EF.Parameter(ids).Contains(i.Id)).Select(i => i.Id).ToListAsync(token), edited, limit, read, dates,
            firstWindowDays, lookedUp, cancellationToken: cancellationToken);

    /// <summary>
    /// As <see cref="IdsAsync(IQueryable{Incident}, IReadOnlyCollection{EditedIncident}, int, Func{Nullable{SearchWindow}, int, CancellationToken, Task{List{ValueTuple{Guid, DateOnly?}}}}, ValueTuple{DateOnly, DateOnly}?, int, Func{EditedIncident, bool}?, CancellationToken)"/>,
    /// with the incidents placed by look-up tested by <paramref name="matching"/> (given their ids, those that match). A read that
    /// already gives every incident its effective date (the search table, <see cref="SearchIncidents"/>) is passed no
    /// <paramref name="edited"/> incidents, or only those it cannot find, all picked by <paramref name="lookedUp"/>.
    /// </summary>
    public static async Task<Guid[]> IdsAsync(
        Func<List<Guid>, CancellationToken, Task<List<Guid>>> matching, IReadOnlyCollection<EditedIncident> edited, int limit,
        Func<SearchWindow?, int, CancellationToken, Task<List<(Guid Id, DateOnly? DateFrom)>>> read, (DateOnly Oldest, DateOnly Newest)? dates,
        int firstWindowDays = FirstWindowDays, Func<EditedIncident, bool>? lookedUp = null, CancellationToken cancellationToken = default)
    {
        // Incidents an editor re-dated sort by the new date: the reads (machine dates) go on until `limit` of the others are
        // found; the matching re-dated ones that can be among the first `limit` are then read by id and sorted in.
        var redated = edited.Where(e => e.Redated || lookedUp?.Invoke(e) == true).ToDictionary(e => e.Id, e => e.DateFrom);
        var unread = lookedUp is null ? [] : edited.Where(lookedUp).Select(e => e.Id).ToHashSet();
        var whole = false;
        var rows = new List<(Guid Id, DateOnly? DateFrom)>();
        var others = 0;
        var width = Math.Max(1, firstWindowDays);
        var windowsRead = 0;
        var (oldest, newest) = dates ?? default;
        // Without dates, the first read is every row (one query where the database can); windows follow only when re-dated rows
        // among them leave the first `limit` short.
        // The first window is bounded above too (the cursor at the day after `newest`): a date filter ends there, and without the
        // bound the window would reach every later match.
        SearchWindow? next = dates is null ? null : new SearchWindow(Lower(newest.DayNumber + 1L - width, oldest), new IncidentCursor(0, newest.AddDays(1), Guid.Empty));
        while (true)
        {
            // One pass over every row asks for as many more as there are re-dated incidents, so that it is never repeated (a
            // second pass from a cursor reads every match again); a window's next read costs only the window's rows.
            var window = next;
            var take = limit - others + (window is null ? redated.Count : 0);
            var got = await read(window, take, cancellationToken);
            whole = window is null && got.Count < take;
            rows.AddRange(got);
            others += got.Count(r => !redated.ContainsKey(r.Id));
            if (others >= limit)
            {
                break;
            }

            if (got.Count == take)
            {
                // The window holds more (re-dated rows were among these): on from the last row.
                var after = new IncidentCursor(0, got[^1].DateFrom, got[^1].Id);
                next = after.DateFrom is null ? new SearchWindow(null, after, Undated: true) : (window ?? default) with { After = after };
                continue;
            }

            if (window is null or { Undated: true })
            {
                break;
            }

            if (window.Value.From is not { } from)
            {
                next = new SearchWindow(null, null, Undated: true);
                continue;
            }

            // The window is read: the next one ends below it, as wide as the matches so far say the rest needs (a quarter more),
            // four times the last while none was found, and from the fourth on at least twice the last, so that a rare word's few
            // matches take a handful of windows; the one below the oldest date takes the rest. (Its cursor is the window's first
            // date with the smallest id: every row dated before it.) A window reads every match in it, so one too wide costs rows.
            var days = newest.DayNumber - from.DayNumber + 1L;
            var needed = others == 0 ? width * 4L : ((days * (limit - others) * 5) + (others * 4) - 1) / (others * 4);
            width = (int)Math.Min(1L << 22, Math.Max(needed, ++windowsRead >= 3 ? width * 2L : 1));
            next = new SearchWindow(from == oldest ? null : Lower(from.DayNumber - (long)width, oldest), new IncidentCursor(0, from, Guid.Empty));
        }

        var kept = rows.Where(r => !redated.ContainsKey(r.Id)).ToList();
        if (redated.Count == 0)
        {
            return [.. kept.Select(r => r.Id)];
        }

        // Only a re-dated incident whose new date sorts before the last row kept can be among the first `limit`.
        (Guid Id, DateOnly? DateFrom)? last = kept.Count >= limit ? kept[limit - 1] : null;
        bool MayLead(Guid id) => last is not { } l || Precedes((id, redated[id]), l);

        // A pass that read every match has read the re-dated ones that match too (by their machine values): they are taken from
        // its rows, and only those the reads cannot find (`lookedUp`) are looked up. At a million, a search matching fewer than it
        // shows looked up all 3,298 re-dated incidents by id (8–16 ms of PostgreSQL a search), and testing every re-dated incident
        // against the rows instead of the rows against them was ~10 % of the server's CPU a search (sessions 19 and 20).
        List<Guid> matchingRedated;
        if (whole)
        {
            matchingRedated = [.. rows.Where(r => redated.ContainsKey(r.Id) && MayLead(r.Id)).Select(r => r.Id)];
            var seen = unread.Count == 0 ? null : rows.Select(r => r.Id).ToHashSet();
            var lookUp = seen is null ? [] : unread.Where(id => !seen.Contains(id) && MayLead(id)).ToList();
            if (lookUp.Count > 0)
            {
                matchingRedated.AddRange(await matching(lookUp, cancellationToken));
            }
        }
        else
        {
            var ids = redated.Keys.Where(MayLead).ToList();
            matchingRedated = ids.Count == 0 ? [] : await matching(ids, cancellationToken);
        }

        return [.. Newest(kept.Concat(matchingRedated.Select(id => (Id: id, DateFrom: redated[id]))))
            .Select(h => h.Id).Take(limit)];
    }

    /// <summary>
    /// The first <paramref name="take"/> rows of <paramref name="incidents"/> in <paramref name="window"/> (none: every row, undated
    /// last), newest first by machine date.
    /// </summary>
    public static async Task<List<(Guid Id, DateOnly? DateFrom)>> WindowAsync(IQueryable<Incident> incidents, SearchWindow? window, int take, CancellationToken cancellationToken = default)
    {
        if (window is { Undated: true } u)
        {
            var undated = u.After is { } at ? UndatedAfter(incidents, at) : incidents.Where(i => i.DateFrom == null);
            return await KeysAsync(undated.OrderByDescending(i => i.Id).Take(take), cancellationToken);
        }

        var dated = window?.After is { DateFrom: not null } after ? DatedAfter(incidents, after) : incidents.Where(i => i.DateFrom != null);
        if (window?.From is { } from)
        {
            dated = dated.Where(i => i.DateFrom >= from);
        }

        var rows = await KeysAsync(dated.OrderByDescending(i => i.DateFrom).ThenByDescending(i => i.Id).Take(take), cancellationToken);
        if (window is null && rows.Count < take)
        {
            rows.AddRange(await KeysAsync(incidents.Where(i => i.DateFrom == null).OrderByDescending(i => i.Id).Take(take - rows.Count), cancellationToken));
        }

        return rows;
    }

    // A window's lower bound, never below the oldest date.
    private static DateOnly Lower(long dayNumber, DateOnly oldest) => dayNumber <= oldest.DayNumber ? oldest : DateOnly.FromDayNumber((int)dayNumber);

    // Whether a row comes before (or ties with) `last` newest first: dated before undated, the later date first, then the larger id.
    private static bool Precedes((Guid Id, DateOnly? DateFrom) row, (Guid Id, DateOnly? DateFrom) last) =>
        (row.DateFrom, last.DateFrom) switch
        {
            ({ } date, { } lastDate) => date > lastDate || (date == lastDate && row.Id.CompareTo(last.Id) >= 0),
            ({ }, null) => true,
            (null, { }) => false,
            (null, null) => row.Id.CompareTo(last.Id) >= 0,
        };

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

    /// <summary>
    /// As <see cref="RowsAfterAsync(IQueryable{Incident}, IncidentCursor?, int, System.Linq.Expressions.Expression{Func{Incident, Incident}}, CancellationToken)"/>
    /// for a filter on effective values: each part read from the cursor on (null: from the first row), then merged newest first. A
    /// list's first page and the pages reached by cursor read their rows as they find them, each incident's <paramref name="columns"/>
    /// in the statement that finds it rather than its key alone: read by key, then by id, each of a page's 50 rows cost a probe of the
    /// key index besides its table page (PostgreSQL, a filtered list at 100,000 incidents: 199 buffers, a third of the database's time
    /// a page) and the page one statement more. <paramref name="columns"/> must set <see cref="Incident.Id"/> and
    /// <see cref="Incident.DateFrom"/>, which order the parts' rows together.
    /// </summary>
    public static async Task<List<Incident>> RowsAfterAsync(EffectiveQuery incidents, IncidentCursor? at, int size, System.Linq.Expressions.Expression<Func<Incident, Incident>> columns, CancellationToken cancellationToken = default)
    {
        var rows = await RowsAfterAsync(incidents.Machine, at, size, columns, cancellationToken);
        if (incidents.Edited is not { } moved)
        {
            return rows;
        }

        rows.AddRange(await RowsAfterAsync(moved, at, size, columns, cancellationToken));
        return [.. rows.OrderByDescending(r => r.DateFrom.HasValue).ThenByDescending(r => r.DateFrom).ThenByDescending(r => r.Id).Take(size)];
    }

    /// <summary>
    /// The <paramref name="size"/> rows of <paramref name="incidents"/> that follow <paramref name="at"/> newest first (the next page;
    /// null: the first page, as <see cref="PageAsync(IQueryable{Incident}, int, int, CancellationToken)"/> gives it), each with its
    /// <paramref name="columns"/> (which must set <see cref="Incident.Id"/> and <see cref="Incident.DateFrom"/>): the date and id
    /// compared, so the index is entered at the cursor and nothing in front of it is read.
    /// </summary>
    public static async Task<List<Incident>> RowsAfterAsync(IQueryable<Incident> incidents, IncidentCursor? at, int size, System.Linq.Expressions.Expression<Func<Incident, Incident>> columns, CancellationToken cancellationToken = default)
    {
        var dated = at is not { } cursor ? incidents.Where(i => i.DateFrom != null) : cursor.DateFrom is null ? null : DatedAfter(incidents, cursor);
        var rows = dated is null ? [] : await dated.OrderByDescending(i => i.DateFrom).ThenByDescending(i => i.Id).Take(size).Select(columns).ToListAsync(cancellationToken);
        if (rows.Count < size)
        {
            var undated = at is { } from ? UndatedAfter(incidents, from) : incidents.Where(i => i.DateFrom == null);
            rows.AddRange(await undated.OrderByDescending(i => i.Id).Take(size - rows.Count).Select(columns).ToListAsync(cancellationToken));
        }

        return rows;
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

    /// <summary>
    /// The rows <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="size"/> of <paramref name="incidents"/> newest
    /// first by machine date, undated last (by id), on both databases the same order <see cref="RowsAfterAsync(IQueryable{Incident}, IncidentCursor?, int, System.Linq.Expressions.Expression{Func{Incident, Incident}}, CancellationToken)"/> and
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
    /// incidents, and growing with the years before the window). SQLite is given no order (<paramref name="ordered"/> false) unless
    /// the filter has a start date, which it passes over the same way: over a UNION ALL (edited incidents, before each part was
    /// counted apart) it built the whole union and sorted it before counting (11 ms of CPU against 1.3 for the unordered count at
    /// 100,000 incidents), and a list with no start date is counted fastest from its index's own end.</remarks>
    public static async Task<int> CountAfterAsync(IQueryable<Incident> incidents, IncidentCursor at, int limit, bool ordered, CancellationToken cancellationToken = default)
    {
        var dated = at.DateFrom is null ? null : DatedAfter(incidents, at);
        var undated = UndatedAfter(incidents, at);
        if (ordered)
        {
            // By date alone: a count up to a limit is the same whichever rows the limit takes, and the date is the order every list
            // index holds after its equality columns, so the database walks the index back from the cursor with no sort. With the id
            // as the tie-break too, PostgreSQL sorted each date's rows by id before counting them (an incremental sort over the 451
            // rows of a filtered list's count, about a third of the count's time).
            dated = dated?.OrderByDescending(i => i.DateFrom);
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
