using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Vigil.Cli.Store;
using Vigil.Storage.Incidents;
using Vigil.Storage.Persons;

namespace Vigil.Cli.Persons;

/// <summary><c>vigil persons</c>: lists named persons (linked across reports) with filters.</summary>
internal static class PersonsCommand
{
    public static Command Create(CliConsole console)
    {
        var filters = new PersonFilterOptions();
        var limit = new Option<int>("--limit") { Description = "Rows to show (0 = all)", DefaultValueFactory = _ => 50 };
        var command = new Command("persons", "List named persons (victims and detainees, linked across reports and scripts): name, age, fates, province, sources, status (rejected ones left out unless --status rejected)");
        filters.AddTo(command);
        command.Options.Add(limit);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!filters.TryRead(parse, console, out var filter))
            {
                return 2;
            }

            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            // As the persons page, the API and the export: rejected persons (not victims, or misreadings) are left out
            // unless --status rejected asks for them, so the operator's list and the published one count the same.
            var query = await new ListPersons(store.Db).QueryAsync(filter, cancellationToken);
            var total = await query.CountAsync(cancellationToken);
            var max = Math.Max(0, parse.GetValue(limit));
            var ordered = query.OrderByDescending(p => p.DateTo).ThenBy(p => p.Id);
            var rows = await (max > 0 ? ordered.Take(max) : ordered).ToListAsync(cancellationToken);
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("id").AddColumn("name").AddColumn("age").AddColumn("fates").AddColumn("dates").AddColumn("province")
                .AddColumn(new TableColumn("mentions").RightAligned()).AddColumn("sources").AddColumn("status");
            foreach (var p in rows)
            {
                var editor = PersonFields.Of(p);
                var name = editor.GetValueOrDefault("name") ?? p.Name;
                table.AddRow(
                    IncidentIds.ShortForm(p.Id),
                    Markup.Escape(p.NameLocal is { } local && local != name ? $"{name} ({local})" : name),
                    Markup.Escape(editor.GetValueOrDefault("age") ?? PersonExport.AgeText(p.AgeMin, p.AgeMax) ?? "—"),
                    Markup.Escape(string.Join("; ", PersonFields.EffectiveFates(p))),
                    Markup.Escape(Dates(PersonFields.EffectiveDates(p).From, PersonFields.EffectiveDates(p).To)),
                    Markup.Escape(editor.GetValueOrDefault("admin1") ?? p.Admin1 ?? "—"),
                    p.MentionCount.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(p.Sources),
                    p.Status + (p.Publishable ? ", publishable" : string.Empty));
            }

            console.Ansi.Write(table);
            console.Ansi.WriteLine(rows.Count < total ? $"{rows.Count} of {total} persons (--limit 0 shows all)" : total == 1 ? "1 person" : $"{total} persons");
            return 0;
        });
        return command;
    }

    private static string Dates(DateOnly? from, DateOnly? to) =>
        from is null ? "—" : from == to ? $"{from:yyyy-MM-dd}" : $"{from:yyyy-MM-dd}…{to:yyyy-MM-dd}";
}
