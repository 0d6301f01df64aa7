using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Web.Auth;
using Vigil.Web.Store;

namespace Vigil.Web.Incidents;

/// <summary>
/// Reads clustered incidents for the list, the incident page, the review queue, the dashboard and the API:
/// the one place that decides which incidents a reader sees. Rejected incidents are left out unless the
/// status filter asks for them; with <paramref name="confirmedOnly"/> (viewers, the public view) only
/// confirmed incidents exist. Filters on type, dates and province compare effective values: an editor's value
/// where one is set, else the machine's (<see cref="EffectiveFilter"/>).
/// With a <paramref name="cache"/>, the incidents a text search matches are kept under the audit log's head, so
/// paging through them, or the same search by another reader, does not evaluate the search again.
/// </summary>
public sealed class IncidentQuery(VigilDbContext db, bool confirmedOnly = false, AuditHeadCache? cache = null)
{
    /// <summary>The incident types the pipeline produces, for the filter's drop-down.</summary>
    public static IReadOnlyList<string> Types { get; } =
        ["protest", "riot", "killing", "injury", "arrest", "execution", "attack", "property_destruction", "graffiti_poster", "strike", "other"];

    /// <summary>A text search reads at most this many matches (the pages up to <see cref="IncidentFilter.MaxPage"/>, and a few past it).</summary>
    public const int CountLimit = 10_000;

    /// <summary>The query for <paramref name="user"/>: viewers (and the signed-out public view) see confirmed incidents only.</summary>
    public static IncidentQuery For(VigilDbContext db, System.Security.Claims.ClaimsPrincipal user, AuditHeadCache? cache = null) =>
        new(db, confirmedOnly: !user.Allows(Policies.Review), cache);

    /// <summary>True when only confirmed incidents are visible.</summary>
    public bool ConfirmedOnly => confirmedOnly;

    /// <summary>
    /// A search estimated to match more than this many times the matches it reads is read in date windows (PostgreSQL). The
    /// planner's estimate of two words together ran up to three times under the count on the bench store ("students prison":
    /// 1,300 estimated, 4,247 matching at a million), so the bar is low.
    /// </summary>
    public const int WindowedAbove = 1;

    /// <summary>
    /// What reading one row of the search table's date index into a bitmap costs against reading one match of the words from the
    /// table (PostgreSQL, a million incidents: ~0.5 against ~3.5 µs). A date range is read from the index (a window, a narrow
    /// filter) only when its rows cost less than the matches it saves reading.
    /// </summary>
    public const double DateIndexCost = 0.15;

    /// <summary>A plain list counts this many pages from the page's start, no further: the pager needs no more, and a count over every match of a broad filter cost more than the page at a million incidents.</summary>
    public const int CountedPages = 10;

