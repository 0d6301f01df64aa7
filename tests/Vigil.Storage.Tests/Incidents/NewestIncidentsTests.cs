using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Incidents;
using Vigil.Storage.Mentions;
using Vigil.Storage.Reports;
using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>A text search's incidents newest first: the true newest, however many incidents match.</summary>
public abstract class NewestIncidentsTests : StoreTest
{
    private const int Limit = 10_001;

    [StoreFact]
    public async Task A_search_matching_more_incidents_than_the_limit_returns_the_newest_by_date_then_id()
    {
        var (expected, unmatched) = await SeedMatchesAsync();

        Guid[] found;
        await using (var db = OpenDb())
        {
            var edited = await EditedIncident.LoadAsync(db);
            var matching = new IncidentFilter { Q = "teachers strike" }.Apply(db, db.Incidents.AsNoTracking(), edited);
            found = await NewestIncidents.IdsAsync(matching, edited, Limit);
        }

        Assert.Equal(Guid.Parse("00000001-0000-4000-8000-000000000000"), found[0]);
        Assert.Equal(Guid.Parse($"{OldMatches + NewestMatches:x8}-0000-4000-8000-000000000000"), found[1]);
        Assert.Equal(expected.Take(IncidentFilter.PageSize), found.Take(IncidentFilter.PageSize));
        Assert.Equal(expected.Take(Limit), found);
        Assert.DoesNotContain(unmatched, found);
    }

    [StoreFact]
    public async Task A_search_read_in_date_windows_from_the_newest_returns_the_same_newest_as_one_pass()
    {
        // The windows start at the newest month and widen; the re-dated incident (oldest by its machine date) and the undated
        // one must still land where their dates put them, on the search table's path and on the filtered one, at any limit.
        var (expected, _) = await SeedMatchesAsync();
        await using var db = OpenDb();
        var edited = await EditedIncident.LoadAsync(db);
        var filter = new IncidentFilter { Q = "teachers strike" };
        var matching = filter.Apply(db, db.Incidents.AsNoTracking(), edited);
        var search = new SearchIncidents(db);
        var dates = await search.DatesAsync();
        Assert.Equal((new DateOnly(2018, 1, 1), new DateOnly(2025, 1, 1)), dates);
        if (db.Database.IsNpgsql())
        {
            // What decides between one pass and windows: the planner's estimate, from the words' statistics (no row read).
            await db.Database.ExecuteSqlRawAsync("ANALYZE incident_search");
            Assert.InRange(await search.EstimateAsync("teachers strike", null, IncidentStatus.Rejected), 5_000, 20_000);
            Assert.InRange(await search.EstimateAsync("farmers", null, IncidentStatus.Rejected), 0, 100);
        }

        foreach (var limit in new[] { 1, 2, 50, 121, 501, Limit, OldMatches + NewestMatches + 5 })
        {
            var fromTable = await NewestIncidents.IdsAsync(
                matching, edited, limit, (window, take, token) => search.NewestAsync("teachers strike", null, IncidentStatus.Rejected, window, take, token), dates);
            var filtered = await NewestIncidents.IdsAsync(
                matching, edited, limit, (window, take, token) => NewestIncidents.WindowAsync(filter.Split(db, db.Incidents.AsNoTracking(), edited, searchWindow: window).All, window, take, token), dates);
            Assert.Equal(expected.Take(limit), fromTable);
            Assert.Equal(expected.Take(limit), filtered);
        }
    }

