using System.CommandLine;
using Vigil.Cli.Store;
using Vigil.Storage.Incidents;
using Vigil.Storage.Mentions;

namespace Vigil.Cli.Incidents;

/// <summary><c>vigil merge</c>, <c>vigil split</c>, <c>vigil recluster</c> and <c>vigil mention</c>: an editor's structural decisions.</summary>
internal static class ReviewCommands
{
    public static Command Merge(CliConsole console)
    {
        var target = new Argument<string>("a") { Description = "The incident to keep" };
        var other = new Argument<string>("b") { Description = "The incident merged into it (deleted)" };
        var command = new Command("merge", "Merge incident B into A: B's mentions move to A (pinned), B is deleted; audited") { target, other };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var (a, errorA) = await IncidentIds.ResolveAsync(store.Db, parse.GetValue(target)!, cancellationToken);
            var (b, errorB) = await IncidentIds.ResolveAsync(store.Db, parse.GetValue(other)!, cancellationToken);
            if (a is null || b is null)
            {
                console.Fail((errorA ?? errorB)!);
                return 1;
            }

            if (await new MergeIncidents(store.Db, TimeProvider.System).RunAsync(a.Value, b.Value, GlobalOptions.ActorOf(parse, console), cancellationToken) is { } problem)
            {
                console.Fail(problem);
                return 1;
            }

            console.Output.WriteLine($"merged {b} into {a}");
            return 0;
        });
        return command;
    }

    public static Command Split(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The incident to split" };
        var mentions = new Option<string[]>("--mentions") { Description = "Ids of the mentions to move into a new incident", Required = true, AllowMultipleArgumentsPerToken = true };
        var command = new Command("split", "Move some of an incident's mentions into a new incident (both pinned); audited") { id, mentions };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var ids = new List<Guid>();
            foreach (var text in parse.GetValue(mentions) ?? [])
            {
                if (!Guid.TryParse(text, out var mention))
                {
                    console.Fail($"--mentions: '{text}' is not a mention id (see vigil incident ID)");
                    return 2;
                }

                ids.Add(mention);
            }

            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var (incident, error) = await IncidentIds.ResolveAsync(store.Db, parse.GetValue(id)!, cancellationToken);
            if (incident is null)
            {
                console.Fail(error!);
                return 1;
            }

            var (created, problem) = await new SplitIncident(store.Db, TimeProvider.System).RunAsync(incident.Value, ids, GlobalOptions.ActorOf(parse, console), cancellationToken);
            if (problem is not null)
            {
                console.Fail(problem);
                return 1;
            }

            console.Output.WriteLine($"split {ids.Count} mentions into new incident {created}");
            return 0;
        });
        return command;
    }

    public static Command Recluster(CliConsole console)
    {
        var command = new Command("recluster", "Rebuild machine incidents from all mentions from scratch (editor decisions are kept); gives the same result as incremental clustering at ingest");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var summary = await new ClusterIncidents(store.Db, TimeProvider.System).RebuildAsync(GlobalOptions.ActorOf(parse, console), cancellationToken);
            console.Output.WriteLine($"{summary.Clusters} clusters; {summary.Created} incidents created, {summary.Changed} created or changed, {summary.Deleted} dissolved in {watch.Elapsed.TotalSeconds:0.00} s");
            return 0;
        });
        return command;
    }

    public static Command Mention(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "Mention id (see vigil incident ID)" };
        var credibility = new Option<int>("--credibility") { Description = "Information credibility 1 (confirmed) … 5 (improbable), 6 (cannot be judged)", Required = true };
        var command = new Command("mention", "Grade one mention's information credibility (Admiralty 1–6); its incident's figures are recomputed; audited") { id, credibility };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!Guid.TryParse(parse.GetValue(id), out var mentionId))
            {
                console.Fail($"'{parse.GetValue(id)}' is not a mention id");
                return 2;
            }

            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            if (await new GradeMention(store.Db, TimeProvider.System).RunAsync(mentionId, parse.GetValue(credibility), GlobalOptions.ActorOf(parse, console), cancellationToken) is { } problem)
            {
                console.Fail(problem);
                return 1;
            }

            console.Output.WriteLine($"mention {mentionId}: credibility {parse.GetValue(credibility)}");
            return 0;
        });
        return command;
    }
}
