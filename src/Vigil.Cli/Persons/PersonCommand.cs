using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Vigil.Cli.Store;
using Vigil.Storage.Incidents;
using Vigil.Storage.Persons;

namespace Vigil.Cli.Persons;

/// <summary>
/// <c>vigil person ID</c>: shows one person (machine and editor values, ages and fates by source, mentions with evidence and
/// why each is linked, incidents, history), or reviews it: status, publishable, editor's values, merge, split. Every action
/// is audited; every show is recorded in the audit log as a read by the operator.
/// </summary>
internal static class PersonCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "Person id (or its last 12 hex digits, as vigil persons lists them)" };
        var confirm = new Option<bool>("--confirm") { Description = "Mark as confirmed (checked against its evidence)" };
        var reject = new Option<bool>("--reject") { Description = "Mark as rejected (not a person who suffered repression, or a misreading)" };
        var dispute = new Option<bool>("--dispute") { Description = "Mark as disputed (sources contradict each other)" };
        var publish = new Option<bool>("--publish") { Description = "Mark as publishable: once confirmed, viewers and the public view see it" };
        var unpublish = new Option<bool>("--unpublish") { Description = "Take back --publish" };
        var set = new Option<string[]>("--set") { Description = $"Set an editor's value, field=value (fields: {string.Join(", ", PersonFields.Fields)}; an empty value clears it). The machine value is kept." };
        var merge = new Option<string?>("--merge") { Description = "Merge this other person (id) into this one: its mentions join, it is deleted" };
        var split = new Option<string[]>("--split") { Description = "Split these mention ids off into a new person" };
        var reads = new Option<bool>("--reads") { Description = "Show who read this person (pages, exports) in the history" };
        var command = new Command("person", "Show one person, or review it: --confirm, --dispute, --reject, --publish, --set field=value, --merge OTHER, --split MENTION… (every action audited)")
        {
            id, confirm, reject, dispute, publish, unpublish, set, merge, split, reads,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var statuses = new[] { (confirm, IncidentStatus.Confirmed), (reject, IncidentStatus.Rejected), (dispute, IncidentStatus.Disputed) }
                .Where(s => parse.GetValue(s.Item1)).Select(s => s.Item2).ToList();
            if (statuses.Count > 1)
            {
                console.Fail("choose one of --confirm, --reject, --dispute");
                return 2;
            }

            if (parse.GetValue(publish) && parse.GetValue(unpublish))
            {
                console.Fail("choose one of --publish, --unpublish");
                return 2;
            }

            var edits = new List<(string Field, string Value)>();
            foreach (var pair in parse.GetValue(set) ?? [])
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    console.Fail("--set: expected field=value");
                    return 2;
                }

                var (field, value) = (pair[..eq].Trim(), pair[(eq + 1)..].Trim());
                if (PersonFields.Validate(field, value) is { } problem)
                {
                    console.Fail($"--set: {problem}");
                    return 2;
                }

                edits.Add((field, value));
            }

            var splitIds = new List<Guid>();
            foreach (var text in parse.GetValue(split) ?? [])
            {
                if (!Guid.TryParse(text, out var mention))
                {
                    console.Fail($"--split: '{text}' is not a mention id (a UUID, as vigil person ID lists them)");
                    return 2;
                }

                splitIds.Add(mention);
            }

            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var (personId, error) = await PersonIds.ResolveAsync(store.Db, parse.GetValue(id), cancellationToken);
            if (personId is not { } found)
            {
                console.Fail(error!.ToString());
                return 1;
            }

            var actor = GlobalOptions.ActorOf(parse, console);
            var review = new ReviewPerson(store.Db, TimeProvider.System);
            foreach (var (field, value) in edits)
            {
                if (await review.SetFieldAsync(found, field, value, actor, cancellationToken) is { } problem)
                {
                    console.Fail(problem.ToString());
                    return 1;
                }
            }

            if (statuses.Count == 1 && await review.SetStatusAsync(found, statuses[0], actor, cancellationToken) is { } statusProblem)
            {
                console.Fail(statusProblem.ToString());
                return 1;
            }

            if ((parse.GetValue(publish) || parse.GetValue(unpublish)) && await review.SetPublishableAsync(found, parse.GetValue(publish), actor, cancellationToken) is { } publishProblem)
            {
                console.Fail(publishProblem.ToString());
                return 1;
            }

            if (parse.GetValue(merge) is { } other)
            {
                var (otherId, otherError) = await PersonIds.ResolveAsync(store.Db, other, cancellationToken);
                var mergeProblem = otherId is { } o ? await new MergePersons(store.Db, TimeProvider.System).RunAsync(found, o, actor, cancellationToken) : otherError;
                if (mergeProblem is not null)
                {
                    console.Fail($"--merge: {mergeProblem}");
                    return 1;
                }
            }

            if (splitIds.Count > 0)
            {
                var (created, splitProblem) = await new SplitPerson(store.Db, TimeProvider.System).RunAsync(found, splitIds, actor, cancellationToken);
                if (created is null)
                {
                    console.Fail($"--split: {splitProblem}");
                    return 1;
                }

                console.Error.WriteLine($"split off into person {created}");
            }

            await ShowAsync(store, found, actor, parse.GetValue(reads), console, cancellationToken);
            return 0;
        });
        return command;
    }

    private static async Task ShowAsync(VigilStore store, Guid id, string actor, bool withReads, CliConsole console, CancellationToken cancellationToken)
    {
        var detail = (await new ReadPerson(store.Db, TimeProvider.System).RunAsync(id, IncidentAudience.Operator, actor, withReads, cancellationToken))!;
        var p = detail.Person;
        var ansi = console.Ansi;
        ansi.Write(new Rule($"[bold]person {id}[/] — {p.Status}{(p.Publishable ? ", publishable" : string.Empty)}").LeftJustified());
        var fields = new Table().Border(TableBorder.Simple).AddColumn("field").AddColumn("machine").AddColumn("editor");
        void Row(string name, string? machine) =>
            fields.AddRow(name, Markup.Escape(machine ?? "—"), Markup.Escape(detail.Editor.GetValueOrDefault(name) ?? string.Empty));
        Row("name", p.Name);
        Row("name_local", p.NameLocal);
        Row("age", AgesBySource(p.AgesJson));
        Row("gender", p.Gender);
        Row("admin1", p.Admin1);
        Row("date", p.DateFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Row("notes", null);
        fields.AddRow("other names", Markup.Escape(string.Join("; ", p.Variants.Split("; ").Where(v => v != p.Name && v != p.NameLocal))), string.Empty);
        fields.AddRow("incidents", Markup.Escape(detail.Incidents.Count == 0 ? "—" : string.Join(", ", detail.Incidents.Select(IncidentIds.ShortForm))), string.Empty);
        ansi.Write(fields);

        var fates = new Table().Border(TableBorder.Simple).Title("fates over time").AddColumn("fate").AddColumn("date").AddColumn("place").AddColumn("sources");
        using (var doc = JsonDocument.Parse(p.FatesJson))
        {
            foreach (var f in doc.RootElement.EnumerateArray())
            {
                fates.AddRow(
                    Markup.Escape(f.GetProperty("fate").GetString()!),
                    Markup.Escape(f.GetProperty("date").GetString() ?? "—"),
                    Markup.Escape(f.GetProperty("place").GetString() ?? "—"),
                    Markup.Escape(string.Join("; ", f.GetProperty("sources").EnumerateArray().Select(s => s.GetString()))));
            }
        }

        ansi.Write(fates);
        var list = new Table().Border(TableBorder.Simple).Title("mentions").AddColumn("mention").AddColumn("report").AddColumn("fate · date · place · age").AddColumn("evidence").AddColumn("why here");
        foreach (var m in detail.Mentions)
        {
            list.AddRow(
                Markup.Escape(m.Mention.Id.ToString()) + (m.Mention.Pinned ? " (pinned)" : string.Empty),
                Markup.Escape($"{m.Source} · {m.FileName} [{m.Mention.EvidenceStart}..{m.Mention.EvidenceEnd}]"),
                Markup.Escape($"{m.Mention.Fate} · {m.Mention.Date ?? "—"} · {m.Mention.Place ?? "—"} · {m.Mention.Age?.ToString(CultureInfo.InvariantCulture) ?? "—"}"),
                Markup.Escape(m.Evidence.ReplaceLineEndings(" ")),
                Markup.Escape(m.Mention.LinkReason ?? "—"));
        }

        ansi.Write(list);
        if (detail.Photos.Count > 0)
        {
            ansi.WriteLine("evidence files: " + string.Join(", ", detail.Photos.Select(f => $"{f.FileName} ({f.MediaType})")));
        }

        var log = new Table().Border(TableBorder.Simple).Title("history (audit log)").AddColumn("#").AddColumn("when (UTC)").AddColumn("who").AddColumn("what");
        foreach (var e in detail.History)
        {
            log.AddRow(e.Sequence.ToString(CultureInfo.InvariantCulture), e.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Markup.Escape(e.Actor), e.Action);
        }

        ansi.Write(log);
    }

    // "16 (HRANA); 17 (Amnesty International)": conflicting ages stay attributed.
    private static string? AgesBySource(string agesJson)
    {
        using var doc = JsonDocument.Parse(agesJson);
        var parts = doc.RootElement.EnumerateArray()
            .Select(a => $"{a.GetProperty("age").GetInt32()} ({string.Join(", ", a.GetProperty("sources").EnumerateArray().Select(s => s.GetString()))})").ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}
