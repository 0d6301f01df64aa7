using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Ingest;
using Vigil.Storage.Tests.Database;
using static Vigil.Storage.Tests.Incidents.IncidentReports;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>
/// The incident search is indexed once per transaction, just before it commits (<see cref="IncidentSearchOnCommit"/>):
/// every operation that changes an incident's reports or status leaves it searchable as soon as it returns, with the
/// queue empty, and a rolled-back change leaves the index as it was.
/// </summary>
public abstract class IncidentSearchAtCommitTests : IncidentStoreTest
{
    [StoreFact]
    public async Task An_ingested_report_is_searchable_as_soon_as_the_ingest_returns()
    {
        await IngestExtractingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("mashhad.txt", MashhadArrests)));
        var shiraz = await IncidentOfTypeAsync("killing");
        var mashhad = await IncidentOfTypeAsync("arrest");

        Assert.Equal([shiraz.Id], await FoundAsync("witnesses"));
        Assert.Equal([mashhad.Id], await FoundAsync("mass arrests"));
        Assert.Equal(new[] { shiraz.Id, mashhad.Id }.Order(), await FoundAsync("protesters"));
        Assert.Equal(0, await QueuedAsync());

        // A second run adds a report to the Shiraz incident: its words join the incident's at once.
        await IngestExtractingAsync(WriteReports(("agency.txt", ShirazByAgency)));
        Assert.Equal([shiraz.Id], await FoundAsync("riot witnesses"));
        Assert.Equal(0, await QueuedAsync());
    }

    [StoreFact]
    public async Task A_report_telling_two_incidents_is_in_the_words_of_both_and_a_later_report_only_in_its_own()
    {
        // One report, two incidents: the flush turns the report into words once and gives them to both.
        const string both = "---\ntitle: A week of unrest\noutlet: Iran Human Rights Monitor\npublished: 2019-11-19\n---\n" +
            "Security forces shot dead at least 12 protesters in Shiraz on November 17, 2019, according to witnesses.\n\n" +
            "Security forces arrested 30 protesters in Mashhad on November 18, 2019.\n";
        await IngestExtractingAsync(WriteReports(("week.txt", both)));
        var shiraz = await IncidentOfTypeAsync("killing");
        var mashhad = await IncidentOfTypeAsync("arrest");
        Assert.NotEqual(shiraz.Id, mashhad.Id);
        Assert.Equal(new[] { shiraz.Id, mashhad.Id }.Order(), await FoundAsync("unrest witnesses mashhad"));

        // A second report joins the Shiraz incident only: its words are added there, and the first report's stay in both.
        await IngestExtractingAsync(WriteReports(("agency.txt", ShirazByAgency)));
        Assert.Equal([shiraz.Id], await FoundAsync("riot demonstrators"));
        Assert.Equal([shiraz.Id], await FoundAsync("riot unrest mashhad"));
        Assert.Equal(new[] { shiraz.Id, mashhad.Id }.Order(), await FoundAsync("unrest witnesses mashhad"));
        Assert.Equal(0, await QueuedAsync());
    }

    [StoreFact]
    public async Task A_merge_and_a_split_are_searchable_at_once()
    {
        await IngestExtractingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("agency.txt", ShirazByAgency), ("mashhad.txt", MashhadArrests)));
        var shiraz = await IncidentOfTypeAsync("killing");
        var mashhad = await IncidentOfTypeAsync("arrest");
        await using (var db = OpenDb())
        {
            Assert.Equal(Outcome.Ok, await new MergeIncidents(db, Clock).RunAsync(shiraz.Id, mashhad.Id, Actor));
        }

        Assert.Equal([shiraz.Id], await FoundAsync("mass arrests riot"));
        Assert.Empty(await FoundAsync("mass arrests riot", exclude: shiraz.Id));

        var agency = await MemberFromAsync(shiraz.Id, "agency.txt");
        Guid split;
        await using (var db = OpenDb())
        {
            var outcome = await new SplitIncident(db, Clock).RunAsync(shiraz.Id, [agency], Actor);
            Assert.Equal(Outcome.Ok, outcome.Result);
            split = outcome.Value;
        }

        Assert.Equal([split], await FoundAsync("riot"));
        Assert.Equal([shiraz.Id], await FoundAsync("witnesses mashhad"));
        Assert.Empty(await FoundAsync("riot witnesses"));
        Assert.Equal(0, await QueuedAsync());
    }

    [StoreFact]
    public async Task An_edited_report_and_a_status_change_are_searchable_at_once()
    {
        await IngestExtractingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("mashhad.txt", MashhadArrests)));
        var shiraz = await IncidentOfTypeAsync("killing");
        await using (var db = OpenDb())
        {
            // Reports are not edited by the app (the id is the text's hash); a repair in a transaction is indexed as it commits.
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Reports.Where(r => r.FileName == "monitor.txt").ExecuteUpdateAsync(u => u.SetProperty(r => r.Body, r => r.Body.Replace("witnesses", "bystanders")));
            await transaction.CommitAsync();
        }

        Assert.Empty(await FoundAsync("witnesses"));
        Assert.Equal([shiraz.Id], await FoundAsync("bystanders"));

        await using (var db = OpenDb())
        {
            Assert.Equal(Outcome.Ok, await new ReviewIncident(db, Clock).SetStatusAsync(shiraz.Id, IncidentStatus.Confirmed, Actor));
        }

        await using (var db = OpenDb())
        {
            Assert.Equal([shiraz.Id], (await new SearchIncidents(db).NewestAsync("protesters", IncidentStatus.Confirmed, null, 10)).Select(h => h.Id));
            Assert.DoesNotContain(shiraz.Id, (await new SearchIncidents(db).NewestAsync("protesters", null, IncidentStatus.Confirmed, 10)).Select(h => h.Id));
        }

        Assert.Equal(0, await QueuedAsync());
    }

    [StoreFact]
    public async Task A_rolled_back_change_leaves_the_index_and_the_queue_as_they_were()
    {
        await IngestExtractingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("mashhad.txt", MashhadArrests)));
        var shiraz = await IncidentOfTypeAsync("killing");
        var mashhad = await IncidentOfTypeAsync("arrest");
        await using (var db = OpenDb())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var moved = await db.Mentions.SingleAsync(m => m.IncidentId == mashhad.Id);
            moved.IncidentId = shiraz.Id;
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Equal([mashhad.Id], await FoundAsync("mass arrests"));
        Assert.Equal(0, await QueuedAsync());
    }

    [StoreFact]
    public async Task A_bulk_update_outside_a_transaction_is_searchable_at_once()
    {
        await IngestExtractingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("mashhad.txt", MashhadArrests)));
        var shiraz = await IncidentOfTypeAsync("killing");
        var mashhad = await IncidentOfTypeAsync("arrest");
        await using (var db = OpenDb())
        {
            // A statement of its own commits on its own: the queue is flushed right after it.
            await db.Mentions.Where(m => m.IncidentId == mashhad.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.IncidentId, shiraz.Id));
        }

        Assert.Equal([shiraz.Id], await FoundAsync("mass arrests witnesses"));
        Assert.Empty(await FoundAsync("mass arrests", exclude: shiraz.Id));
        Assert.Equal(0, await QueuedAsync());
    }

    [StoreFact]
    public async Task An_editors_date_is_the_search_tables_start_date_from_the_edit_on_and_a_cleared_one_gives_the_machine_date_back()
    {
        await IngestExtractingAsync(WriteReports(("monitor.txt", ShirazByMonitor), ("mashhad.txt", MashhadArrests)));
        var shiraz = await IncidentOfTypeAsync("killing");
        var mashhad = await IncidentOfTypeAsync("arrest");
        Assert.Equal([(mashhad.Id, new DateOnly(2019, 11, 18)), (shiraz.Id, new DateOnly(2019, 11, 17))], await StoredStartsAsync());

        // An editor's month is stored as its first day by the edit itself, and the search reads the incident there.
        await using (var db = OpenDb())
        {
            Assert.Equal(Outcome.Ok, await new ReviewIncident(db, Clock).SetFieldAsync(mashhad.Id, "date", "2018-03", Actor));
        }

        Assert.Equal([(shiraz.Id, new DateOnly(2019, 11, 17)), (mashhad.Id, new DateOnly(2018, 3, 1))], await StoredStartsAsync());

        // A machine date that changes under it (a recluster) leaves the editor's; a status change keeps it too.
        await using (var db = OpenDb())
        {
            await db.Incidents.Where(i => i.Id == mashhad.Id).ExecuteUpdateAsync(u => u.SetProperty(i => i.DateFrom, new DateOnly(2019, 11, 10)));
            Assert.Equal(Outcome.Ok, await new ReviewIncident(db, Clock).SetStatusAsync(mashhad.Id, IncidentStatus.Confirmed, Actor));
        }

        Assert.Equal([(shiraz.Id, new DateOnly(2019, 11, 17)), (mashhad.Id, new DateOnly(2018, 3, 1))], await StoredStartsAsync());

        // Cleared, the machine start date is back; an editor's end date alone starts the incident on the machine date's first day.
        await using (var db = OpenDb())
        {
            Assert.Equal(Outcome.Ok, await new ReviewIncident(db, Clock).SetFieldAsync(mashhad.Id, "date", "", Actor));
            Assert.Equal(Outcome.Ok, await new ReviewIncident(db, Clock).SetFieldAsync(shiraz.Id, "date_end", "2019-12", Actor));
        }

        Assert.Equal([(shiraz.Id, new DateOnly(2019, 11, 17)), (mashhad.Id, new DateOnly(2019, 11, 10))], await StoredStartsAsync());

        // A merge makes the surviving incident's row again: it keeps the survivor's editor's date.
        await using (var db = OpenDb())
        {
            Assert.Equal(Outcome.Ok, await new ReviewIncident(db, Clock).SetFieldAsync(shiraz.Id, "date", "2017-12-30", Actor));
            Assert.Equal(Outcome.Ok, await new MergeIncidents(db, Clock).RunAsync(shiraz.Id, mashhad.Id, Actor));
        }

        Assert.Equal([(shiraz.Id, new DateOnly(2017, 12, 30))], await StoredStartsAsync());
        Assert.Equal(0, await QueuedAsync());
    }

    // The search table's rows that match "protesters", newest first, with their stored start dates.
    private async Task<List<(Guid, DateOnly)>> StoredStartsAsync()
    {
        await using var db = OpenDb();
        return [.. (await new SearchIncidents(db).NewestAsync("protesters", null, null, 10)).Select(h => (h.Id, h.DateFrom!.Value))];
    }

    private async Task<List<Guid>> FoundAsync(string query, Guid? exclude = null)
    {
        await using var db = OpenDb();
        return [.. (await new SearchIncidents(db).Ids(query).ToListAsync()).Where(id => id != exclude).Order()];
    }

    private async Task<long> QueuedAsync()
    {
        await using var db = OpenDb();
        return await db.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM incident_search_pending").SingleAsync();
    }
}

