using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Incidents;
using Vigil.Storage.Tests.Database;
using Vigil.Storage.Tests.Incidents;
using static Vigil.Storage.Tests.Incidents.IncidentReports;

namespace Vigil.Storage.Tests.Reports;

/// <summary>
/// A SQLite store's two FTS5 indexes let 16 segments of a size gather before merging them (<c>automerge</c>; migration
/// <c>SearchIndexMerges</c>), also once the incident search is dropped and made again; what a search finds does not change
/// with how many segments hold it.
/// </summary>
public sealed class SqliteSearchIndexMergesTests : IncidentStoreTest
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();

    [StoreFact]
    public async Task Both_indexes_merge_16_segments_of_a_size_and_a_search_over_many_segments_finds_the_same()
    {
        Assert.Equal((16L, 16L), await MergesAsync());

        // Each run is its own transactions, so each adds segments to both indexes: more than FTS5's default 4 of a size.
        (string Name, string Text)[] reports = [("monitor.txt", ShirazByMonitor), ("agency.txt", ShirazByAgency), ("mashhad.txt", MashhadArrests),
            ("ahvaz.txt", AhvazStrike), ("radio.txt", ShirazByRadio), ("amnesty.txt", ShirazByAmnesty), ("tabriz.txt", TabrizUndated)];
        foreach (var report in reports)
        {
            await IngestExtractingAsync(WriteReports(report));
        }

        await using (var db = OpenDb())
        {
            var shiraz = await db.Incidents.AsNoTracking().Where(i => i.Type == "killing").Select(i => i.Id).ToListAsync();
            Assert.Equal(shiraz.Order(), (await new SearchIncidents(db).Ids("Shiraz").ToListAsync()).Order());
            Assert.Single(await new SearchIncidents(db).Ids("wages").ToListAsync());
            Assert.Equal(4L, await ScalarAsync(db, "SELECT count(*) AS \"Value\" FROM reports_fts WHERE reports_fts MATCH 'shiraz'"));
        }

        // The incident search made again (as a migration that drops it does) keeps the setting.
        await using (var db = OpenDb())
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = SearchIncidents.SqliteDrop + SearchIncidents.SqliteCreate;
            await command.ExecuteNonQueryAsync();
        }

        Assert.Equal((16L, 16L), await MergesAsync());
    }

    private async Task<(long Reports, long Incidents)> MergesAsync()
    {
        await using var db = OpenDb();
        return (await ScalarAsync(db, "SELECT v AS \"Value\" FROM reports_fts_config WHERE k = 'automerge'"),
                await ScalarAsync(db, "SELECT v AS \"Value\" FROM incidents_fts_config WHERE k = 'automerge'"));
    }

    private static Task<long> ScalarAsync(Vigil.Storage.Database.VigilDbContext db, string sql) => db.Database.SqlQueryRaw<long>(sql).SingleAsync();
}
