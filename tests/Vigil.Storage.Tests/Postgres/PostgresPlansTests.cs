using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Postgres;
using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Postgres;

/// <summary>
/// <see cref="PostgresPlans.AnalyzeIfGrownAsync"/>: a clustering round writes its blocks and reads them in one transaction, so the
/// statistics its statements are planned with must count the rows that transaction wrote, and must not be taken again for
/// every round that adds a little.
/// </summary>
public sealed class PostgresPlansTests
{
    [PostgresFact]
    public async Task A_table_that_more_than_doubled_is_analysed_with_the_transactions_own_rows_and_one_that_grew_less_is_not()
    {
        await using var database = new PostgresTestDatabase();
        await using var db = new VigilDbContext(await database.CreateAsync(Path.GetTempPath()));
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE plan_probe (key text NOT NULL, n int NOT NULL)");
        await using var transaction = await db.Database.BeginTransactionAsync();

        await Insert(db, 1, 20_000);
        await PostgresPlans.AnalyzeIfGrownAsync(db, "plan_probe", CancellationToken.None);
        Assert.Equal(20_000, await Tuples(db));

        // 10 % more: the statistics still describe the table well enough, and a round is not made to wait for a sample.
        await Insert(db, 20_001, 22_000);
        await PostgresPlans.AnalyzeIfGrownAsync(db, "plan_probe", CancellationToken.None);
        Assert.Equal(20_000, await Tuples(db));

        await Insert(db, 22_001, 50_000);
        await PostgresPlans.AnalyzeIfGrownAsync(db, "plan_probe", CancellationToken.None);
        Assert.Equal(50_000, await Tuples(db));
    }

    private static Task<int> Insert(VigilDbContext db, int from, int to) =>
        db.Database.ExecuteSqlAsync($"INSERT INTO plan_probe SELECT 'Protest|2019-11|IR/' || (n % 31), n FROM generate_series({from}, {to}) n");

    private static Task<double> Tuples(VigilDbContext db) =>
        db.Database.SqlQueryRaw<double>("SELECT reltuples::float8 AS \"Value\" FROM pg_class WHERE oid = 'plan_probe'::regclass").SingleAsync();
}
