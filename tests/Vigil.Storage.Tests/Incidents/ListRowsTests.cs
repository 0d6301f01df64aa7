using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Incidents;
using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>
/// A list's page read with its rows (<see cref="NewestIncidents.RowsAfterAsync(EffectiveQuery, IncidentCursor?, int, System.Linq.Expressions.Expression{Func{Incident, Incident}}, CancellationToken)"/>):
/// the first page and every page after a cursor hold the incidents the pages by number give
/// (<see cref="NewestIncidents.PageAsync(EffectiveQuery, int, int, CancellationToken)"/>, by offset), in their order, with the columns
/// asked for, when an editor moved incidents into and out of the filter and across the dated and undated rows, on both databases.
/// </summary>
public abstract class ListRowsTests : StoreTest
{
    [StoreFact]
    public async Task Pages_read_with_their_rows_hold_the_incidents_the_keys_give_in_their_order()
    {
        // 90 killings, 9 of them re-typed "arrest" by an editor (out of a killing filter); 20 arrests re-typed "killing" (in), dated
        // among the killings and past both ends, 2 of them undated; 5 undated killings; 15 arrests left as they are.
        var rows = new List<Incident>();
        var n = 0;
        Incident Make(string type, DateOnly? date, string overrides) => new()
        {
            Id = Guid.Parse($"{++n * 6_007 % 100_000:x8}-0000-4000-8000-{n:x12}"), Type = type, Place = $"place {n}", Admin1 = "Kurdistan",
            KilledBest = n, Date = date?.ToString("yyyy-MM-dd"), DateFrom = date, DateTo = date, UpdatedAt = StoredAt, OverridesJson = overrides,
        };
        for (var i = 0; i < 90; i++)
        {
            rows.Add(Make("killing", new DateOnly(2022, 9, 1).AddDays(i / 3), i % 10 == 4 ? """{"type":"arrest"}""" : "{}"));
        }

        for (var i = 0; i < 20; i++)
        {
            rows.Add(Make("arrest", i < 18 ? new DateOnly(2022, 8, 25).AddDays(i * 2) : null, """{"type":"killing"}"""));
        }

        for (var i = 0; i < 5; i++)
        {
            rows.Add(Make("killing", null, "{}"));
        }

        for (var i = 0; i < 15; i++)
        {
            rows.Add(Make("arrest", new DateOnly(2022, 9, 3).AddDays(i), "{}"));
        }

        await using (var db = OpenDb())
        {
            db.Incidents.AddRange(rows);
            await db.SaveChangesAsync();
        }

        var expected = rows.Where(r => r.OverridesJson.Contains("killing") || (r.Type == "killing" && r.OverridesJson == "{}"))
            .OrderByDescending(r => r.DateFrom.HasValue).ThenByDescending(r => r.DateFrom).ThenByDescending(r => r.Id).ToList();
        Assert.Equal(90 - 9 + 20 + 5, expected.Count);
        await using var read = OpenDb();
        var split = new IncidentFilter { Type = "killing" }.Split(read, read.Incidents.AsNoTracking(), await EditedIncident.LoadAsync(read));
        Assert.NotNull(split.Edited);

        // Page by page from the start, each from the cursor at the last row of the page before, with the columns asked for.
        var pages = new List<List<Incident>>();
        IncidentCursor? at = null;
        for (var page = 0; page < 4; page++)
        {
            var got = await NewestIncidents.RowsAfterAsync(split, at, 30, i => new Incident { Id = i.Id, Type = i.Type, Place = i.Place, KilledBest = i.KilledBest, DateFrom = i.DateFrom });
            Assert.Equal(await NewestIncidents.PageAsync(split, page * 30, 30), got.Select(r => (r.Id, r.DateFrom)));
            pages.Add(got);
            at = got.Count == 0 ? null : new IncidentCursor(page + 1, got[^1].DateFrom, got[^1].Id);
        }

        Assert.Equal([30, 30, 30, 16], pages.Select(p => p.Count));
        Assert.Equal(expected.Select(r => r.Id), pages.SelectMany(p => p).Select(r => r.Id));
        Assert.Equal(expected.Select(r => (r.Place, r.KilledBest, r.Type)), pages.SelectMany(p => p).Select(r => (r.Place, r.KilledBest, r.Type)));
        Assert.Empty(await NewestIncidents.RowsAfterAsync(split, at, 30, i => new Incident { Id = i.Id, Type = i.Type, DateFrom = i.DateFrom }));
    }
}

public sealed class SqliteListRowsTests : ListRowsTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}

[PostgresTests]
public sealed class PostgresListRowsTests : ListRowsTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
