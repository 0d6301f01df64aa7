using System.CommandLine;
using Vigil.Cli.Store;
using Vigil.Storage;
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
            var a = await IncidentIds.ResolveAsync(store.Db, parse.GetValue(target)!, "a", cancellationToken);
            var b = await IncidentIds.ResolveAsync(store.Db, parse.GetValue(other)!, "b", cancellationToken);
            if (!a.Succeeded || !b.Succeeded)
            {
                return console.Fail(a.Succeeded ? b.Result : a.Result);
            }

            var merged = await new MergeIncidents(store.Db, TimeProvider.System).RunAsync(a.Value, b.Value, GlobalOptions.ActorOf(parse, console), cancellationToken);
            if (!merged.Succeeded)
            {
                return console.Fail(merged.Field == "other" ? merged with { Field = "b" } : merged);
            }

            console.Output.WriteLine($"merged {b.Value} into {a.Value}");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Split(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "The incident to split" };
        var mentions = new Option<string[]>("--mentions") { Description = "Ids of the mentions to move into a new incident (or their last 12 hex digits)", Required = true, AllowMultipleArgumentsPerToken = true };
        var command = new Command("split", "Move some of an incident's mentions into a new incident (both pinned); audited") { id, mentions };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var ids = new List<Guid>();
            foreach (var text in parse.GetValue(mentions) ?? [])
            {
                var mention = await MentionIdAsync(store, text, "--mentions", cancellationToken);
                if (!mention.Succeeded)
                {
                    return console.Fail(mention.Result);
                }

                ids.Add(mention.Value);
            }

            var incident = await IncidentIds.ResolveAsync(store.Db, parse.GetValue(id)!, "id", cancellationToken);
            if (!incident.Succeeded)
            {
                return console.Fail(incident.Result);
            }

            var created = await new SplitIncident(store.Db, TimeProvider.System).RunAsync(incident.Value, ids, GlobalOptions.ActorOf(parse, console), cancellationToken);
            if (!created.Succeeded)
            {
                return console.Fail(created.Result.Field == "mentions" ? created.Result with { Field = "--mentions" } : created.Result);
            }

            console.Output.WriteLine($"split {Vigil.Core.Plural.Of(ids.Count, "mention")} into new incident {created.Value}");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Recluster(CliConsole console)
    {
        var command = new Command("recluster", "Rebuild machine incidents from all mentions from scratch (editor decisions are kept); gives the same result as incremental clustering at ingest");
        command.SetAction(async (parse, cancellationToken) =>
        {
            // As vigil ingest: the rebuild's garbage collected for it, not the runtimeconfig vigil serve shares.
            using var garbage = Reports.CollectGarbage.Start();
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
        var id = new Argument<string>("id") { Description = "Mention id (or its last 12 hex digits; see vigil incident ID)" };
        var credibility = new Option<int>("--credibility") { Description = "Information credibility 1 (confirmed) … 5 (improbable), 6 (cannot be judged)", Required = true };
        var command = new Command("mention", "Grade one mention's information credibility (Admiralty 1–6); its incident's figures are recomputed; audited") { id, credibility };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var mention = await MentionIdAsync(store, parse.GetValue(id), "id", cancellationToken);
            if (!mention.Succeeded)
            {
                return console.Fail(mention.Result);
            }

            var mentionId = mention.Value;
            var graded = await new GradeMention(store.Db, TimeProvider.System).RunAsync(mentionId, parse.GetValue(credibility), GlobalOptions.ActorOf(parse, console), cancellationToken);
            if (!graded.Succeeded)
            {
                return console.Fail(graded.Field == "credibility" ? graded with { Field = "--credibility" } : graded);
            }

            console.Output.WriteLine($"mention {mentionId}: credibility {parse.GetValue(credibility)}");
            return 0;
        });
        return command;
    }

    // A full id goes to the operation as typed (it says whether the mention exists or belongs to the incident);
    // a short one is looked up by the shared rule.
    private static async Task<Outcome<Guid>> MentionIdAsync(VigilStore store, string? text, string parameter, CancellationToken cancellationToken) =>
        Guid.TryParse(text, out var full) ? full : await ShortIds.ResolveAsync(store.Db.Mentions.Select(m => m.Id), "mention", text, parameter, cancellationToken);
}
