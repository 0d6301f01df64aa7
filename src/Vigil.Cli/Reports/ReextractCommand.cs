using System.CommandLine;
using Spectre.Console;
using Vigil.Cli.Store;
using Vigil.Core;
using Vigil.Core.Extraction;
using Vigil.Storage;
using Vigil.Storage.Extractions;

namespace Vigil.Cli.Reports;

/// <summary>
/// <c>vigil reextract [--all | REPORT…] [--dry-run]</c>: runs the current pipeline again over stored reports extracted by
/// another version (<see cref="PipelineVersion"/>), replaces what extraction stored for them and re-clusters; editors'
/// decisions are kept as with <c>vigil recluster</c>. One transaction per report: an interrupted run is resumed by running
/// it again.
/// </summary>
internal static class ReextractCommand
{
    public static Command Create(CliConsole console)
    {
        var reports = new Argument<string[]>("REPORT") { Description = "Report ids (or their first 8+ hex digits) to re-extract, whatever version extracted them", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "Every stored report extracted by another pipeline version (or before versions were recorded)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Say what would change (counts per report), store nothing" };
        var command = new Command("reextract", "Re-run the current extraction pipeline over stored reports and replace their mentions, statements, persons and highlights; re-clusters; editors' decisions are kept; audited") { reports, all, dryRun };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var named = parse.GetValue(reports) ?? [];
            var everything = parse.GetValue(all);
            if (named.Length > 0 == everything)
            {
                return console.Fail(Outcome.Invalid("--all", "give either --all or one or more REPORT ids"));
            }

            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var reextract = new ReextractReports(store.Db, ExtractionPipeline.CreateDefault(), TimeProvider.System);
            var ids = new List<string>();
            if (everything)
            {
                ids.AddRange(await reextract.StaleAsync(cancellationToken));
            }
            else
            {
                foreach (var id in named)
                {
                    var resolved = await reextract.ResolveAsync(id, cancellationToken);
                    if (!resolved.Succeeded)
                    {
                        return console.Fail(resolved.Result);
                    }

                    ids.Add(resolved.Value!);
                }
            }

            var dry = parse.GetValue(dryRun);
            var actor = GlobalOptions.ActorOf(parse, console);
            var pending = !dry && await reextract.ReclusterPendingAsync(cancellationToken);
            console.Error.WriteLine($"pipeline {PipelineVersion.Current}: {Plural.Of(ids.Count, "report")} to re-extract{(dry ? " (dry run: nothing is stored)" : string.Empty)}{(pending ? "; a previous run was not re-clustered yet" : string.Empty)}");
            var outcomes = new List<ReextractOutcome>();
            if (console.IsTerminal && ids.Count > 0)
            {
                await console.Ansi.Progress().AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("reextract", maxValue: ids.Count);
                        foreach (var id in ids)
                        {
                            outcomes.Add(await reextract.RunAsync(id, actor, dry, cancellationToken));
                            task.Increment(1);
                        }
                    });
            }
            else
            {
                foreach (var id in ids)
                {
                    outcomes.Add(await reextract.RunAsync(id, actor, dry, cancellationToken));
                }
            }

            foreach (var o in outcomes)
            {
                if (o.Problem is not null)
                {
                    console.Fail($"report {o.ReportId[..12]}: {o.Problem}");
                    continue;
                }

                if (dry || !console.IsTerminal)
                {
                    console.Output.WriteLine($"report {o.ReportId[..12]} ({o.OldVersion ?? "no version"}): incidents {o.IncidentsBefore} → {o.IncidentsAfter}, statements {o.StatementsBefore} → {o.StatementsAfter}, named persons {o.PersonsBefore} → {o.PersonsAfter}{(o.KeptPinned > 0 ? $", {Plural.Of(o.KeptPinned, "pinned mention")} kept" : string.Empty)}{(o.Note is { } note ? $" ({note})" : string.Empty)}");
                }
            }

            var done = outcomes.Count(o => o.Problem is null);
            var failed = outcomes.Count - done;
            if (dry)
            {
                console.Output.WriteLine($"dry run: {Plural.Of(done, "report")} would be re-extracted, {failed} failed; nothing stored");
                return failed > 0 ? ExitCodes.Failed : ExitCodes.Ok;
            }

            if (done > 0 || pending)
            {
                var summary = await reextract.ReclusterAsync(actor, cancellationToken);
                console.Output.WriteLine($"{Plural.Of(done, "report")} re-extracted, {failed} failed; re-clustered: {summary.Clusters} clusters, {summary.Created} incidents created, {summary.Deleted} dissolved");
            }
            else
            {
                console.Output.WriteLine($"nothing to re-extract: every report is on pipeline {PipelineVersion.Current}{(failed > 0 ? $"; {failed} failed" : string.Empty)}");
            }

            return failed > 0 ? ExitCodes.Failed : ExitCodes.Ok;
        });
        return command;
    }
}
