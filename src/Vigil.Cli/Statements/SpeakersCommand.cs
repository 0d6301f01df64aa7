using System.CommandLine;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Vigil.Cli.Store;
using Vigil.Core;

namespace Vigil.Cli.Statements;

/// <summary><c>vigil speakers [NAME]</c>: who said things, with name variants and roles; with NAME, all their statements by date.</summary>
internal static class SpeakersCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string?>("name") { Description = "Show this speaker's statements (any part of a name variant)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("speakers", "List speakers (name variants, roles over time, statement counts); with NAME, list that speaker's statements, newest first, with where they were said and their sources") { name };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var db = store.Db;
            var speakers = await db.Speakers.AsNoTracking().OrderBy(s => s.Name)
                .Select(s => new { s.Id, s.Name, s.Variants, s.RolesJson, Statements = db.Statements.Count(t => t.SpeakerId == s.Id) })
                .ToListAsync(cancellationToken);
            if (parse.GetValue(name) is { } wanted)
            {
                var matches = speakers.Where(s => s.Variants.Contains(wanted, StringComparison.OrdinalIgnoreCase) || s.Name.Contains(wanted, StringComparison.OrdinalIgnoreCase)).ToList();
                if (matches.Count == 0)
                {
                    console.Fail($"no speaker matches '{wanted}'");
                    return 1;
                }

                foreach (var speaker in matches)
                {
                    console.Ansi.Write(new Rule($"[bold]{Markup.Escape(speaker.Name)}[/]" + (Vigil.Storage.Statements.Speaker.OtherNames(speaker.Name, speaker.Variants) is { Count: > 0 } others ? $" (also named {Markup.Escape(string.Join("; ", others))})" : string.Empty)).LeftJustified());
                    var statements = await Vigil.Storage.Statements.SpeakerStatements.Of(db, speaker.Id).ToListAsync(cancellationToken);
                    var table = new Table().Border(TableBorder.Simple).AddColumn("date").AddColumn("quote").AddColumn("where said").AddColumn("sources");
                    foreach (var s in statements)
                    {
                        table.AddRow(s.Date ?? "—", Markup.Escape(CellText.Clip(s.Quote, 90)), Markup.Escape(s.Outlet ?? "not stated"), Markup.Escape($"{s.MentionCount}: {s.Sources}"));
                    }

                    console.Ansi.Write(table);
                }

                return 0;
            }

            var list = new Table().Border(TableBorder.Rounded).AddColumn("speaker").AddColumn("also named").AddColumn("roles").AddColumn(new TableColumn("statements").RightAligned());
            foreach (var s in speakers)
            {
                list.AddRow(Markup.Escape(s.Name), Markup.Escape(string.Join("; ", Vigil.Storage.Statements.Speaker.OtherNames(s.Name, s.Variants))), Markup.Escape(Roles(s.RolesJson)), s.Statements.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Ansi.Write(list);
            console.Ansi.WriteLine(Plural.Of(speakers.Count, "speaker"));
            return 0;
        });
        return command;
    }

    private static string Roles(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return string.Join("; ", doc.RootElement.EnumerateArray().Select(r =>
        {
            var from = r.GetProperty("from").GetString();
            var to = r.GetProperty("to").GetString();
            var when = from is null ? "" : from == to ? $" ({from})" : $" ({from}…{to})";
            return r.GetProperty("role").GetString() + when;
        }));
    }
}
