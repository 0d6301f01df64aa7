using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Vigil.Storage.Database;
using Vigil.Storage.Ingest;
using Vigil.Storage.Tests.Database;
using static Vigil.Storage.Tests.Incidents.IncidentReports;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>
/// A clustering round reads back only the stored incidents it changes (<see cref="Vigil.Storage.Incidents.ClusterIncidents"/>): a
/// round whose incidents are all new reads no incident row, and one that a report joins reads that incident alone; the incidents
/// written are the same either way. The same on both providers.
/// </summary>
public abstract class IncidentWritingReadsTests : IncidentStoreTest
{
    [StoreFact]
    public async Task A_round_reads_back_only_the_stored_incidents_it_changes_never_its_new_ones()
    {
        // Two new incidents: the round reads no incident row to write them.
        var first = await IngestCountingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("mashhad.txt", MashhadArrests)));
        Assert.Equal(0, first);
        var shiraz = await IncidentOfTypeAsync("killing");
        var mashhad = await IncidentOfTypeAsync("arrest");
        Assert.Equal(1, shiraz.MentionCount);

        // A second report joins the Shiraz incident and a third tells a new one: the round reads the Shiraz incident's row only.
        var second = await IngestCountingAsync(WriteReports(("agency.txt", ShirazByAgency), ("ahvaz.txt", AhvazStrike)));
        Assert.Equal(1, second);
        var grown = await IncidentOfTypeAsync("killing");
        Assert.Equal(shiraz.Id, grown.Id);
        Assert.Equal(2, grown.MentionCount);
        Assert.Equal(2, grown.SourceCount);
        Assert.Equal(1, (await IncidentOfTypeAsync("arrest")).MentionCount);
        Assert.Equal(mashhad.Id, (await IncidentOfTypeAsync("arrest")).Id);
        Assert.Equal(1, (await IncidentOfTypeAsync("strike")).MentionCount);
        await AssertVerifiesAsync();
    }

    // Ingests (extracting and clustering, one run) through a context that counts the queries reading whole incident rows.
    private async Task<int> IngestCountingAsync(string[] paths)
    {
        var counter = new IncidentRowReads();
        DbContextOptions<VigilDbContext> options;
        await using (var plain = OpenDb())
        {
            options = (DbContextOptions<VigilDbContext>)plain.GetService<IDbContextOptions>();
        }

        await using var db = new VigilDbContext(new DbContextOptionsBuilder<VigilDbContext>(options).AddInterceptors(counter).Options);
        var outcomes = new List<IngestOutcome>();
        await new IngestFiles(db, Blobs, Clock, new IngestOptions { Pipeline = Pipeline, Parallelism = 2 }).RunAsync(paths, Actor, outcomes.Add);
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Stored, o.Status));
        return counter.Count;
    }

    // A query of whole incident rows (every column, so the figures among them) chosen by id.
    private sealed class IncidentRowReads : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Note(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Note(command);
            return ValueTask.FromResult(result);
        }

        private void Note(DbCommand command)
        {
            // Either provider's spelling: "i"."FiguresJson" on SQLite, i.figures_json on PostgreSQL.
            var sql = command.CommandText.Replace("\"", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            if (sql.Contains("from incidents as i", StringComparison.Ordinal) && sql.Contains("i.figuresjson", StringComparison.Ordinal)
                && sql.Contains("where i.id", StringComparison.Ordinal))
            {
                Count++;
            }
        }
    }
}

public sealed class SqliteIncidentWritingReadsTests : IncidentWritingReadsTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}

[PostgresTests]
public sealed class PostgresIncidentWritingReadsTests : IncidentWritingReadsTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();
}