public sealed class SqliteIncidentSearchAtCommitTests : IncidentSearchAtCommitTests
{
    private protected override ITestDatabase CreateDatabase() => new SqliteTestDatabase();
}

[PostgresTests]
public sealed class PostgresIncidentSearchAtCommitTests : IncidentSearchAtCommitTests
{
    private protected override ITestDatabase CreateDatabase() => new PostgresTestDatabase();

    [StoreFact]
    public async Task A_moved_mention_queues_the_incident_its_report_left_and_the_one_it_joined_only_when_its_words_change()
    {
        // week.txt tells two incidents (one mention in each); agency.txt only the Shiraz one; tabriz.txt one of its own.
        const string both = "---\ntitle: A week of unrest\noutlet: Iran Human Rights Monitor\npublished: 2019-11-19\n---\n" +
            "Security forces shot dead at least 12 protesters in Shiraz on November 17, 2019, according to witnesses.\n\n" +
            "Security forces arrested 30 protesters in Mashhad on November 18, 2019.\n";
        const string tabriz = "---\ntitle: Strike\noutlet: Labour News\npublished: 2019-12-03\n---\nWorkers went on strike in Tabriz on December 2, 2019.\n";
        await IngestExtractingAsync(WriteReports(("week.txt", both), ("agency.txt", ShirazByAgency), ("tabriz.txt", tabriz)));
        var shiraz = await IncidentOfTypeAsync("killing");
        var mashhad = await IncidentOfTypeAsync("arrest");
        var strike = await IncidentOfTypeAsync("strike");
        var weekInShiraz = $"(SELECT m.id FROM mentions m JOIN reports r ON r.id = m.report_id WHERE r.file_name = 'week.txt' AND m.incident_id = '{shiraz.Id}')";

        // week.txt leaves Shiraz (its only mention there) for Mashhad, where its other mention stays: Shiraz is made again,
        // Mashhad's words do not change.
        Assert.Equal([$"{shiraz.Id} -"], await QueueAfterAsync($"UPDATE mentions SET incident_id = '{mashhad.Id}' WHERE id = {weekInShiraz}"));

        // Both Shiraz mentions move in one statement: Shiraz is queued once, Mashhad gets agency.txt's words (week.txt was there).
        Assert.Equal(new[] { $"{shiraz.Id} -", $"{mashhad.Id} agency.txt" }.Order(StringComparer.Ordinal),
            await QueueAfterAsync($"UPDATE mentions SET incident_id = '{mashhad.Id}' WHERE incident_id = '{shiraz.Id}'"));

        // Two mentions of one report joining an incident it was not in: queued once with the report; both incidents it left
        // are made again (Shiraz keeps agency.txt, but week.txt's words go).
        Assert.Equal(new[] { $"{mashhad.Id} -", $"{shiraz.Id} -", $"{strike.Id} week.txt" }.Order(StringComparer.Ordinal),
            await QueueAfterAsync($"UPDATE mentions SET incident_id = '{strike.Id}' WHERE report_id = (SELECT id FROM reports WHERE file_name = 'week.txt')"));

        // A mention made pending leaves its incident; one that is written without moving queues nothing.
        Assert.Equal([$"{shiraz.Id} -"], await QueueAfterAsync($"UPDATE mentions SET incident_id = NULL WHERE id = {weekInShiraz}"));
        Assert.Empty(await QueueAfterAsync("UPDATE mentions SET merge_reason = 'unchanged'"));
    }

