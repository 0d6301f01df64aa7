using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Vigil.Cli.Store;
using Vigil.Storage.Sources;

namespace Vigil.Cli.Sources;

/// <summary><c>vigil sources [NAME --kind --affiliation --reliability]</c>: the source registry, and an editor's grades.</summary>
internal static class SourcesCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string?>("name") { Description = "The source to edit (omit to list all)", Arity = ArgumentArity.ZeroOrOne };
        var kind = new Option<string?>("--kind") { Description = string.Join(", ", Source.Kinds) };
        var affiliation = new Option<string?>("--affiliation") { Description = "The organisation the source belongs to (sources with one affiliation count once as corroboration); empty for none" };
        var reliability = new Option<string?>("--reliability") { Description = "Admiralty grade: A completely reliable … E unreliable, F cannot be judged" };
        var command = new Command("sources", "List sources (who published the reports) with kind, affiliation, reliability and report counts; with NAME and options, edit one (audited; its incidents are recomputed)") { name, kind, affiliation, reliability };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            if (parse.GetValue(name) is { } source)
            {
                if (parse.GetValue(kind) is null && parse.GetValue(affiliation) is null && parse.GetValue(reliability) is null)
                {
                    console.Fail("give at least one of --kind, --affiliation, --reliability to edit a source");
                    return 2;
                }

                var edited = await new EditSource(store.Db, TimeProvider.System).RunAsync(source, parse.GetValue(kind), parse.GetValue(affiliation), parse.GetValue(reliability), GlobalOptions.ActorOf(parse, console), cancellationToken);
                if (!edited.Succeeded)
                {
                    return console.Fail(edited.Kind == Vigil.Storage.OutcomeKind.Invalid ? edited with { Field = $"--{edited.Field}" } : edited);
                }
            }

            var rows = await store.Db.Sources.AsNoTracking().OrderBy(s => s.Name)
                .Select(s => new { s.Name, s.Kind, s.Affiliation, s.Reliability, Reports = store.Db.Reports.Count(r => r.SourceId == s.Id) })
                .ToListAsync(cancellationToken);
            var table = new Table().Border(TableBorder.Rounded).AddColumn("source").AddColumn("kind").AddColumn("affiliation").AddColumn("reliability").AddColumn(new TableColumn("reports").RightAligned());
            foreach (var row in rows)
            {
                table.AddRow(Markup.Escape(row.Name), row.Kind, Markup.Escape(row.Affiliation ?? "—"), row.Reliability, row.Reports.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            console.Ansi.Write(table);
            console.Ansi.WriteLine($"{rows.Count} sources");
            return 0;
        });
        return command;
    }
}
