using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Postgres;

/// <summary>
/// Keeps PostgreSQL's plans true to tables that an ingest grows while it reads them. The connection prepares statements it
/// sees repeatedly (<see cref="PostgresDatabase.WithDefaults"/>), and after five runs PostgreSQL may keep one generic plan
/// for all later ones, made from the table's statistics as they were then; without statistics (a table no analyse has seen
/// yet) a lookup of 200 block keys looks like most of the table. Both gave sequential scans of the block table that were
/// kept while it grew tenfold, until autovacuum's next analyse happened to come (session 22, docs/scaling.md). Does nothing
/// on SQLite, whose planner takes an index over a scan without statistics.
/// </summary>
internal static class PostgresPlans
{
    /// <summary>
    /// Analyses <paramref name="table"/> when it now holds more than twice the pages its statistics were taken on (rows
    /// this transaction wrote included; ANALYZE samples them too), so the next statements are planned for the table as it
    /// is. A table that doubles between analyses does so a few times over a run (a 30,000-row sample each time, ~50-80 ms
    /// at 120,000 rows); SKIP_LOCKED: if autovacuum is analysing it at that moment, that is left to finish and not waited on.
    /// </summary>
    public static Task AnalyzeIfGrownAsync(VigilDbContext db, string table, CancellationToken cancellationToken) =>
        AnalyzeIfGrownAsync(db, table, null, cancellationToken);

    /// <summary>
    /// As <see cref="AnalyzeIfGrownAsync(VigilDbContext, string, CancellationToken)"/>, with statistics taken for <paramref name="column"/>
    /// alone (the table's size is counted all the same): for a table read only by that key whose other columns are large
    /// (the reports' bodies and words), which a whole analyse would read and detoast for nothing.
    /// </summary>
    public static async Task AnalyzeIfGrownAsync(VigilDbContext db, string table, string? column, CancellationToken cancellationToken)
    {
        if (!db.IsPostgres)
        {
            return;
        }

        // The table's name comes from the model, quoted: nothing here comes from outside.
        var name = BulkRows.Quote(table);
        var columns = column is null ? string.Empty : $" ({BulkRows.Quote(column)})";
        var analyze =
            $"""
            DO $$
            BEGIN
              IF pg_relation_size('{name}') > 2 * (SELECT relpages FROM pg_class WHERE oid = '{name}'::regclass)::bigint * current_setting('block_size')::bigint + 65536 THEN
                ANALYZE (SKIP_LOCKED) {name}{columns};
              END IF;
            END $$
            """;
        await db.Database.ExecuteSqlRawAsync(analyze, cancellationToken);
    }

    /// <summary>The <c>plan_cache_mode</c> that plans every run of a prepared statement for its own parameters.</summary>
    public const string CustomPlans = "force_custom_plan";

    /// <summary>
    /// Inside a transaction on PostgreSQL: plans each statement for its own parameters until the transaction ends or
    /// <see cref="SetPlanCacheModeAsync"/> puts back the mode this returns (the one in force before; null elsewhere, nothing
    /// changed). For work that fills tables while it reads them by key in statements the connection prepares, when no analyse
    /// can be placed between the writes and the reads (person linking: persons, their audit entries and search terms).
    /// </summary>
    public static async Task<string?> PlanEachStatementAsync(VigilDbContext db, CancellationToken cancellationToken)
    {
        if (!db.IsPostgres || db.Database.CurrentTransaction is null)
        {
            return null;
        }

        var was = await db.Database.SqlQueryRaw<string>("SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync(cancellationToken);
        await SetPlanCacheModeAsync(db, CustomPlans, cancellationToken);
        return was;
    }

    /// <summary>Sets the transaction's <c>plan_cache_mode</c> to <paramref name="mode"/> (SET LOCAL); null: nothing.</summary>
    public static async Task SetPlanCacheModeAsync(VigilDbContext db, string? mode, CancellationToken cancellationToken)
    {
        if (mode is not null)
        {
            await db.Database.ExecuteSqlAsync($"SELECT set_config('plan_cache_mode', {mode}, true)", cancellationToken);
        }
    }
}
