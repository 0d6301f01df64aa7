using Microsoft.EntityFrameworkCore;
using System.CommandLine;
using System.Diagnostics;
using Vigil.Cli.Store;
using Vigil.Storage.Database;
using Vigil.Core.Extraction;
using Vigil.Storage.Audit;
using Vigil.Storage.Incidents;
using Vigil.Storage.Ingest;

namespace Vigil.Cli.Bench;

/// <summary><c>vigil bench ingest</c>: measures ingest and verify throughput on generated reports. Prints figures; asserts nothing.</summary>
internal static class BenchCommand
{
    public static Command Create(CliConsole console)
    {
        var bench = new Command("bench", "Benchmarks that print figures (run on an idle machine; quote medians)");
        var reports = new Option<int>("--reports") { Description = "Reports to generate", DefaultValueFactory = _ => 10_000 };
        var evidence = new Option<int>("--evidence") { Description = "Evidence files to generate", DefaultValueFactory = _ => 500 };
        var runs = new Option<int>("--runs") { Description = "Repetitions, each into a fresh store; the median is reported", DefaultValueFactory = _ => 3 };
        var noExtract = new Option<bool>("--no-extract") { Description = "Measure storage alone, without the extraction pipeline" };
        var noCluster = new Option<bool>("--no-cluster") { Description = "Extract but do not cluster (the bulk-load path: one vigil recluster afterwards)" };
        var recluster = new Option<bool>("--recluster") { Description = "After ingest, run one recluster and report the combined rate (with --no-cluster: the bulk-load path)" };
        var keep = new Option<bool>("--keep") { Description = "Keep the generated reports and the last run's store (SQLite) and print where, to compare stores or ingest the same reports again" };
        var dense = new Option<bool>("--dense") { Description = "Generate the dense reports (every sentence an incident: ~35 mentions, ~33 incidents a report) instead of news prose with ~5 incident sentences" };
        var from = new Option<string?>("--input") { Description = "Ingest this folder (kept from an earlier --keep run) instead of generating reports: two builds measured on the same files" };
        var batch = new Option<int>("--batch") { Description = "Files written in one transaction (IngestOptions.BatchSize), to measure other batch sizes", DefaultValueFactory = _ => new IngestOptions().BatchSize };
        var ingest = new Command("ingest", "Ingest generated ~5 KB news reports (~5 incident sentences each) plus small evidence files into a fresh store (extracting mentions), then verify it") { reports, evidence, runs, noExtract, noCluster, recluster, keep, dense, from, batch };
        ingest.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(reports);
            var media = parse.GetValue(evidence);
            var repeat = Math.Max(1, parse.GetValue(runs));
            if (count <= 0 || media < 0)
            {
                console.Fail("--reports must be positive and --evidence not negative");
                return 2;
            }

            if (parse.GetValue(batch) <= 0)
            {
                console.Fail("--batch must be positive");
                return 2;
            }

            var location = GlobalOptions.LocationOf(parse, console);
            var work = Path.Combine(Path.GetTempPath(), "vigil-bench-" + Guid.NewGuid().ToString("N")[..8]);
            var input = Path.Combine(work, "input");
            if (parse.GetValue(from) is { } given)
            {
                if (!Directory.Exists(given))
                {
                    console.Fail($"--input: no such folder: {given}");
                    return 2;
                }

                input = Path.GetFullPath(given);
                count = Directory.GetFiles(input, "report-*.txt").Length;
                if (count == 0)
                {
                    console.Fail($"--input: {given} holds no report-*.txt files (a folder kept by bench ingest --keep)");
                    return 2;
                }

                console.Output.WriteLine($"ingesting {count} reports and {Directory.GetFiles(input, "*.png").Length} evidence files from {input}");
            }
            else
            {
                var bytes = ReportGenerator.WriteReports(input, count, seed: 42, dense: parse.GetValue(dense));
                ReportGenerator.WriteEvidence(input, media, count, seed: 43);
                console.Output.WriteLine($"generated {count} {(parse.GetValue(dense) ? "dense" : "news")} reports ({bytes / 1048576.0:0.0} MB, {bytes / count / 1024.0:0.0} KB each) and {media} evidence files in {input}");
            }

            console.Output.WriteLine($"database: {(location.IsPostgres ? location.Describe() : "SQLite (fresh file per run)")}; {Environment.ProcessorCount} cores");

            var rates = new List<double>();
            var verifyRates = new List<double>();
            var reclusterRates = new List<double>();
            long peak = 0;
            try
            {
                for (var run = 1; run <= repeat; run++)
                {
                    var runLocation = location.IsPostgres
                        ? location with { DataDirectory = Path.Combine(work, $"data-{run}") }
                        : new StoreLocation(Path.Combine(work, $"data-{run}"), null);
                    if (location.IsPostgres)
                    {
                        await ResetPostgresAsync(runLocation, cancellationToken);
                    }

                    await using var store = await VigilStore.OpenAsync(runLocation, cancellationToken);
                    var loadBefore = Load();
                    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                    var flushBefore = SearchIncidents.FlushTime;
                    var memory = new List<(int Done, long WorkingSet)>();
                    var done = 0;
                    var options = new IngestOptions { Pipeline = parse.GetValue(noExtract) ? null : ExtractionPipeline.CreateDefault(), Cluster = !parse.GetValue(noCluster), BatchSize = parse.GetValue(batch) };
                    var ingestFiles = new IngestFiles(store.Db, store.Blobs, TimeProvider.System, options);
                    IngestSummary summary;
                    var pauseBefore = GC.GetTotalPauseDuration();
                    var garbage = Reports.CollectGarbage.Start();
                    using (garbage)
                    {
                        // As vigil ingest runs (IngestCommand): its garbage collected for it, not the CLI's runtimeconfig changed.
                        summary = await ingestFiles.RunAsync([input], "bench", outcome =>
                        {
                            done++;
                            if (done % Math.Max(1, count / 5) == 0)
                            {
                                memory.Add((done, Process.GetCurrentProcess().WorkingSet64));
                            }
                        }, cancellationToken: cancellationToken);
                    }

                    var rate = count / summary.Elapsed.TotalSeconds;
                    rates.Add(rate);
                    using var self = Process.GetCurrentProcess();
                    peak = Math.Max(peak, self.PeakWorkingSet64);
                    console.Output.WriteLine($"run {run}: {summary.Stored} stored, {summary.Failed} failed in {summary.Elapsed.TotalSeconds:0.00} s = {rate:0} reports/s (load {loadBefore} before, {Load()} after); working set at " +
                        string.Join(", ", memory.Select(m => $"{m.Done}: {m.WorkingSet / 1048576.0:0} MB")));
                    var t = ingestFiles.Timings;
                    var c = t.Clustering;
                    console.Output.WriteLine($"       time: extraction {t.Extraction.TotalSeconds:0.0} s on worker threads (writer waited {t.WaitingForExtraction.TotalSeconds:0.0} s for it); " +
                        $"rows {t.Rows.TotalSeconds:0.0} s, commit {t.Commit.TotalSeconds:0.0} s, incident clustering {t.Incidents.TotalSeconds:0.0} s in {t.Rounds} rounds " +
                        $"(lookup {c.Lookup.TotalSeconds:0.0} s, clusterer {c.Clustering.TotalSeconds:0.0} s over {c.Mentions} mentions, writing {c.Applying.TotalSeconds:0.0} s for {c.Incidents} incident entries, commits with search indexing {c.Committing.TotalSeconds:0.0} s; search indexing in every commit {(SearchIncidents.FlushTime - flushBefore).TotalSeconds:0.0} s), " +
                        $"statement clustering {t.Statements.TotalSeconds:0.0} s, person linking {t.Persons.TotalSeconds:0.0} s; process CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds:0} s this run; " +
                        $"GC paused {(GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds:0.0} s ({garbage.Young} young and {garbage.Full} full collections forced)");
                    var stored = await store.Db.Reports.CountAsync(cancellationToken);
                    var mentions = await store.Db.Mentions.CountAsync(cancellationToken);
                    var incidents = await store.Db.Incidents.CountAsync(cancellationToken);
                    var statements = await store.Db.StatementMentions.CountAsync(cancellationToken);
                    console.Output.WriteLine($"       measured on: {stored} reports, {mentions / (double)Math.Max(1, stored):0.0} mentions and {incidents / (double)Math.Max(1, stored):0.0} incidents a report " +
                        $"({mentions} mentions, {incidents} incidents, {statements} statement quotes)");
                    console.Output.Flush();

                    var verify = await new VerifyStore(store.Db, store.Blobs).RunAsync(cancellationToken: cancellationToken);
                    var mbps = verify.BlobBytes / 1048576.0 / verify.Elapsed.TotalSeconds;
                    verifyRates.Add(mbps);
                    if (parse.GetValue(recluster))
                    {
                        var reclustered = Stopwatch.StartNew();
                        var reclusterCpu = Process.GetCurrentProcess().TotalProcessorTime;
                        await new Vigil.Storage.Incidents.ClusterIncidents(store.Db, TimeProvider.System).RebuildAsync("bench", cancellationToken);
                        var total = summary.Elapsed + reclustered.Elapsed;
                        reclusterRates.Add(count / total.TotalSeconds);
                        console.Output.WriteLine($"       recluster {reclustered.Elapsed.TotalSeconds:0.00} s (process CPU {(Process.GetCurrentProcess().TotalProcessorTime - reclusterCpu).TotalSeconds:0} s, load {Load()}); ingest + recluster = {count / total.TotalSeconds:0} reports/s; " +
                            $"{await store.Db.Incidents.CountAsync(cancellationToken)} incidents after it");
                    }

                    console.Output.WriteLine($"       verify {(verify.Ok ? "OK" : "FAILED")}: {verify.AuditEntries} entries, {verify.Rows} rows, {verify.Blobs} blobs, {verify.BlobBytes / 1048576.0:0.0} MB in {verify.Elapsed.TotalSeconds:0.00} s = {mbps:0} MB/s hashed, {(verify.AuditEntries + verify.Rows) / verify.Elapsed.TotalSeconds:0} entries and rows/s");
                }
            }
            finally
            {
                if (parse.GetValue(keep))
                {
                    console.Output.WriteLine($"kept {work}");
                }
                else
                {
                    // With --input only the stores are here; the given folder is left alone.
                    TryDelete(work);
                }
            }

            if (reclusterRates.Count > 0)
            {
                console.Output.WriteLine($"median ingest + recluster: {Median(reclusterRates):0} reports/s");
            }

            console.Output.WriteLine($"median ingest: {Median(rates):0} reports/s; median verify: {Median(verifyRates):0} MB/s; peak working set {peak / 1048576.0:0} MB");
            return 0;
        });
        bench.Subcommands.Add(ingest);
        bench.Subcommands.Add(StatementBenchCommand.Create(console));
        bench.Subcommands.Add(PersonBenchCommand.Create(console));
        bench.Subcommands.Add(PersonListBenchCommand.Create(console));
        bench.Subcommands.Add(MediaBenchCommands.Media(console));
        bench.Subcommands.Add(MediaBenchCommands.Index(console));
        bench.Subcommands.Add(MediaStoreBench.Create(console));
        bench.Subcommands.Add(FuzzCommand.Fuzz(console));
        bench.Subcommands.Add(FuzzCommand.HtmlDepth(console));
        return bench;
    }

    // Figures on the shared machine mean little without it.
    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static async Task ResetPostgresAsync(StoreLocation location, CancellationToken cancellationToken)
    {
        await using var db = location.CreateContext();
        await db.Database.EnsureDeletedAsync(cancellationToken);
    }

    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A benchmark leaves its temp folder behind rather than failing on cleanup.
        }
    }
}