    // What the statement queued (incident and joining report's file, or "-"), read inside its transaction, then rolled back.
    private async Task<List<string>> QueueAfterAsync(string statement)
    {
        await using var db = OpenDb();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync(statement);
        var queued = await db.Database.SqlQueryRaw<string>(
            "SELECT p.incident_id::text || ' ' || coalesce(r.file_name, '-') AS \"Value\" FROM incident_search_pending p LEFT JOIN reports r ON r.id = p.report_id").ToListAsync();
        await transaction.RollbackAsync();
        return [.. queued.Order(StringComparer.Ordinal)];
    }

    [StoreFact]
    public async Task The_fill_reads_each_temporary_file_once_even_when_the_planner_joins_by_nested_loops_on_stale_statistics()
    {
        // 160 reports telling four incidents each, ~80 distinct words apiece: the incident and report pairs, the reports'
        // words and the incidents are each larger than the smallest work_mem, so they go to temporary files. Before, when the
        // planner misjudged the rows (as right after a bulk load), one side of a join was read again from its file for every
        // row of the other: a 10,000-report recluster took over 13 minutes instead of 30 s.
        var cities = new[] { "Shiraz", "Mashhad", "Tabriz", "Isfahan", "Zahedan", "Rasht", "Karaj", "Qom" };
        var reports = Enumerable.Range(0, 160).Select(i =>
        {
            var day = new DateOnly(2019, 1, 1).AddDays(i * 2);
            var on = $"on {day:MMMM d, yyyy}";
            return ($"r{i}.txt",
                $"---\ntitle: Report {i}\noutlet: Monitor {i % 7}\npublished: {day.AddDays(1):yyyy-MM-dd}\n---\n" +
                $"Security forces arrested {i + 10} protesters in {cities[i % 8]} {on}.\n\n" +
                $"Security forces shot dead {i % 5 + 2} protesters in {cities[(i + 1) % 8]} {on}.\n\n" +
                $"Workers went on strike in {cities[(i + 2) % 8]} {on}.\n\n" +
                $"Thousands of people protested in {cities[(i + 3) % 8]} {on}.\n\n" +
                string.Join(' ', Enumerable.Range(0, 80).Select(w => $"word{i}x{w}")) + ".\n");
        }).ToArray();

        // The statistics an ingest can leave (CI met them once in five runs): the mentions analysed between a batch and its
        // clustering round, when every mention was pending, so the planner takes "incident_id IS NOT NULL" for one row and the
        // incidents for a few pages. Written here on purpose (autovacuum kept off the mentions so it cannot refresh them)
        // instead of left to autovacuum's timing.
        await using (var db = OpenDb())
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE mentions SET (autovacuum_enabled = false)");
            var outcomes = new List<IngestOutcome>();
            await new IngestFiles(db, Blobs, Clock, new IngestOptions { Pipeline = Pipeline, Parallelism = 2, Cluster = false })
                .RunAsync(WriteReports(reports), Actor, outcomes.Add);
            Assert.All(outcomes, o => Assert.Equal(IngestStatus.Stored, o.Status));
            await db.Database.ExecuteSqlRawAsync("ANALYZE mentions");
        }

        Assert.Equal(640, (await ReclusterAsync()).Clusters);

        await using (var db = OpenDb())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlRawAsync("SET LOCAL work_mem = '64kB'; SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off; DELETE FROM incident_search");
            await using var explain = db.Database.GetDbConnection().CreateCommand();
            explain.Transaction = transaction.GetDbTransaction();
            explain.CommandText = "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + SearchIncidents.PostgresFill.TrimEnd().TrimEnd(';');
            var plan = (string)(await explain.ExecuteScalarAsync())!;
            await transaction.RollbackAsync();

            var top = System.Text.Json.JsonDocument.Parse(plan).RootElement[0].GetProperty("Plan");
            var written = top.GetProperty("Temp Written Blocks").GetInt64();
            var read = top.GetProperty("Temp Read Blocks").GetInt64();
            Assert.True(written > 0, "the words should not fit in 64 kB");
            Assert.True(read <= written, $"temporary blocks read {read}, written {written}: a temporary file was read more than once");
        }
    }
}
