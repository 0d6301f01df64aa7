using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vigil.Storage.Ingest;
using Vigil.Storage.Tests.Database;
using Vigil.Storage.Tests.Incidents;

namespace Vigil.Storage.Tests.Ingest;

/// <summary>
/// The database server goes away in the middle of an ingest (a restart, a failover): the batch being written is
/// reported as failed and is absent, not half there; ingesting again stores the rest and clusters what was left.
/// The server's connections are cut with <c>pg_terminate_backend</c>, which is what a restart does to them.
/// </summary>
[PostgresTests]
public sealed class PostgresRestartDuringIngestTests : IncidentStoreTest
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();

    [StoreFact]
    public async Task Connections_cut_mid_ingest_fail_that_batch_whole_and_ingest_again_resumes()
    {
        WriteZahedanReports();

        var first = new List<IngestOutcome>();
        IngestSummary summary;
        await using (var db = OpenDb())
        {
            var connectionString = db.Database.GetConnectionString()!;
            var ingest = new IngestFiles(db, Blobs, Clock, new IngestOptions { Pipeline = Pipeline, Parallelism = 2, BatchSize = 4 });
            summary = await ingest.RunAsync([Input], Actor, outcome =>
            {
                first.Add(outcome);
                if (first.Count == 4)
                {
                    CutConnections(connectionString);
                }
            });
        }

        Assert.Equal((4, 8), (summary.Stored, summary.Failed));
        Assert.All(first.Take(4), o => Assert.Equal(IngestStatus.Stored, o.Status));
        Assert.All(first.Skip(4).Take(4), o => Assert.StartsWith("database unavailable", o.Message, StringComparison.Ordinal));
        Assert.All(first.Skip(8), o => Assert.StartsWith("not attempted: the database became unavailable", o.Message, StringComparison.Ordinal));

        NpgsqlConnection.ClearAllPools();
        await using (var db = OpenDb())
        {
            Assert.Equal(["r01.txt", "r02.txt", "r03.txt", "r04.txt"], await db.Reports.AsNoTracking().OrderBy(r => r.FileName).Select(r => r.FileName).ToListAsync());
            Assert.Equal(4, await db.Mentions.AsNoTracking().Select(m => m.ReportId).Distinct().CountAsync());
        }

        await AssertVerifiesAsync();

        var second = new List<IngestOutcome>();
        await using (var db = OpenDb())
        {
            await new IngestFiles(db, Blobs, Clock, new IngestOptions { Pipeline = Pipeline, Parallelism = 2, BatchSize = 4 }).RunAsync([Input], Actor, second.Add);
        }

        Assert.Equal(4, second.Count(o => o.Status == IngestStatus.AlreadyStored));
        Assert.Equal(8, second.Count(o => o.Status == IngestStatus.Stored));
        await using (var db = OpenDb())
        {
            Assert.Equal(12, await db.Reports.CountAsync());
            Assert.Equal(12, await db.StatementMentions.CountAsync());
            Assert.Equal(0, await db.StatementMentions.CountAsync(m => m.StatementId == null));
            Assert.Equal(12, await db.Mentions.Where(m => m.IncidentId != null).Select(m => m.ReportId).Distinct().CountAsync());
        }

        await AssertVerifiesAsync();
    }

    [StoreFact]
    public async Task Connections_cut_during_a_clustering_round_keep_the_stored_reports_and_the_next_ingest_clusters_them()
    {
        WriteZahedanReports();

        var first = new List<IngestOutcome>();
        await using (var db = OpenDb())
        {
            var connectionString = db.Database.GetConnectionString()!;

            // A round after the first batch of 4 (ClusterRound 1); the connections go while it starts.
            var ingest = new IngestFiles(db, Blobs, Clock, new IngestOptions { Pipeline = Pipeline, Parallelism = 2, BatchSize = 4, ClusterRound = 1 });
            ingest.OnPhase = phase =>
            {
                if (phase == "clustering incidents")
                {
                    CutConnections(connectionString);
                }
            };
            var summary = await ingest.RunAsync([Input], Actor, first.Add);
            Assert.Equal((4, 8), (summary.Stored, summary.Failed));
        }

        Assert.All(first.Take(4), o => Assert.Equal(IngestStatus.Stored, o.Status));
        Assert.All(first.Skip(4), o => Assert.StartsWith("not attempted: the database became unavailable while clustering incidents", o.Message, StringComparison.Ordinal));

        NpgsqlConnection.ClearAllPools();
        await using (var db = OpenDb())
        {
            // The round's transaction went with the connection: the 4 reports and their mentions are stored, no incident half-made.
            Assert.Equal(4, await db.Reports.CountAsync());
            Assert.True(await db.Mentions.CountAsync() >= 4);
            Assert.Equal(0, await db.Mentions.CountAsync(m => m.IncidentId != null));
            Assert.Equal(0, await db.Incidents.CountAsync());
            Assert.Equal(0, await db.MentionBlocks.CountAsync());
        }

        await AssertVerifiesAsync();

        var second = new List<IngestOutcome>();
        await using (var db = OpenDb())
        {
            await new IngestFiles(db, Blobs, Clock, new IngestOptions { Pipeline = Pipeline, Parallelism = 2, BatchSize = 4 }).RunAsync([Input], Actor, second.Add);
        }

        Assert.Equal((4, 8), (second.Count(o => o.Status == IngestStatus.AlreadyStored), second.Count(o => o.Status == IngestStatus.Stored)));
        await using (var db = OpenDb())
        {
            Assert.Equal(0, await db.Mentions.CountAsync(m => m.IncidentId == null));
            Assert.Equal(12, await db.Mentions.Select(m => m.ReportId).Distinct().CountAsync());
            Assert.Equal(0, await db.StatementMentions.CountAsync(m => m.StatementId == null));
        }

        await AssertVerifiesAsync();
    }

    private void WriteZahedanReports()
    {
        for (var i = 1; i <= 12; i++)
        {
            WriteInput($"r{i:D2}.txt",
                $"---\noutlet: HRANA\npublished: 2022-10-{i + 10}\n---\nSecurity forces killed {i + 2} protesters in Zahedan on October {i + 9}. " +
                $"Police spokesman Saeed Montazeralmahdi said: \"{i} rioters were arrested in Zahedan and handed over to the judiciary for punishment\".\n");
        }
    }

    private static void CutConnections(string connectionString)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        connection.Open();
        using var command = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        command.ExecuteScalar();
    }
}