    /// <summary>
    /// One page of rows matching <paramref name="filter"/>, newest first: the page after <see cref="IncidentFilter.After"/> or
    /// before <see cref="IncidentFilter.Before"/> (cursors: dates and ids compared, so a deep page costs what the first does), else
    /// page <see cref="IncidentFilter.Page"/> by offset. A list, a text search too, is counted <see cref="CountedPages"/> pages from
    /// the page's start at most (a search's newest matches, read ten pages at a time up to <see cref="CountLimit"/>, are kept, so
    /// paging through them reads the search once). A malformed cursor is treated as absent (the API refuses it before).
    /// </summary>
    public async Task<IncidentPage> ListAsync(IncidentFilter filter, CancellationToken cancellationToken = default)
    {
        // One connection for the page's queries (SQLite sets its pragmas on every open).
        await db.Database.OpenConnectionAsync(cancellationToken);
        const int size = IncidentFilter.PageSize;
        IncidentCursor? after = IncidentCursor.TryParse(filter.After, out var a) ? a : null;
        IncidentCursor? before = after is null && IncidentCursor.TryParse(filter.Before, out var b) ? b : null;
        var page = after is { } af ? af.Page + 1 : before is { } bf ? Math.Max(1, bf.Page - 1) : Math.Clamp(filter.Page ?? 1, 1, IncidentFilter.MaxPage);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            // A text search is the expensive part: evaluate it once for the ordered ids, count and page those in memory, then
            // read just the page's rows. It is counted as far as a plain list is, ten pages from the page's start ("more than
            // 500"), so only that many newest (+ 1) are read: a broad search no longer reads its 10,001 newest out of tens of
            // thousands of matches. They are read ten pages at a time, so the pages up to the tenth share one read.
            const int step = CountedPages * size;
            var reach = Math.Min(CountLimit, (((page - 1) * size) + step + step - 1) / step * step);
            var matches = cache is null
                ? await MatchAsync(filter, reach + 1, cancellationToken)
                : await cache.GetAsync(db, $"search:{confirmedOnly}:{reach}:{filter.MatchKey}", token => MatchAsync(filter, reach + 1, token), cancellationToken, ids => 1 + (ids.Length / 1000), Microsoft.Extensions.Caching.Memory.CacheItemPriority.Low);

            // A cursor's row is found among the matches; one no longer there (rejected, merged since) falls back on its page number.
            var start = (page - 1) * size;
            if (after is { } next && Array.IndexOf(matches, next.Id) is >= 0 and var n)
            {
                start = n + 1;
            }
            else if (before is { } previous && Array.IndexOf(matches, previous.Id) is >= 0 and var p)
            {
                start = Math.Max(0, p - size);
                page = start == 0 ? 1 : page;
            }

            var pageRows = await RowsAsync([.. matches.Skip(start).Take(size)], cancellationToken);
            var counted = Math.Min(reach, start + step);
            return new IncidentPage(
                pageRows, page, Math.Min(matches.Length, counted), matches.Length > counted,
                page > 1 && pageRows.Count > 0 ? Cursor(page, pageRows[0]) : null,
                start + size < matches.Length && pageRows.Count > 0 ? Cursor(page, pageRows[^1]) : null);
        }

        // Not made for a text search, which reads from the search table (and makes it only when it must join the incidents): it
        // tests every edited incident against the filter (at a million, 9,858 of them, on every year-filtered search).
        var split = await SplitAsync(filter, cancellationToken);
        // The first page and the pages reached by cursor forwards read their rows with their keys (one statement a part); a page by
        // number reads its keys past the offset from the index alone, and a page backwards its keys in reverse, then the rows by id.
        var read = before is null && (after is not null || page == 1) ? await NewestIncidents.RowsAfterAsync(split, after, size, PageColumns, cancellationToken) : null;
        var keys = read is not null ? [.. read.Select(r => (r.Id, r.DateFrom))]
            : before is { } bt ? await NewestIncidents.BeforeAsync(split, bt, size, cancellationToken)
            : await NewestIncidents.PageAsync(split, (page - 1) * size, size, cancellationToken);
        if (before is not null && keys.Count < size)
        {
            // Back at the start: the first page, whole.
            page = 1;
            read = await NewestIncidents.RowsAfterAsync(split, null, size, PageColumns, cancellationToken);
            keys = [.. read.Select(r => (r.Id, r.DateFrom))];
        }

        var skip = (page - 1) * size;
        if (keys.Count == 0)
        {
            // Past the end (a page number beyond the last): say how many there are, so the pager leads back.
            var counted = skip == 0 ? 0 : await split.All.Take(skip).CountAsync(cancellationToken);
            return new IncidentPage([], page, counted, false, null, null);
        }

