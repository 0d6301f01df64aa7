using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Incidents;
using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>
/// A list's count after its page (<see cref="NewestIncidents.CountAfterAsync(EffectiveQuery, IncidentCursor, int, bool, CancellationToken)"/>),
/// read along the filter's index by date alone: it is the number of rows after the cursor, capped at the limit, whatever rows the
/// limit cuts through, from a cursor inside a day's rows too, ordered or not, on both databases.
/// </summary>
public abstract class ListCountTests : StoreTest
{
    [StoreFact]
    public async Task The_count_after_a_cursor_is_the_rows_after_it_up_to_the_limit_when_days_hold_many_rows()
    {
        // 84 protests in Tehran over 12 days, seven a day (ties on the date, ordered by id); 20 in another province, 20 of another
        // type, 10 undated, 6 before the filter's start: the filter (type, province, from, to) passes the 84 only.
        var rows = new List<Incident>();
        var n = 0;
        Incident Make(string type, string province, DateOnly? date) => new()
        {
            Id = Guid.Parse($"{++n * 40_503 % 1_000_000:x8}-0000-4000-8000-{n:x12}"), Type = type, Admin1 = province,
            Date = date?.ToString("yyyy-MM-dd"), DateFrom = date, DateTo = date, Status = IncidentStatus.Unreviewed, UpdatedAt = StoredAt,
        };
        for (var i = 0; i < 84; i++)
        {
            rows.Add(Make("protest", "Tehran", new DateOnly(2021, 3, 1).AddDays(i % 12)));
        }

        for (var i = 0; i < 20; i++)
        {
            rows.Add(Make("protest", "Fars", new DateOnly(2021, 3, 1).AddDays(i % 12)));
            rows.Add(Make("strike", "Tehran", new DateOnly(2021, 3, 1).AddDays(i % 12)));
        }

        for (var i = 0; i < 10; i++)
        {
            rows.Add(Make("protest", "Tehran", i < 6 ? new DateOnly(2020, 1, 1).AddDays(i) : null));
        }

        await using (var db = OpenDb())
        {
            db.Incidents.AddRange(rows);
            await db.SaveChangesAsync();
        }

        var listed = rows.Where(r => r is { Type: "protest", Admin1: "Tehran", DateFrom: { } d } && d >= new DateOnly(2021, 1, 1))
            .OrderByDescending(r => r.DateFrom).ThenByDescending(r => r.Id).ToList();
        Assert.Equal(84, listed.Count);
        await using var read = OpenDb();
        var filter = new IncidentFilter { Type = "protest", Province = "Tehran", From = new DateOnly(2021, 1, 1), To = new DateOnly(2021, 12, 31) };
        var split = filter.Split(read, read.Incidents.AsNoTracking(), []);

        // From every row (the cursor at a day's first, middle or last row) and at limits that cut through a day's rows.
        for (var at = 0; at < listed.Count; at++)
        {
            var cursor = new IncidentCursor(1, listed[at].DateFrom, listed[at].Id);
            var following = listed.Count - at - 1;
            foreach (var limit in new[] { 1, 3, 7, 10, 50, 100 })
            {
                foreach (var ordered in new[] { true, false })
                {
                    Assert.Equal(Math.Min(following, limit), await NewestIncidents.CountAfterAsync(split, cursor, limit, ordered));
                }
            }
        }
    }
}

public sealed class SqliteListCountTests : ListCountTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}

[PostgresTests]
public sealed class PostgresListCountTests : ListCountTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
