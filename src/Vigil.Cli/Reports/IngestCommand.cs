using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Vigil.Core.Extraction;
using Vigil.Cli.Store;
using Vigil.Storage.Ingest;

namespace Vigil.Cli.Reports;

/// <summary><c>vigil ingest PATH...</c>: stores reports and evidence files.</summary>
internal static class IngestCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Description = "Report files (.txt .md .html .htm), evidence files (.jpg .jpeg .png .webp .mp4 .mov .mp3 .pdf) and folders (searched recursively)", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON line per file instead of a progress bar" };
        var noExtract = new Option<bool>("--no-extract") { Description = "Store reports without running the extraction pipeline on them" };
        var noCluster = new Option<bool>("--no-cluster") { Description = "Extract but do not cluster now (for a bulk load; run vigil recluster afterwards)" };
        var followSymlinks = new Option<bool>("--follow-symlinks") { Description = "Follow symbolic links to files and folders (off: a link can point anywhere on the machine; each skipped link is reported)" };
        var stripLocation = new Option<bool>("--strip-location") { Description = "Keep GPS, camera and other device fields out of evidence files' stored metadata (the original bytes are kept); the store's default is set with vigil settings" };
        var keepLocation = new Option<bool>("--keep-location") { Description = "Store evidence metadata in full even if the store's default strips location and device fields" };
        var command = new Command("ingest", "Store reports and evidence: original bytes to the blob store, text and metadata to the database, each write in the audit log")
        {
            paths,
            json,
            noExtract,
            noCluster,
            followSymlinks,
            stripLocation,
            keepLocation,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(stripLocation) && result.GetValue(keepLocation))
            {
                result.AddError("--strip-location and --keep-location contradict each other: give one");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var location = GlobalOptions.LocationOf(parse, console);
            var settings = StoreSettingsCommand.Load(location, console);
            if (settings is null)
            {
                return 1;
            }

            var options = new IngestOptions
            {
                Pipeline = parse.GetValue(noExtract) ? null : ExtractionPipeline.CreateDefault(),
                Cluster = !parse.GetValue(noCluster),
                FollowSymlinks = parse.GetValue(followSymlinks),
                StripLocation = parse.GetValue(stripLocation) || (settings.StripLocation && !parse.GetValue(keepLocation)),
                Media = new Storage.Media.MediaReader(),
            };
            if (!options.Media.CanReadVideo)
            {
                console.Error.WriteLine("note: " + Storage.Media.MediaReader.NoFfmpegNotice);
            }

            // The ingest's own GC behaviour, not the CLI's runtimeconfig, which vigil serve shares.
            using var garbage = CollectGarbage.Start();
            await using var store = await VigilStore.OpenAsync(location, cancellationToken);
            var ingest = new IngestFiles(store.Db, store.Blobs, TimeProvider.System, options);
            var actor = GlobalOptions.ActorOf(parse, console);
            var asJson = parse.GetValue(json) || !console.IsTerminal;
            var summary = asJson
                ? await RunAsJsonAsync(ingest, parse.GetValue(paths)!, actor, console, cancellationToken)
                : await RunWithProgressAsync(ingest, parse.GetValue(paths)!, actor, console, cancellationToken);
            return summary.Failed > 0 ? 1 : 0;
        });
        return command;
    }

    private static async Task<IngestSummary> RunAsJsonAsync(IngestFiles ingest, string[] paths, string actor, CliConsole console, CancellationToken cancellationToken)
    {
        var summary = await ingest.RunAsync(paths, actor, outcome =>
        {
            console.Output.WriteLine(JsonLines.Serialize(new
            {
                file = outcome.Path,
                kind = outcome.Kind,
                status = StatusName(outcome.Status),
                id = outcome.Id,
                message = outcome.Message,
                bytes = outcome.Bytes,
            }));
            ReportFailure(outcome, console);

            // A line per file as it happens: whoever reads the pipe can follow the progress.
            console.Output.Flush();
        }, cancellationToken: cancellationToken);
        console.Output.WriteLine(JsonLines.Serialize(new
        {
            summary = new
            {
                stored = summary.Stored,
                already_stored = summary.AlreadyStored,
                skipped = summary.Skipped,
                failed = summary.Failed,
                seconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
                files_per_second = Math.Round(Rate(summary), 1),
            },
        }));
        return summary;
    }

    private static async Task<IngestSummary> RunWithProgressAsync(IngestFiles ingest, string[] paths, string actor, CliConsole console, CancellationToken cancellationToken)
    {
        IngestSummary? summary = null;
        var failures = new List<IngestOutcome>();
        await console.Ansi.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new CountColumn(), new RateColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("ingest", maxValue: 1);
                ingest.OnPhase = phase => task.Description = phase;
                summary = await ingest.RunAsync(
                    paths,
                    actor,
                    outcome =>
                    {
                        task.Increment(1);
                        if (outcome.Status == IngestStatus.Failed)
                        {
                            failures.Add(outcome);
                        }
                    },
                    planned => task.MaxValue = Math.Max(1, planned),
                    cancellationToken);
            });
        foreach (var failure in failures)
        {
            ReportFailure(failure, console);
        }

        var s = summary!;
        console.Ansi.MarkupLine($"[green]{s.Stored} stored[/], {s.AlreadyStored} already stored, {s.Skipped} skipped, [{(s.Failed > 0 ? "red" : "green")}]{s.Failed} failed[/] in {s.Elapsed.TotalSeconds:0.00} s ({Rate(s):0} files/s)");
        return s;
    }

    private static void ReportFailure(IngestOutcome outcome, CliConsole console)
    {
        if (outcome.Status == IngestStatus.Failed)
        {
            console.Fail($"{outcome.Path}: {outcome.Message}");
        }
    }

    private static double Rate(IngestSummary summary) => summary.Elapsed.TotalSeconds > 0 ? summary.Total / summary.Elapsed.TotalSeconds : 0;

    internal static string StatusName(IngestStatus status) => status switch
    {
        IngestStatus.Stored => "stored",
        IngestStatus.AlreadyStored => "already_stored",
        IngestStatus.Skipped => "skipped",
        _ => "failed",
    };

    private sealed class CountColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text($"{task.Value:0}/{task.MaxValue:0} files");
    }

    private sealed class RateColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? $"{speed:0}/s" : "-");
    }
}