    [StoreFact]
    public async Task A_search_with_a_date_filter_read_from_the_search_table_finds_what_the_filtered_query_finds_in_the_same_order()
    {
        // 1,100 matches two to a day from 2021-06-01 (so 2022 holds ~730 of them) and, around the start of 2022: one that spans
        // into it from 2021-12-20, the longest (123 days) from 2021-10-01, one that ends on 2021-12-31, one re-dated by an editor
        // from 2020 into 2022, one re-dated out of 2022, one whose end an editor moved into 2022, and an undated one.
        var rows = new List<(Guid Id, DateOnly? From, DateOnly? To, string Overrides)>();
        for (var n = 0; n < 1_100; n++)
        {
            var date = new DateOnly(2021, 6, 1).AddDays(n / 2);
            rows.Add((Guid.Parse($"{n + 100:x8}-0000-4000-8000-000000000000"), date, date, "{}"));
        }

        Guid Special(int n) => Guid.Parse($"{n:x8}-0000-4000-8000-000000000000");
        rows.Add((Special(1), new(2021, 12, 20), new(2022, 1, 5), "{}"));
        rows.Add((Special(2), new(2021, 10, 1), new(2022, 2, 1), "{}"));
        rows.Add((Special(3), new(2021, 12, 31), new(2021, 12, 31), "{}"));
        rows.Add((Special(4), new(2020, 5, 1), new(2020, 5, 1), """{"date":"2022-03-03"}"""));
        rows.Add((Special(5), new(2022, 6, 1), new(2022, 6, 1), """{"date":"2019-01-01"}"""));
        rows.Add((Special(6), new(2021, 12, 10), new(2021, 12, 10), """{"date_end":"2022-01-15"}"""));
        rows.Add((Special(7), null, null, "{}"));
        await using (var db = OpenDb())
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Reports.Add(new Report { Id = "teachers", FileName = "teachers.txt", Format = "txt", Body = "Teachers went on strike over unpaid wages.", IngestedAt = StoredAt });
            db.Incidents.AddRange(rows.Select(r => new Incident
            {
                Id = r.Id, Type = "strike", Date = r.From?.ToString("yyyy-MM-dd"), DateEnd = r.To == r.From ? null : r.To?.ToString("yyyy-MM-dd"),
                DateFrom = r.From, DateTo = r.To, UpdatedAt = StoredAt, OverridesJson = r.Overrides,
            }));
            db.Mentions.AddRange(rows.Select((r, n) => new Mention { Id = r.Id, ReportId = "teachers", Ordinal = n, Type = "strike", IncidentId = r.Id }));
            await db.SaveChangesAsync();
        }

        await using var read = OpenDb();
        var edited = await EditedIncident.LoadAsync(read);
        var search = new SearchIncidents(read);
        Assert.Equal((123, 0), await search.SpansAsync());
        if (read.Database.IsNpgsql())
        {
            await read.Database.ExecuteSqlRawAsync("ANALYZE incident_search");
        }

        // What a search plans with (the web app reads it once per audit-log head): the spans, and on PostgreSQL the stored start
        // dates (an editor's 2019-01-01 the oldest; the last of the 1,100 on 2022-12-02) and the analysed row count (1,107 rows).
        var statistics = await search.StatisticsAsync();
        Assert.Equal((123, 0), (statistics.LongestSpan, statistics.ShortestSpan));
        Assert.Equal(read.Database.IsNpgsql() ? (new DateOnly(2019, 1, 1), new DateOnly(2022, 12, 2)) : null, statistics.Dates);
        Assert.Equal(read.Database.IsNpgsql() ? 1_107 : 0, statistics.Rows);

        var (oldest, _) = (await search.DatesAsync())!.Value;
        foreach (var (from, to) in new (DateOnly?, DateOnly?)[] { (new(2022, 1, 1), new(2022, 12, 31)), (new(2022, 1, 1), null), (null, new(2021, 12, 31)), (new(2022, 1, 2), new(2022, 1, 3)) })
        {
            var filter = new IncidentFilter { Q = "teachers", From = from, To = to };
            var effective = filter.Effective();
            var passing = edited.Where(effective.Passes).ToList();
            var longest = from is null ? 0 : (await search.SpansAsync()).Longest;
            var all = await NewestIncidents.IdsAsync(filter.Apply(read, read.Incidents.AsNoTracking(), edited), passing, 2_000);
            foreach (var limit in new[] { 1, 50, 501, 2_000 })
            {
                var filtered = await NewestIncidents.IdsAsync(
                    filter.Apply(read, read.Incidents.AsNoTracking(), edited), passing, limit,
                    (window, take, token) => NewestIncidents.WindowAsync(filter.Split(read, read.Incidents.AsNoTracking(), edited, searchWindow: window).All, window, take, token), null);
                Assert.Equal(all.Take(limit), filtered);
                foreach (var indexed in new[] { true, false })
                {
                    var dates = SearchDates.Of(effective, edited, longest) with { Indexed = indexed };
                    foreach (var windows in new (DateOnly, DateOnly)?[] { null, (dates.Earliest is { } e && e > oldest ? e : oldest, to ?? new DateOnly(2023, 12, 31)) })
                    {
                        var fromTable = await NewestIncidents.IdsAsync(
                            (ids, token) => search.MatchingAsync("teachers", null, IncidentStatus.Rejected, ids, token), passing, limit,
                            (window, take, token) => search.NewestAsync("teachers", null, IncidentStatus.Rejected, dates, window, take, token), windows,
                            firstWindowDays: 20, lookedUp: dates.LooksUp);
                        Assert.Equal(all.Take(limit), fromTable);
                    }
                }
            }

        }

