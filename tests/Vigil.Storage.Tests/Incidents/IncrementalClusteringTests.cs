using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Extraction;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Ingest;
using Vigil.Storage.Tests.Database;
using static Vigil.Storage.Tests.Incidents.IncidentReports;

namespace Vigil.Storage.Tests.Incidents;

/// <summary>
/// Clustering at ingest, one report at a time, gives the same incidents as ingesting everything at
/// once and as <c>vigil recluster</c>. Mention ids are minted at ingest, so two stores are compared
/// by each mention's report file and ordinal; within one store, ids must match exactly.
/// </summary>
public abstract class IncrementalClusteringTests : IncidentStoreTest
{
    private string[] AllReports() =>
    [
        .. Directory.GetFiles(Samples, "*.txt").Order(StringComparer.Ordinal),
        .. WriteReports(("monitor.txt", ShirazByMonitor), ("agency.txt", ShirazByAgency), ("radio.txt", ShirazByRadio), ("amnesty.txt", ShirazByAmnesty), ("mashhad.txt", MashhadArrests), ("ahvaz.txt", AhvazStrike)),
    ];

    [StoreFact]
    public async Task One_report_per_run_gives_the_same_incidents_as_all_at_once_and_as_recluster()
    {
        var files = AllReports();

        // This test's store: one report per run, newest first (the month-level Amnesty report before the day-level ones).
        foreach (var file in files.Reverse())
        {
            await IngestExtractingAsync(file);
        }

        List<string> incremental, rebuilt;
        await using (var db = OpenDb())
        {
            incremental = await SnapshotAsync(db, withIds: true);
        }

        await ReclusterAsync();
        await using (var db = OpenDb())
        {
            rebuilt = await SnapshotAsync(db, withIds: true);
        }

        Assert.Equal(incremental, rebuilt);
        Assert.True(incremental.Any(line => line.Contains("\"members\":[\"agency.txt#0\",\"amnesty.txt#0\",\"monitor.txt#0\",\"radio.txt#0\"]", StringComparison.Ordinal)), string.Join("\n", incremental.Where(l => l.Contains("monitor.txt", StringComparison.Ordinal) || l.Contains("amnesty.txt", StringComparison.Ordinal)).Select(l => l[..Math.Min(300, l.Length)])));
        await AssertVerifiesAsync();

        // A second store: everything in one run.
        await using var database = CreateDatabase();
        var options = await database.CreateAsync(Directory.CreateDirectory(Path.Combine(Folder, "all-at-once")).FullName);
        await using (var db = new VigilDbContext(options))
        {
            await db.Database.MigrateAsync();
            var outcomes = new List<IngestOutcome>();
            await new IngestFiles(db, new BlobStore(Path.Combine(Folder, "all-at-once", "blobs")), Clock, new IngestOptions { Pipeline = ExtractionPipeline.CreateDefault(), Parallelism = 2 }).RunAsync(files, Actor, outcomes.Add);
            Assert.All(outcomes, o => Assert.Equal(IngestStatus.Stored, o.Status));
        }

        await using (var db = new VigilDbContext(options))
        {
            Assert.Equal(await SnapshotAsync(db, withIds: false), incremental.Select(WithoutIds).Order(StringComparer.Ordinal));
            await new ClusterIncidents(db, Clock).RebuildAsync(Actor);
        }

        await using (var db = new VigilDbContext(options))
        {
            Assert.Equal(await SnapshotAsync(db, withIds: false), incremental.Select(WithoutIds).Order(StringComparer.Ordinal));
        }

        // A third store: one run whose mentions are clustered in several rounds between small batches.
        await using var rounds = CreateDatabase();
        var roundOptions = await rounds.CreateAsync(Directory.CreateDirectory(Path.Combine(Folder, "rounds")).FullName);
        await using (var db = new VigilDbContext(roundOptions))
        {
            await db.Database.MigrateAsync();
            var outcomes = new List<IngestOutcome>();
            var ingest = new IngestFiles(db, new BlobStore(Path.Combine(Folder, "rounds", "blobs")), Clock, new IngestOptions { Pipeline = ExtractionPipeline.CreateDefault(), Parallelism = 2, BatchSize = 1, ClusterRound = 2 });
            await ingest.RunAsync(files, Actor, outcomes.Add);
            Assert.All(outcomes, o => Assert.Equal(IngestStatus.Stored, o.Status));
            Assert.InRange(ingest.Timings.Rounds, 3, files.Length);
        }

        await using (var db = new VigilDbContext(roundOptions))
        {
            Assert.Equal(await SnapshotAsync(db, withIds: false), incremental.Select(WithoutIds).Order(StringComparer.Ordinal));
        }
    }