        // Counted from the page's last row on, not from the start: the rows in front of the page are not read again.
        var last = new IncidentCursor(page, keys[^1].DateFrom, keys[^1].Id);
        var room = (CountedPages * size) - keys.Count;
        // In list order on PostgreSQL, and on SQLite under a date filter with a start: unordered, SQLite counts from the oldest
        // start date up and passes over every incident that ended before the filter's start (300,000 incidents, a two-year filter
        // by type and province: 1.6 ms against 0.18 in order; a list without `from` 0.08 ms unordered, up to 1.4 in order).
        var following = await NewestIncidents.CountAfterAsync(split, last, room + 1, ordered: db.Database.IsNpgsql() || filter.From is not null, cancellationToken);
        return new IncidentPage(
            read is not null ? [.. read.Select(Row)] : await RowsAsync([.. keys.Select(k => k.Id)], cancellationToken), page,
            skip + keys.Count + Math.Min(following, room), following > room,
            page > 1 ? new IncidentCursor(page, keys[0].DateFrom, keys[0].Id) : null,
            following > 0 ? last : null);
    }

    // A cursor at a search result's row: search results are found by id among the matches, so no date is written.
    private static IncidentCursor Cursor(int page, IncidentRow row) => new(page, null, row.Id);

    // The rows of the incidents with these ids, in the order given. Only the columns a row shows are read (RowColumns): the
    // whole incident was half of the rows' cost (its figures by source alone ~340 characters of JSON an incident).
    private async Task<List<IncidentRow>> RowsAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        var found = new List<Incident>(ids.Count);
        await foreach (var incident in ReadRows.For(db)(db, ids).WithCancellation(cancellationToken))
        {
            found.Add(incident);
        }

        var order = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        return found.OrderBy(i => order[i.Id]).Select(Row).ToList();
    }

    // The ids of the matching incidents, newest first by effective date (an editor's where one is set), at most
    // CountLimit + 1: the true newest however many match.
    // A search filtered by nothing else but status and dates (the common ones) reads its newest from the search table alone,
    // which holds each incident's start date and status (SearchIncidents): no look-up of each matching incident.
    private async Task<Guid[]> MatchAsync(IncidentFilter filter, int wanted, CancellationToken cancellationToken)
    {
        var edited = await EditedAsync(cancellationToken);
        var search = new SearchIncidents(db);
        (string? Status, string? NotStatus) visible = confirmedOnly ? (IncidentStatus.Confirmed, null)
            : string.IsNullOrWhiteSpace(filter.Status) ? (null, IncidentStatus.Rejected) : (filter.Status, null);
        var (status, notStatus) = visible;

        // A search filtered by nothing but status and dates is read from the search table alone: its date index narrows a year to
        // its start dates (and the longest span before them: an incident that began before the year may run into it), so no
        // incident is probed for each match of the words. The table holds each incident's effective start date (an editor's where
        // set), so its newest are read in order as they are, re-dated incidents too. Under a date filter, the edited incidents the
        // read takes but whose effective dates do not pass are left out of it, and those that pass but the read does not take
        // (the read compares the machine end date) are looked up by id (SearchDates.Of).
        var searchOnly = filter is { Type: null or "", Province: null or "", Source: null, Corroboration: null or <= 1 }
            && !(confirmedOnly && filter.Status is not (null or "" or IncidentStatus.Confirmed));
        var effective = filter.Effective();
        var statistics = searchOnly && filter.From is not null ? await StatisticsAsync(search, cancellationToken) : null;
        var dated = searchOnly && (filter.From is not null || filter.To is not null)
            ? await DatesAsync(effective, edited, statistics, cancellationToken)
            : null;
        var range = dated?.Range;

        // PostgreSQL reads a search that matches many incidents (by the planner's estimate) in date windows from the newest, each
        // window's words and dates ANDed in its indexes; one that matches few in one pass, which reads each match once where
        // windows would ask several times. SQLite reads every search in one pass: FTS5 cannot AND a date range inside its
        // index, so each window would run the whole match again, and the pass costs one key probe per match (a few µs).
        // Not a filtered search (type, province …) under a date filter with a start: the last window, below the start, would read
        // every older match, since an incident that began before the start may run into the range (measured at a million: more
        // CPU than one pass); the search table's read bounds it by the longest span.
        var postgres = db.Database.IsNpgsql();
        var estimate = postgres && (filter.From is null || range is not null)
            ? await search.EstimateAsync(filter.Q!, status, notStatus, range, await EstimatesAsync(cancellationToken), cancellationToken)
            : 0;
        var windowed = estimate > WindowedAbove * wanted || (postgres && range is not null);
        if (windowed)
        {
            statistics ??= await StatisticsAsync(search, cancellationToken);
        }

        var span = windowed ? statistics!.Dates : null;
        (DateOnly, DateOnly)? dates = null;
        var firstWindowDays = NewestIncidents.FirstWindowDays;
        if (span is { } all)
        {
            // The matches taken as spread evenly over the dates they can have: none starts after a date filter's end, nor before its
            // start less the longest span. One pass reads every match of the words (a date range only filters them), a window as
            // many rows of the date index as incidents start in it, each for a fraction of what a match costs.
            var oldest = range?.Earliest is { } earliest && earliest > all.Oldest ? earliest : all.Oldest;
            var newest = filter.To is { } to && to < all.Newest ? to : all.Newest;
            double allDays = all.Newest.DayNumber - all.Oldest.DayNumber + 1, days = Math.Max(1, newest.DayNumber - oldest.DayNumber + 1);
            var rowsADay = statistics!.Rows / allDays;
            var matches = range is null ? estimate : estimate * allDays / days;

            // The first window as wide as the estimate says `wanted` matches take (a quarter more).
            firstWindowDays = (int)Math.Clamp(Math.Ceiling((range is null ? allDays : days) * wanted * 1.25 / Math.Max(1, estimate)), 1, 1 << 22);
            if (estimate > WindowedAbove * wanted && newest >= oldest && DateIndexCost * rowsADay * firstWindowDays < matches)
            {
                dates = (oldest, newest);
                if (range is null)
                {
                    // The first window starts where the incidents from the newest on are as many as `wanted` matches take (a quarter
                    // more) at the estimate's share of all rows, read back along the date index: the days' spread is not even (at a
                    // million, the newest month held 8 incidents, the one before 12,102), and a window too narrow costs a second
                    // read, each evaluating the words' index whole (~60 ms for a broad search's 53,633 matches).
                    var offset = (int)Math.Min(int.MaxValue, Math.Ceiling(wanted * 1.25 * statistics.Rows / estimate));
                    firstWindowDays = await search.StartDateAsync(newest, offset, cancellationToken) is { } start
                        ? newest.DayNumber - start.DayNumber + 1
                        : newest.DayNumber - oldest.DayNumber + 1;
                }
            }
            else if (range is not null)
            {
                range = range with { Indexed = DateIndexCost * rowsADay * days < matches };
            }
        }

        if (!searchOnly)
        {
            // Only the edited incidents whose effective type, dates and province pass the filter can be among its matches: the
            // others need neither room in the reads nor a look-up (at a million, a year filter leaves ~470 of 3,298 re-dated
            // incidents, and the look-up tested each one's words).
            return await NewestIncidents.IdsAsync(
                (await SplitAsync(filter, cancellationToken)).All, [.. edited.Where(effective.Passes)], wanted,
                (window, take, token) => NewestIncidents.WindowAsync(filter.Split(db, Visible(filter.Status), edited, searchWindow: window).All, window, take, token),
                dates, firstWindowDays, cancellationToken: cancellationToken);
        }

        // The look-up by id tests the words and status only: which edited incidents pass the dates is known here. Without dates
        // the read places every incident, so no edited one needs a place of its own.
        return await NewestIncidents.IdsAsync(
            (ids, token) => search.MatchingAsync(filter.Q!, status, notStatus, ids, token), dated?.Passing ?? [], wanted,
            (window, take, token) => search.NewestAsync(filter.Q!, status, notStatus, range, window, take, token), dates, firstWindowDays,
            range is null ? null : range.LooksUp, cancellationToken: cancellationToken);
    }

    // A date filter as the search table reads it (SearchDates.Of) and the edited incidents whose effective dates pass it: the same
    // for every search with these dates until the store changes (with a cache, made once per audit-log head; each tests every
    // edited incident, 9,858 at a million, ~17 % of the server's CPU on a year-filtered search).
    private Task<FilterDates> DatesAsync(EffectiveFilter effective, List<EditedIncident> edited, SearchStatistics? statistics, CancellationToken cancellationToken)
    {
        FilterDates Make() => new(SearchDates.Of(effective, edited, statistics?.LongestSpan ?? 0, statistics?.ShortestSpan ?? 0), [.. edited.Where(effective.Passes)]);
        return cache is null
            ? Task.FromResult(Make())
            : cache.GetAsync(db, $"search-dates:{effective.From?.DayNumber}:{effective.To?.DayNumber}", _ => Task.FromResult(Make()), cancellationToken, dates => 1 + ((dates.Range.Excluded.Count + dates.Passing.Count) / 1000));
    }

    // PostgreSQL's estimates of searches' parts (each word, the status and dates), from which a search's estimate is made without a
    // statement when its parts were seen before (with a cache, kept per audit-log head, like the statistics they come from; up to
    // SearchEstimates.Capacity parts, ~1 MB, so sized as ten units).
    private async Task<SearchEstimates?> EstimatesAsync(CancellationToken cancellationToken) =>
        cache is null ? null : await cache.GetAsync(db, "search-estimates", _ => Task.FromResult(new SearchEstimates()), cancellationToken, _ => 10);

    // The dates, row count and spans a search's plan reads (with a cache, once per audit-log head: they are the same for every
    // search until the store changes; PostgreSQL's row count is its statistics', which only an ANALYZE changes, and is only a cost).
    private Task<SearchStatistics> StatisticsAsync(SearchIncidents search, CancellationToken cancellationToken) =>
        cache is null ? search.StatisticsAsync(cancellationToken) : cache.GetAsync(db, "search-statistics", search.StatisticsAsync, cancellationToken);

    /// <summary>The incidents visible to this reader and matching <paramref name="filter"/> (<see cref="IncidentFilter.Apply"/>), as a query to compose further.</summary>
    public async Task<IQueryable<Incident>> FilteredAsync(IncidentFilter filter, CancellationToken cancellationToken = default) =>
        (await SplitAsync(filter, cancellationToken)).All;

    /// <summary>As <see cref="FilteredAsync"/>, with the incidents an editor moved into the filter kept apart (<see cref="EffectiveQuery"/>), for lists read newest first.</summary>
    public async Task<EffectiveQuery> SplitAsync(IncidentFilter filter, CancellationToken cancellationToken = default) =>
        filter.Split(db, Visible(filter.Status), await EditedAsync(cancellationToken));

    /// <summary>The incidents with an editor's value for a listed field (with a cache, read once per audit-log head).</summary>
    public Task<List<EditedIncident>> EditedAsync(CancellationToken cancellationToken = default) =>
        cache is null
            ? EditedIncident.LoadAsync(db, cancellationToken)
            : cache.GetAsync(db, "edited", token => EditedIncident.LoadAsync(db, token), cancellationToken, edited => 1 + (edited.Count / 1000));

    /// <summary>The incidents this reader may see: confirmed only, or every status but rejected unless <paramref name="status"/> names one.</summary>
    public IQueryable<Incident> Visible(string? status = null)
    {
        var incidents = db.Incidents.AsNoTracking();
        if (confirmedOnly)
        {
            return status is null or IncidentStatus.Confirmed ? incidents.Where(i => i.Status == IncidentStatus.Confirmed) : incidents.Where(_ => false);
        }

        return string.IsNullOrWhiteSpace(status)
            ? incidents.Where(i => i.Status != IncidentStatus.Rejected)
            : incidents.Where(i => i.Status == status);
    }

    // A date filter's reading and the edited incidents that pass it (DatesAsync).
    private sealed record FilterDates(SearchDates Range, List<EditedIncident> Passing);

    /// <summary>One incident, if this reader may see it (any status, rejected too, unless only confirmed ones are visible).</summary>
    public Task<Incident?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Incidents.AsNoTracking()
            .Where(i => i.Id == id && (!confirmedOnly || i.Status == IncidentStatus.Confirmed))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The most mentions an incident page lists (a big incident's remaining ones are counted, not shown).</summary>
    public const int MentionLimit = 50;

    /// <summary>One incident with its figures by source, mentions (with their evidence text) and history, if this reader may see it (<see cref="ReadIncident"/>).</summary>
    public Task<IncidentDetail?> DetailAsync(Guid id, CancellationToken cancellationToken = default) =>
        new ReadIncident(db).RunAsync(id, confirmedOnly ? IncidentAudience.Reader : IncidentAudience.Editor, MentionLimit, cancellationToken);

    /// <summary>The columns <see cref="Row"/> reads, as an incident with only those set: a list reads no more of each incident.</summary>
    public static System.Linq.Expressions.Expression<Func<Incident, Incident>> RowColumns { get; } = i => new Incident
    {
        Id = i.Id, Type = i.Type, Date = i.Date, DateEnd = i.DateEnd, Place = i.Place, Admin1 = i.Admin1,
        KilledMin = i.KilledMin, KilledMax = i.KilledMax, KilledBest = i.KilledBest,
        InjuredMin = i.InjuredMin, InjuredMax = i.InjuredMax, InjuredBest = i.InjuredBest,
        ArrestedMin = i.ArrestedMin, ArrestedMax = i.ArrestedMax, ArrestedBest = i.ArrestedBest,
        MentionCount = i.MentionCount, SourceCount = i.SourceCount, Corroboration = i.Corroboration, Sources = i.Sources, Status = i.Status,
        OverridesJson = i.OverridesJson,
    };

    /// <summary>The columns of <see cref="RowColumns"/> and the start date a list's page is ordered by (<see cref="NewestIncidents.RowsAfterAsync"/>).</summary>
    private static System.Linq.Expressions.Expression<Func<Incident, Incident>> PageColumns { get; } = WithDateFrom(RowColumns);

    private static System.Linq.Expressions.Expression<Func<Incident, Incident>> WithDateFrom(System.Linq.Expressions.Expression<Func<Incident, Incident>> columns)
    {
        var init = (System.Linq.Expressions.MemberInitExpression)columns.Body;
        var incident = columns.Parameters[0];
        var dateFrom = typeof(Incident).GetProperty(nameof(Incident.DateFrom))!;
        return System.Linq.Expressions.Expression.Lambda<Func<Incident, Incident>>(
            System.Linq.Expressions.Expression.MemberInit(init.NewExpression, [.. init.Bindings, System.Linq.Expressions.Expression.Bind(dateFrom, System.Linq.Expressions.Expression.Property(incident, dateFrom))]),
            incident);
    }

    // RowsAsync's query, compiled once (declared after RowColumns, which it reads when the class is initialised): as a LINQ query
    // it was translated again on every page (its parameters extracted from the expression, its cache key hashed over the 21
    // columns' projection), ~1.3 % of the server's CPU on a filtered list.
    private static readonly CompiledPerModel<Func<VigilDbContext, List<Guid>, IAsyncEnumerable<Incident>>> ReadRows = new(() => EF.CompileAsyncQuery(RowsQuery()));

    private static System.Linq.Expressions.Expression<Func<VigilDbContext, List<Guid>, IQueryable<Incident>>> RowsQuery()
    {
        System.Linq.Expressions.Expression<Func<VigilDbContext, List<Guid>, IQueryable<Incident>>> byId =
            (db, ids) => db.Incidents.AsNoTracking().Where(i => ids.Contains(i.Id));
        var select = System.Linq.Expressions.Expression.Call(
            typeof(Queryable), nameof(Queryable.Select), [typeof(Incident), typeof(Incident)], byId.Body, System.Linq.Expressions.Expression.Quote(RowColumns));
        return System.Linq.Expressions.Expression.Lambda<Func<VigilDbContext, List<Guid>, IQueryable<Incident>>>(select, byId.Parameters);
    }

    /// <summary>An incident as a list row, with its effective values (it reads the columns of <see cref="RowColumns"/> only).</summary>
    public static IncidentRow Row(Incident i)
    {
        var o = IncidentOverrides.Of(i);
        return new IncidentRow(
            i.Id,
            IncidentOverrides.Effective(o, "type", i.Type)!,
            IncidentOverrides.Effective(o, "date", i.Date),
            IncidentOverrides.Effective(o, "date_end", i.DateEnd),
            IncidentOverrides.Effective(o, "place", i.Place),
            IncidentOverrides.Effective(o, "admin1", i.Admin1),
            i.KilledMin, i.KilledMax, i.KilledBest,
            i.InjuredMin, i.InjuredMax, i.InjuredBest,
            i.ArrestedMin, i.ArrestedMax, i.ArrestedBest,
            i.MentionCount, i.SourceCount, i.Corroboration, Vigil.Storage.Sources.SourceNames.WithoutFileNames(i.Sources), i.Status, o);
    }
}