        // In 2022 (and after): the matches from 2022-01-01 on (two a day to 2022-12-01, where they end), the re-dated one at
        // 2022-03-03, and the three that began in 2021 and run into 2022, last, by their start dates.
        var year = await NewestIncidents.IdsAsync(new IncidentFilter { Q = "teachers", From = new(2022, 1, 1) }.Apply(read, read.Incidents.AsNoTracking(), edited), edited, 2_000);
        Assert.Equal([Special(1), Special(6), Special(2)], year[^3..]);
        Assert.Equal(rows.Count(r => r.Overrides == "{}" && r.From >= new DateOnly(2022, 1, 1)) + 4, year.Length);
        Assert.DoesNotContain(Special(5), year);
        var redatedAt = rows.Count(r => r.Overrides == "{}" && r.From >= new DateOnly(2022, 3, 3));
        Assert.Equal(Special(4), year[redatedAt]);

        // Two days inside 2022: the four matches of those days and the three that began in 2021 and still run.
        var days = await NewestIncidents.IdsAsync(new IncidentFilter { Q = "teachers", From = new(2022, 1, 2), To = new(2022, 1, 3) }.Apply(read, read.Incidents.AsNoTracking(), edited), edited, 2_000);
        Assert.Equal(7, days.Length);
        Assert.Equal([Special(1), Special(6), Special(2)], days[^3..]);
    }

    [StoreFact]
    public async Task An_incident_that_ends_before_it_starts_is_filtered_by_its_end_on_the_search_tables_path_too()
    {
        // Malformed machine dates (end before start): the filtered query compares the end with `from`, so a start inside the
        // range must not be taken as proof that the incident reaches it.
        var reversed = Guid.Parse("00000001-0000-4000-8000-000000000000");
        var plain = Guid.Parse("00000002-0000-4000-8000-000000000000");
        await using (var db = OpenDb())
        {
            db.Reports.Add(new Report { Id = "teachers", FileName = "teachers.txt", Format = "txt", Body = "Teachers went on strike over unpaid wages.", IngestedAt = StoredAt });
            db.Incidents.Add(new Incident { Id = reversed, Type = "strike", Date = "2022-01-10", DateFrom = new(2022, 1, 10), DateTo = new(2021, 12, 20), UpdatedAt = StoredAt });
            db.Incidents.Add(new Incident { Id = plain, Type = "strike", Date = "2022-01-05", DateFrom = new(2022, 1, 5), DateTo = new(2022, 1, 5), UpdatedAt = StoredAt });
            db.Mentions.Add(new Mention { Id = reversed, ReportId = "teachers", Ordinal = 0, Type = "strike", IncidentId = reversed });
            db.Mentions.Add(new Mention { Id = plain, ReportId = "teachers", Ordinal = 1, Type = "strike", IncidentId = plain });
            await db.SaveChangesAsync();
        }

        await using var read = OpenDb();
        var search = new SearchIncidents(read);
        var (longest, shortest) = await search.SpansAsync();
        Assert.Equal((0, -21), (longest, shortest));
        var filtered = await NewestIncidents.IdsAsync(new IncidentFilter { Q = "teachers", From = new(2022, 1, 1) }.Apply(read, read.Incidents.AsNoTracking(), []), [], 10);
        var dates = new SearchDates(new(2022, 1, 1), null, longest, [], ShortestSpan: shortest);
        Assert.Equal([plain], filtered);
        Assert.Equal([plain], (await search.NewestAsync("teachers", null, IncidentStatus.Rejected, dates, null, 10)).Select(r => r.Id));
    }

    [StoreFact]
    public async Task A_search_estimated_from_its_parts_gets_the_planners_estimate_and_asks_nothing_once_its_parts_are_known()
    {
        await SeedMatchesAsync();
        await using var db = OpenDb();
        if (!db.Database.IsNpgsql())
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync("ANALYZE incident_search");
        var search = new SearchIncidents(db);
        var known = new SearchEstimates();
        foreach (var (query, status, notStatus) in new (string Query, string? Status, string? NotStatus)[] { ("teachers strike", null, IncidentStatus.Rejected), ("farmers", null, IncidentStatus.Rejected), ("unpaid teachers", IncidentStatus.Confirmed, null) })
        {
            var whole = await search.EstimateAsync(query, status, notStatus);
            Assert.InRange(await search.EstimateAsync(query, status, notStatus, null, known), whole - 1, whole + 1);
        }

        // Every row, the two status conditions and the four words: kept, so a new search of known words is estimated from them
        // alone (here by a search over a closed context, which fails if it asks the database anything).
        Assert.Equal(7, known.Count);
        var closed = OpenDb();
        await closed.DisposeAsync();
        await Assert.ThrowsAnyAsync<ObjectDisposedException>(() => new SearchIncidents(closed).EstimateAsync("farmers", null, IncidentStatus.Rejected));
        Assert.Equal(await search.EstimateAsync("strike teachers", null, IncidentStatus.Rejected, null, known), await new SearchIncidents(closed).EstimateAsync("teachers strike", null, IncidentStatus.Rejected, null, known));
        var three = await search.EstimateAsync("farmers unpaid teachers", null, IncidentStatus.Rejected);
        Assert.Equal(51, three); // 'farmers' is in 1 of 10,302 rows, below the words the statistics keep: 0.5 % of the rows
        Assert.InRange(await new SearchIncidents(closed).EstimateAsync("farmers unpaid teachers", null, IncidentStatus.Rejected, null, known), three - 1, three + 1);
        Assert.Equal(7, known.Count);

        // A date range (several arguments) and a new word asked for in one command: each part's arguments are numbered on from
        // the part before it.
        var (longest, shortest) = await search.SpansAsync();
        var dates = new SearchDates(new(2023, 1, 1), new(2024, 12, 31), longest, [], ShortestSpan: shortest);
        var dated = await search.EstimateAsync("unpaid pensioners", null, IncidentStatus.Rejected, dates);
        Assert.InRange(await search.EstimateAsync("unpaid pensioners", null, IncidentStatus.Rejected, dates, known), dated - 1, dated + 1);
        Assert.Equal(9, known.Count);
    }

    [StoreFact]
    public async Task The_start_date_some_places_after_the_newest_is_read_back_along_the_date_index()
    {
        await SeedMatchesAsync();
        await using var db = OpenDb();
        var starts = await db.Database.SqlQuery<DateOnly>($"SELECT date_from AS \"Value\" FROM incident_search WHERE date_from IS NOT NULL").ToListAsync();
        var newestFirst = starts.OrderDescending().ToList();
        var search = new SearchIncidents(db);
        Assert.Equal(new DateOnly(2025, 1, 1), newestFirst[0]);
        Assert.Equal(new DateOnly(2024, 1, 1), newestFirst[1]);
        Assert.Equal(newestFirst[0], await search.StartDateAsync(new DateOnly(2030, 1, 1), 0));
        foreach (var offset in new[] { 1, 2, 120, 121, 5_000, newestFirst.Count - 1 })
        {
            Assert.Equal(newestFirst[offset], await search.StartDateAsync(new DateOnly(2030, 1, 1), offset));
        }

        Assert.Null(await search.StartDateAsync(new DateOnly(2030, 1, 1), newestFirst.Count));
        var beforeNewest = newestFirst.Where(d => d <= new DateOnly(2023, 6, 10)).ToList();
        Assert.Equal(beforeNewest[7], await search.StartDateAsync(new DateOnly(2023, 6, 10), 7));
        Assert.Null(await search.StartDateAsync(new DateOnly(2017, 12, 31), 0));
    }

    // The keys of the page after `at` as a list reads it (NewestIncidents.RowsAfterAsync, the columns that order it and the required type).
    private static async Task<List<(Guid Id, DateOnly? DateFrom)>> AfterAsync(IQueryable<Incident> incidents, IncidentCursor at, int size) =>
        [.. (await NewestIncidents.RowsAfterAsync(incidents, at, size, i => new Incident { Id = i.Id, Type = i.Type, DateFrom = i.DateFrom })).Select(i => (i.Id, i.DateFrom))];

    private static async Task<List<(Guid Id, DateOnly? DateFrom)>> AfterAsync(EffectiveQuery incidents, IncidentCursor at, int size) =>
        [.. (await NewestIncidents.RowsAfterAsync(incidents, at, size, i => new Incident { Id = i.Id, Type = i.Type, DateFrom = i.DateFrom })).Select(i => (i.Id, i.DateFrom))];

    private const int OldMatches = 10_180;
    private const int NewestMatches = 120;

    // 10,300 matching incidents from one report, written straight into the tables (ingest would take minutes), and one
    // undated. The newest 120 (three to a day) are inserted last with the largest ids, where a limit taken before the sort
    // never reaches; the oldest one was re-dated by an editor to after all of them. Returns the matches newest first.
    private async Task<(List<Guid> Expected, Guid Unmatched)> SeedMatchesAsync()
    {
        var rows = new List<(Guid Id, DateOnly? Date)>();
        var incidents = new List<Incident>();
        var mentions = new List<Mention>();
        const int old = OldMatches, newest = NewestMatches;
        for (var n = 0; n < old + newest + 1; n++)
        {
            var id = Guid.Parse($"{n + 1:x8}-0000-4000-8000-000000000000");
            DateOnly? date = n switch
            {
                < old => new DateOnly(2018, 1, 1).AddDays(n % 1500),
                < old + newest => new DateOnly(2023, 6, 1).AddDays((n - old) / 3),
                _ => null,
            };
            incidents.Add(new Incident
            {
                Id = id, Type = "strike", Date = date?.ToString("yyyy-MM-dd"), DateFrom = date, DateTo = date, UpdatedAt = StoredAt,
                OverridesJson = n == 0 ? """{"date":"2024-01-01"}""" : "{}",
            });
            mentions.Add(new Mention { Id = id, ReportId = "teachers", Ordinal = n, Type = "strike", IncidentId = id });
            rows.Add((id, n == 0 ? new DateOnly(2024, 1, 1) : date));
        }

        // Newer than every match, but from a report the search does not find.
        var unmatched = Guid.Parse("ffffffff-0000-4000-8000-000000000000");
        incidents.Add(new Incident { Id = unmatched, Type = "strike", Date = "2025-01-01", DateFrom = new(2025, 1, 1), DateTo = new(2025, 1, 1), UpdatedAt = StoredAt });
        mentions.Add(new Mention { Id = unmatched, ReportId = "farmers", Ordinal = 0, Type = "strike", IncidentId = unmatched });

        await using (var db = OpenDb())
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Reports.Add(new Report { Id = "teachers", FileName = "teachers.txt", Format = "txt", Body = "Teachers went on strike over unpaid wages.", IngestedAt = StoredAt });
            db.Reports.Add(new Report { Id = "farmers", FileName = "farmers.txt", Format = "txt", Body = "Farmers protested over water.", IngestedAt = StoredAt });
            db.Incidents.AddRange(incidents);
            db.Mentions.AddRange(mentions);
            await db.SaveChangesAsync();
        }

        return (rows.OrderByDescending(r => r.Date.HasValue).ThenByDescending(r => r.Date).ThenByDescending(r => r.Id).Select(r => r.Id).ToList(), unmatched);
    }

    [StoreFact]
    public async Task A_search_read_from_the_search_table_finds_the_re_dated_incidents_at_their_new_dates_without_placing_them()
    {
        // 12 matches a day apart in January 2022 (ids 1-12) and one that does not match; editors moved match 1 to 2023 (first),
        // match 6 to the 9th (beside match 9, after it by id), match 12 to 2020 (out of the first ten), set only the place of
        // match 3, and moved the unmatched one to 2024. The search table holds the editors' dates, so its read alone is in order:
        // given no edited incidents, one read of ten rows and no look-up gives what placing the re-dated ones in memory gives.
        Guid Id(int n) => Guid.Parse($"{n:x8}-0000-4000-8000-000000000000");
        var overrides = new Dictionary<int, string>
        {
            [1] = """{"date":"2023-01-01"}""", [3] = """{"place":"Karaj"}""", [6] = """{"date":"2022-01-09"}""", [12] = """{"date":"2020-01-01"}""", [13] = """{"date":"2024-01-01"}""",
        };
        await using (var db = OpenDb())
        {
            db.Reports.Add(new Report { Id = "teachers", FileName = "teachers.txt", Format = "txt", Body = "Teachers went on strike over unpaid wages.", IngestedAt = StoredAt });
            db.Reports.Add(new Report { Id = "farmers", FileName = "farmers.txt", Format = "txt", Body = "Farmers protested over water.", IngestedAt = StoredAt });
            for (var n = 1; n <= 13; n++)
            {
                var date = new DateOnly(2022, 1, n);
                db.Incidents.Add(new Incident
                {
                    Id = Id(n), Type = "strike", Date = date.ToString("yyyy-MM-dd"), DateFrom = date, DateTo = date, UpdatedAt = StoredAt,
                    OverridesJson = overrides.GetValueOrDefault(n, "{}"),
                });
                db.Mentions.Add(new Mention { Id = Id(n), ReportId = n == 13 ? "farmers" : "teachers", Ordinal = n, Type = "strike", IncidentId = Id(n) });
            }

            await db.SaveChangesAsync();
        }

        await using var read = OpenDb();
        var edited = await EditedIncident.LoadAsync(read);
        Assert.Equal([Id(1), Id(6), Id(12), Id(13)], edited.Where(e => e.Redated).Select(e => e.Id).Order());

        var search = new SearchIncidents(read);
        var taken = new List<int>();
        Task<List<(Guid Id, DateOnly? DateFrom)>> Read(SearchWindow? window, int take, CancellationToken token)
        {
            taken.Add(take);
            return search.NewestAsync("teachers", null, IncidentStatus.Rejected, window, take, token);
        }

        Task<List<Guid>> NoLookUp(List<Guid> ids, CancellationToken token) => throw new InvalidOperationException("a pass that read every match looks nothing up");
        var read10 = await NewestIncidents.IdsAsync(NoLookUp, [], 10, Read, null);
        var placed = await NewestIncidents.IdsAsync(NoLookUp, edited, 10, Read, null);
        Assert.Equal([Id(1), Id(11), Id(10), Id(9), Id(6), Id(8), Id(7), Id(5), Id(4), Id(3)], read10);
        Assert.Equal(read10, placed);
        Assert.Equal([10, 14], taken);
        Assert.Equal(
            [(Id(1), new DateOnly(2023, 1, 1)), (Id(11), new DateOnly(2022, 1, 11))],
            (await search.NewestAsync("teachers", null, IncidentStatus.Rejected, 2)).Select(h => (h.Id, h.DateFrom!.Value)));
    }

    [StoreFact]
    public async Task At_one_match_past_the_limit_the_oldest_is_the_one_left_out_on_both_search_paths()
    {
        // Limit + 1 matches, dated one day apart and stored oldest first with the smallest ids; the match stored last
        // (largest id) is the newest. Both the filtered query and the search table's own order must drop the oldest only.
        var incidents = new List<Incident>();
        var mentions = new List<Mention>();
        for (var n = 0; n < Limit + 1; n++)
        {
            var id = Guid.Parse($"{n + 1:x8}-0000-4000-8000-000000000000");
            var date = new DateOnly(1995, 1, 1).AddDays(n);
            incidents.Add(new Incident { Id = id, Type = "strike", Date = date.ToString("yyyy-MM-dd"), DateFrom = date, DateTo = date, UpdatedAt = StoredAt });
            mentions.Add(new Mention { Id = id, ReportId = "teachers", Ordinal = n, Type = "strike", IncidentId = id });
        }

        await using (var db = OpenDb())
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Reports.Add(new Report { Id = "teachers", FileName = "teachers.txt", Format = "txt", Body = "Teachers went on strike over unpaid wages.", IngestedAt = StoredAt });
            db.Incidents.AddRange(incidents);
            db.Mentions.AddRange(mentions);
            await db.SaveChangesAsync();
        }

        var expected = incidents.Select(i => i.Id).Reverse().Take(Limit).ToList();
        await using (var db = OpenDb())
        {
            var matching = new IncidentFilter { Q = "teachers" }.Apply(db, db.Incidents.AsNoTracking(), []);
            var filtered = await NewestIncidents.IdsAsync(matching, [], Limit);
            var search = new SearchIncidents(db);
            var fromTable = await NewestIncidents.IdsAsync(matching, [], Limit, (window, take, token) => search.NewestAsync("teachers", null, IncidentStatus.Rejected, window, take, token), null);
            var inWindows = await NewestIncidents.IdsAsync(matching, [], Limit, (window, take, token) => search.NewestAsync("teachers", null, IncidentStatus.Rejected, window, take, token), await search.DatesAsync());
            Assert.Equal(expected, filtered);
            Assert.Equal(expected, fromTable);
            Assert.Equal(expected, inWindows);
            Assert.DoesNotContain(incidents[0].Id, fromTable);
            Assert.Equal(incidents[^1].Id, fromTable[0]);
        }
    }

    [StoreFact]
    public async Task Pages_by_cursor_walk_forward_and_back_through_the_same_order_as_pages_by_number()
    {
        // 120 dated incidents, three to a day (ties broken by id), then 17 undated, stored in a shuffled order; 5 rejected
        // ones are left out by the filter. Newest first is date, then id, descending, undated last by id on both databases.
        var all = new List<(Guid Id, DateOnly? Date, string Status)>();
        for (var n = 0; n < 142; n++)
        {
            var id = Guid.Parse($"{n + 1:x8}-0000-4000-8000-000000000000");
            all.Add((id, n < 120 ? new DateOnly(2022, 9, 1).AddDays(n / 3) : null, n % 29 == 7 ? IncidentStatus.Rejected : IncidentStatus.Unreviewed));
        }

        await using (var db = OpenDb())
        {
            db.Incidents.AddRange(all.OrderBy(r => r.Id.GetHashCode()).Select(r => new Incident
            {
                Id = r.Id, Type = "protest", Date = r.Date?.ToString("yyyy-MM-dd"), DateFrom = r.Date, DateTo = r.Date, Status = r.Status, UpdatedAt = StoredAt,
            }));
            await db.SaveChangesAsync();
        }

        var expected = all.Where(r => r.Status != IncidentStatus.Rejected)
            .OrderByDescending(r => r.Date.HasValue).ThenByDescending(r => r.Date).ThenByDescending(r => r.Id).Select(r => r.Id).ToList();
        await using var read = OpenDb();
        var visible = read.Incidents.AsNoTracking().Where(i => i.Status != IncidentStatus.Rejected);
        static IncidentCursor At(int page, (Guid Id, DateOnly? DateFrom) row) => new(page, row.DateFrom, row.Id);

        var byNumber = new List<List<(Guid Id, DateOnly? DateFrom)>>();
        for (var page = 0; page < 4; page++)
        {
            byNumber.Add(await NewestIncidents.PageAsync(visible, page * 40, 40));
        }

        Assert.Equal(expected, byNumber.SelectMany(p => p).Select(r => r.Id));
        Assert.Equal([40, 40, 40, 17], byNumber.Select(p => p.Count));

        // Forward from each page's last row gives the next page, across the dated/undated boundary (page 3 holds both).
        for (var page = 0; page < 3; page++)
        {
            Assert.Equal(byNumber[page + 1], await AfterAsync(visible, At(page + 1, byNumber[page][^1]), 40));
        }

        Assert.Empty(await AfterAsync(visible, At(4, byNumber[3][^1]), 40));

        // Back from each page's first row gives the page before, in list order.
        for (var page = 3; page > 0; page--)
        {
            Assert.Equal(byNumber[page - 1], await NewestIncidents.BeforeAsync(visible, At(page + 1, byNumber[page][0]), 40));
        }

        // From inside the undated rows, both ways; and the count after a row, whole and capped.
        var undated = byNumber[3][5];
        Assert.Equal(byNumber[3].Skip(6), await AfterAsync(visible, At(4, undated), 40));
        Assert.Equal(byNumber[2].Skip(35).Concat(byNumber[3].Take(5)), await NewestIncidents.BeforeAsync(visible, At(4, undated), 10));
        foreach (var ordered in new[] { true, false })
        {
            Assert.Equal(expected.Count - 40, await NewestIncidents.CountAfterAsync(visible, At(1, byNumber[0][^1]), 1000, ordered));
            Assert.Equal(25, await NewestIncidents.CountAfterAsync(visible, At(1, byNumber[0][^1]), 25, ordered));
            Assert.Equal(11, await NewestIncidents.CountAfterAsync(visible, At(4, undated), 1000, ordered));
        }
    }

    [StoreFact]
    public async Task A_filter_an_editor_moved_incidents_into_and_out_of_pages_counts_and_pages_back_in_the_effective_order()
    {
        // 150 protests by the machine's type, 12 of them re-typed "strike" by an editor (out of a protest filter); 30 strikes
        // re-typed "protest" (in), whose dates fall among the protests' and past both ends, 3 of them undated; 6 undated protests.
        var rows = new List<(Guid Id, string Type, DateOnly? Date, string Overrides)>();
        var n = 0;
        Guid Next() => Guid.Parse($"{++n * 7919 % 100_000:x8}-0000-4000-8000-{n:x12}");
        for (var i = 0; i < 150; i++)
        {
            rows.Add((Next(), "protest", new DateOnly(2022, 1, 1).AddDays(i / 2), i % 12 == 5 ? """{"type":"strike"}""" : "{}"));
        }

        for (var i = 0; i < 30; i++)
        {
            rows.Add((Next(), "strike", i < 27 ? new DateOnly(2021, 12, 20).AddDays(i * 4) : null, """{"type":"protest"}"""));
        }

        for (var i = 0; i < 6; i++)
        {
            rows.Add((Next(), "protest", null, "{}"));
        }

        await using (var db = OpenDb())
        {
            db.Incidents.AddRange(rows.Select(r => new Incident
            {
                Id = r.Id, Type = r.Type, Date = r.Date?.ToString("yyyy-MM-dd"), DateFrom = r.Date, DateTo = r.Date, UpdatedAt = StoredAt, OverridesJson = r.Overrides,
            }));
            await db.SaveChangesAsync();
        }

        var expected = rows.Where(r => r.Overrides.Contains("protest") || (r.Type == "protest" && r.Overrides == "{}"))
            .OrderByDescending(r => r.Date.HasValue).ThenByDescending(r => r.Date).ThenByDescending(r => r.Id).Select(r => r.Id).ToList();
        Assert.Equal(150 - 13 + 30 + 6, expected.Count);
        await using var read = OpenDb();
        var filter = new IncidentFilter { Type = "protest" };
        var split = filter.Split(read, read.Incidents.AsNoTracking(), await EditedIncident.LoadAsync(read));
        Assert.NotNull(split.Edited);
        static IncidentCursor At(int page, (Guid Id, DateOnly? DateFrom) row) => new(page, row.DateFrom, row.Id);

        var byNumber = new List<List<(Guid Id, DateOnly? DateFrom)>>();
        for (var page = 0; page < 5; page++)
        {
            byNumber.Add(await NewestIncidents.PageAsync(split, page * 40, 40));
        }

        Assert.Equal(expected, byNumber.SelectMany(p => p).Select(r => r.Id));
        Assert.Equal([40, 40, 40, 40, 13], byNumber.Select(p => p.Count));
        for (var page = 0; page < 4; page++)
        {
            Assert.Equal(byNumber[page + 1], await AfterAsync(split, At(page + 1, byNumber[page][^1]), 40));
            Assert.Equal(byNumber[page], await NewestIncidents.BeforeAsync(split, At(page + 2, byNumber[page + 1][0]), 40));
            foreach (var ordered in new[] { true, false })
            {
                var following = expected.Count - (40 * (page + 1));
                Assert.Equal(following, await NewestIncidents.CountAfterAsync(split, At(page + 1, byNumber[page][^1]), 1000, ordered));
                Assert.Equal(Math.Min(following, 20), await NewestIncidents.CountAfterAsync(split, At(page + 1, byNumber[page][^1]), 20, ordered));
            }
        }

        Assert.Equal(expected.Order(), (await split.All.Select(i => i.Id).ToListAsync()).Order());
    }
}

public sealed class SqliteNewestIncidentsTests : NewestIncidentsTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}

[PostgresTests]
public sealed class PostgresNewestIncidentsTests : NewestIncidentsTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