    [StoreFact]
    public async Task Mentions_an_earlier_run_left_unclustered_are_clustered_by_the_next_run()
    {
        var files = AllReports();

        // What a killed run (or ingest --no-cluster) leaves: reports and mentions stored, no incidents.
        await IngestAsync(files[..^1], cluster: false);
        await using (var db = OpenDb())
        {
            Assert.Empty(await db.Incidents.ToListAsync());
            Assert.True(await db.Mentions.CountAsync() > 10);
        }

        await IngestAsync([files[^1]], cluster: true);
        List<string> resumed;
        await using (var db = OpenDb())
        {
            Assert.Equal(0, await db.Mentions.CountAsync(m => m.IncidentId == null));
            resumed = await SnapshotAsync(db, withIds: true);
        }

        await ReclusterAsync();
        await using (var db = OpenDb())
        {
            Assert.Equal(resumed, await SnapshotAsync(db, withIds: true));
        }

        await AssertVerifiesAsync();
    }

    private async Task IngestAsync(string[] files, bool cluster)
    {
        await using var db = OpenDb();
        var outcomes = new List<IngestOutcome>();
        await new IngestFiles(db, Blobs, Clock, new IngestOptions { Pipeline = Pipeline, Cluster = cluster }).RunAsync(files, Actor, outcomes.Add);
        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Stored, o.Status));
    }

    [StoreFact]
    public async Task The_same_reports_in_a_different_ingest_order_give_the_same_incidents()
    {
        // Shiraz in November and Fars on the 17th are both one step coarser than Kazerun on the 17th: which of the two is
        // weighed first could decide whether Fars joins Kazerun. Mention ids follow arrival, so the tie must not be broken by
        // them. (Fars on the 17th fits Kazerun on the 17th and Shiraz in November; it joins Kazerun, told like it of one day.)
        var files = WriteReports(
            ("shiraz.txt", "---\ntitle: Rally\noutlet: Radio Zamaneh\npublished: 2019-12-01\n---\nProtesters rallied in Shiraz in November 2019 against the fuel price rise.\n"),
            ("fars.txt", "---\ntitle: Rally\noutlet: Kurdistan Press Agency\npublished: 2019-12-01\n---\nProtesters rallied in Fars province on November 17, 2019 against the fuel price rise.\n"),
            ("kazerun.txt", "---\ntitle: Rally\noutlet: Iran Human Rights Monitor\npublished: 2019-12-01\n---\nProtesters rallied in Kazerun on November 17, 2019 against the fuel price rise.\n"),
            ("iran.txt", "---\ntitle: Wave\noutlet: Amnesty International\npublished: 2019-12-02\n---\nProtesters rallied across Iran in November 2019 against the fuel price rise.\n"));
        foreach (var file in files)
        {
            await IngestExtractingAsync(file);
        }

        List<string> forward;
        await using (var db = OpenDb())
        {
            forward = await SnapshotAsync(db, withIds: false);
        }

        await using var database = CreateDatabase();
        var folder = Directory.CreateDirectory(Path.Combine(Folder, "reversed")).FullName;
        var options = await database.CreateAsync(folder);
        await using (var db = new VigilDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        foreach (var file in files.Reverse())
        {
            await using var db = new VigilDbContext(options);
            var outcomes = new List<IngestOutcome>();
            await new IngestFiles(db, new BlobStore(Path.Combine(folder, "blobs")), Clock, new IngestOptions { Pipeline = ExtractionPipeline.CreateDefault() }).RunAsync([file], Actor, outcomes.Add);
            Assert.Equal(IngestStatus.Stored, outcomes.Single().Status);
        }

        await using (var db = new VigilDbContext(options))
        {
            Assert.Equal(forward, await SnapshotAsync(db, withIds: false));
            await new ClusterIncidents(db, Clock).RebuildAsync(Actor);
        }

        await using (var db = new VigilDbContext(options))
        {
            Assert.Equal(forward, await SnapshotAsync(db, withIds: false));
        }

        Assert.Equal(3, forward.Count(line => line.Contains("\"members\":", StringComparison.Ordinal)));

        // The country's month is a wave; the day in Kazerun and Fars is a part of it, in every order; Shiraz in November is neither.
        Assert.True(forward.Any(line => line.Contains("\"members\":[\"iran.txt#0\"]", StringComparison.Ordinal) && line.Contains("\"IsWave\":true", StringComparison.Ordinal)), string.Join("\n", forward));
        Assert.Equal(["fars.txt#0 kazerun.txt#0"], forward.Where(line => line.Contains("\"part_of\":\"iran.txt#0\"", StringComparison.Ordinal)).Select(line => string.Join(' ', JsonDocument.Parse(line).RootElement.GetProperty("members").EnumerateArray().Select(m => m.GetString()).Order(StringComparer.Ordinal))));
    }

    /// <summary>
    /// Every mention's merge reason, incident and statement as one line of JSON: members as "file#ordinal", every machine
    /// field, figures and reasons with mention ids replaced by member keys. Machine incidents' ids must be their
    /// smallest member mention's id; <paramref name="withIds"/> also keeps the raw ids.
    /// </summary>
    private static async Task<List<string>> SnapshotAsync(VigilDbContext db, bool withIds)
    {
        var mentions = await (from m in db.Mentions.AsNoTracking()
                              join r in db.Reports.AsNoTracking() on m.ReportId equals r.Id
                              select new { m.Id, m.IncidentId, r.FileName, m.Ordinal, m.MergeReason }).ToListAsync();
        var keyOf = mentions.ToDictionary(m => m.Id, m => $"{m.FileName}#{m.Ordinal}");
        var lines = new List<string>();

        // Each mention's merge reason, with the mention it names as "file#ordinal": why it joined (or stands alone) must be
        // what clustering the whole store says, not what an earlier round said before the mention it names moved away.
        foreach (var m in mentions)
        {
            lines.Add(JsonSerializer.Serialize(new
            {
                mention = keyOf[m.Id],
                reason = m.MergeReason is null ? null : keyOf.Aggregate(m.MergeReason, (text, kv) => text.Replace(kv.Key.ToString(), kv.Value, StringComparison.Ordinal)),
            }));
        }

        foreach (var i in await db.Incidents.AsNoTracking().ToListAsync())
        {
            var members = mentions.Where(m => m.IncidentId == i.Id).Select(m => m.Id).Order().ToList();
            Assert.Equal(members[0], i.Id);
            var figures = keyOf.Aggregate(i.FiguresJson, (json, kv) => json.Replace(kv.Key.ToString(), kv.Value, StringComparison.Ordinal));
            lines.Add(JsonSerializer.Serialize(new
            {
                id = withIds ? i.Id.ToString() : null,
                members = members.Select(id => keyOf[id]).Order(StringComparer.Ordinal),
                i.Type, i.Date, i.DateEnd, i.DateFrom, i.DateTo, i.Place, i.Admin1, i.Country, i.Latitude, i.Longitude, i.GeoPrecision, i.Actors, i.Victims,
                figures = new[] { i.KilledMin, i.KilledMax, i.KilledBest, i.InjuredMin, i.InjuredMax, i.InjuredBest, i.ArrestedMin, i.ArrestedMax, i.ArrestedBest },
                claims = figures,
                i.MentionCount, i.SourceCount, i.Corroboration, i.Sources, i.Status, i.OverridesJson,
                i.IsWave,
                part_of = i.PartOfId is { } wave ? keyOf[mentions.Where(m => m.IncidentId == wave).Select(m => m.Id).Order().First()] : null,
                reason = i.PartOfReason is null ? null : keyOf.Aggregate(i.PartOfReason, (text, kv) => text.Replace(kv.Key.ToString(), kv.Value, StringComparison.Ordinal)),
            }));
        }

        var quoted = await (from s in db.StatementMentions.AsNoTracking()
                            join r in db.Reports.AsNoTracking() on s.ReportId equals r.Id
                            select new { s.Id, s.StatementId, s.SpeakerKey, r.FileName, s.Ordinal }).ToListAsync();
        foreach (var s in await db.Statements.AsNoTracking().ToListAsync())
        {
            var members = quoted.Where(q => q.StatementId == s.Id).OrderBy(q => q.Id).ToList();
            Assert.Equal(members[0].Id, s.Id);
            lines.Add(JsonSerializer.Serialize(new
            {
                id = withIds ? s.Id.ToString() : null,
                statement = members.Select(q => $"{q.FileName}#{q.Ordinal}").Order(StringComparer.Ordinal),
                speaker = members.Select(q => q.SpeakerKey).Distinct().Single(),
                s.Date, s.Quote, s.Outlet, s.MentionCount, s.Sources,
            }));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string WithoutIds(string line) =>
        System.Text.RegularExpressions.Regex.Replace(line, "^\\{\"id\":\"[0-9a-f-]+\"", "{\"id\":null");
}
