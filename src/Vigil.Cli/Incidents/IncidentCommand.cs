using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Vigil.Cli.Store;
using Vigil.Core;
using Vigil.Core.Extraction.Figures;
using Vigil.Storage.Incidents;

namespace Vigil.Cli.Incidents;

/// <summary><c>vigil incident ID</c>: shows one incident (machine and editor values, figures by source, mentions with evidence, history), or reviews it.</summary>
internal static class IncidentCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "Incident id (or its last 12 hex digits, as lists show)" };
        var confirm = new Option<bool>("--confirm") { Description = "Mark as confirmed (checked against its evidence)" };
        var reject = new Option<bool>("--reject") { Description = "Mark as rejected (not an incident)" };
        var dispute = new Option<bool>("--dispute") { Description = "Mark as disputed (sources contradict each other)" };
        var set = new Option<string[]>("--set") { Description = $"Set an editor's value, field=value (fields: {string.Join(", ", IncidentOverrides.Fields)}; figures as N, N-M or N+; an empty value clears it). The machine value is kept.", AllowMultipleArgumentsPerToken = false };
        var partOf = new Option<string>("--part-of") { Description = "Make it a part of the wave WAVE (an incident id or its prefix); kept through re-clustering" };
        var unlinkPart = new Option<bool>("--unlink-part") { Description = "Make it a part of no wave; kept through re-clustering" };
        var command = new Command("incident", "Show one incident, or review it: --confirm, --reject, --dispute, --set field=value, --part-of WAVE, --unlink-part (every action audited)") { id, confirm, reject, dispute, set, partOf, unlinkPart };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var statuses = new[] { (confirm, IncidentStatus.Confirmed), (reject, IncidentStatus.Rejected), (dispute, IncidentStatus.Disputed) }
                .Where(s => parse.GetValue(s.Item1)).Select(s => s.Item2).ToList();
            if (statuses.Count > 1)
            {
                console.Fail("choose one of --confirm, --reject, --dispute");
                return 2;
            }

            if (parse.GetValue(partOf) is not null && parse.GetValue(unlinkPart))
            {
                console.Fail("choose one of --part-of, --unlink-part");
                return 2;
            }

            var edits = new List<(string Field, string Value)>();
            foreach (var pair in parse.GetValue(set) ?? [])
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    console.Fail($"--set: expected field=value, got '{pair}'");
                    return 2;
                }

                var field = pair[..eq].Trim();
                var value = pair[(eq + 1)..].Trim();
                if (IncidentOverrides.Validate(field, value) is { Succeeded: false } problem)
                {
                    return console.Fail(problem with { Field = problem.Field == "field" ? "--set" : $"--set: {problem.Field}" });
                }

                edits.Add((field, value));
            }

            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var resolved = await IncidentIds.ResolveAsync(store.Db, parse.GetValue(id)!, "id", cancellationToken);
            if (!resolved.Succeeded)
            {
                return console.Fail(resolved.Result);
            }

            var found = resolved.Value;

            var actor = GlobalOptions.ActorOf(parse, console);
            var review = new ReviewIncident(store.Db, TimeProvider.System);
            foreach (var (field, value) in edits)
            {
                if (await review.SetFieldAsync(found, field, value, actor, cancellationToken) is { Succeeded: false } problem)
                {
                    return console.Fail(problem);
                }
            }

            if (statuses.Count == 1 && await review.SetStatusAsync(found, statuses[0], actor, cancellationToken) is { Succeeded: false } statusProblem)
            {
                return console.Fail(statusProblem);
            }

            if (parse.GetValue(partOf) is { } waveText)
            {
                var wave = await IncidentIds.ResolveAsync(store.Db, waveText, "--part-of", cancellationToken);
                if (!wave.Succeeded)
                {
                    return console.Fail(wave.Result);
                }

                if (await new LinkPart(store.Db, TimeProvider.System).LinkAsync(found, wave.Value, actor, cancellationToken) is { Succeeded: false } linkProblem)
                {
                    return console.Fail(linkProblem with { Field = "--part-of" });
                }
            }

            if (parse.GetValue(unlinkPart) && await new LinkPart(store.Db, TimeProvider.System).UnlinkAsync(found, actor, cancellationToken) is { Succeeded: false } unlinkProblem)
            {
                return console.Fail(unlinkProblem);
            }

            await ShowAsync(store, found, console, cancellationToken);
            return 0;
        });
        return command;
    }

    private static async Task ShowAsync(VigilStore store, Guid id, CliConsole console, CancellationToken cancellationToken)
    {
        var detail = (await new ReadIncident(store.Db).RunAsync(id, IncidentAudience.Operator, cancellationToken: cancellationToken))!;
        var incident = detail.Incident;
        var overrides = detail.Editor;
        var ansi = console.Ansi;
        ansi.Write(new Rule($"[bold]incident {id}[/] — {incident.Status}").LeftJustified());

        var fields = new Table().Border(TableBorder.Simple).AddColumn("field").AddColumn("machine").AddColumn("editor");
        void Row(string name, string? machine) =>
            fields.AddRow(name, Markup.Escape(machine ?? "—"), Markup.Escape(overrides.GetValueOrDefault(name) ?? ""));
        Row("type", incident.Type);
        Row("date", incident.Date);
        Row("date_end", incident.DateEnd);
        Row("place", incident.Place);
        Row("admin1", incident.Admin1);
        Row("country", incident.Country);
        Row("actors", incident.Actors);
        Row("victims", incident.Victims);
        Row("killed", IncidentsCommand.Figure(incident.KilledMin, incident.KilledMax, incident.KilledBest));
        Row("injured", IncidentsCommand.Figure(incident.InjuredMin, incident.InjuredMax, incident.InjuredBest));
        Row("arrested", IncidentsCommand.Figure(incident.ArrestedMin, incident.ArrestedMax, incident.ArrestedBest));
        Row("notes", null);
        fields.AddRow("wave", Markup.Escape(incident.PartOfId is { } wave ? $"part of {wave}" : incident.IsWave ? "a wave (its figures are the wave's as a whole, not added to its parts')" : "—"), Markup.Escape(incident.PartOfPinned ? incident.PartOfReason ?? "" : ""));
        fields.AddRow("corroboration", $"{incident.Corroboration} independent of {Plural.Of(incident.SourceCount, "source")}", "");
        ansi.Write(fields);

        var parts = await store.Db.Incidents.AsNoTracking().Where(i => i.PartOfId == id).OrderBy(i => i.DateFrom).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Date, i.Place, i.KilledBest, i.ArrestedBest }).ToListAsync(cancellationToken);
        if (parts.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).Title($"{Plural.Of(parts.Count, "part")} (their figures are kept apart from the wave's)").AddColumn("incident").AddColumn("date").AddColumn("place").AddColumn("killed").AddColumn("arrested");
            foreach (var p in parts)
            {
                table.AddRow(p.Id.ToString(), Markup.Escape(p.Date ?? "—"), Markup.Escape(p.Place ?? "—"), p.KilledBest?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—", p.ArrestedBest?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—");
            }

            ansi.Write(table);
        }

        if (detail.Figures.Count > 0)
        {
            var claims = new Table().Border(TableBorder.Simple).Title("figures by source").AddColumn("category").AddColumn("source").AddColumn("figure").AddColumn("reliability").AddColumn("credibility").AddColumn("");
            foreach (var c in detail.Figures)
            {
                claims.AddRow(
                    c.Kind,
                    Markup.Escape(c.Source),
                    new FigureRange(c.Min, c.Max).ToString(),
                    c.Reliability,
                    c.Credibility.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    c.MostReliable ? "most reliable" : "");
            }

            ansi.Write(claims);
        }

        var list = new Table().Border(TableBorder.Simple).Title("mentions").AddColumn("mention").AddColumn("report").AddColumn("date / place").AddColumn("evidence").AddColumn("why here");
        foreach (var m in detail.Mentions)
        {
            list.AddRow(
                Markup.Escape(m.Mention.Id.ToString()) + (m.Mention.Pinned ? " (pinned)" : ""),
                Markup.Escape($"{m.Source ?? "—"} · {m.FileName} [{m.Mention.EvidenceStart}..{m.Mention.EvidenceEnd}]"),
                Markup.Escape($"{m.Mention.Date ?? "—"} · {m.Mention.Place ?? "—"}"),
                Markup.Escape(m.Evidence.ReplaceLineEndings(" ")),
                Markup.Escape(m.Mention.MergeReason ?? "first mention"));
        }

        ansi.Write(list);

        var log = new Table().Border(TableBorder.Simple).Title("history (audit log)").AddColumn("#").AddColumn("when (UTC)").AddColumn("who").AddColumn("what");
        foreach (var e in detail.History)
        {
            log.AddRow(e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), e.At.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(e.Actor), e.Action);
        }

        ansi.Write(log);
    }
}
