using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Vigil.Cli.Store;
using Vigil.Core.Extraction.Figures;
using Vigil.Storage.Incidents;
using Vigil.Storage.Incidents.Export;

namespace Vigil.Cli.Incidents;

/// <summary><c>vigil incidents</c>: lists incidents with their corroboration and figures.</summary>
internal static class IncidentsCommand
{
    public static Command Create(CliConsole console)
    {
        var filters = new FilterOptions();
        var limit = new Option<int>("--limit") { Description = "Rows to show (0 = all)", DefaultValueFactory = _ => 50 };
        var command = new Command("incidents", "List incidents (deduplicated across reports): type, date, place, figures (range and most reliable source), corroboration, status");
        filters.AddTo(command);
        command.Options.Add(limit);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!filters.TryRead(parse, console, out var filter))
            {
                return 2;
            }

            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var query = filter.Apply(store.Db, store.Db.Incidents.AsNoTracking(), await EditedIncident.LoadAsync(store.Db, cancellationToken), provinceIgnoresCase: true);
            var total = await query.CountAsync(cancellationToken);
            var max = Math.Max(0, parse.GetValue(limit));
            var ordered = query.OrderByDescending(i => i.DateFrom).ThenBy(i => i.Id);
            var rows = await (max > 0 ? ordered.Take(max) : ordered).ToListAsync(cancellationToken);
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("id").AddColumn("type").AddColumn("date").AddColumn("place").AddColumn("killed").AddColumn("injured").AddColumn("arrested")
                .AddColumn(new TableColumn("sources").RightAligned()).AddColumn(new TableColumn("independent").RightAligned()).AddColumn("status");
            var edited = false;
            foreach (var i in rows)
            {
                // An editor's value is shown in place of the machine's, marked with *; `vigil incident ID` shows both.
                var o = IncidentOverrides.Of(i);
                string? Value(string field, string? machine)
                {
                    edited |= o.ContainsKey(field);
                    return o.TryGetValue(field, out var human) ? human + "*" : machine;
                }

                var date = Value("date", i.Date) ?? "—";
                var end = Value("date_end", i.DateEnd);
                table.AddRow(
                    IncidentIds.ShortForm(i.Id),
                    Markup.Escape(Value("type", i.Type)!),
                    Markup.Escape(end is null ? date : $"{date}…{end}"),
                    Markup.Escape(Place(Value("place", i.Place), Value("admin1", i.Admin1))),
                    Markup.Escape(Value("killed", null) ?? Figure(i.KilledMin, i.KilledMax, i.KilledBest)),
                    Markup.Escape(Value("injured", null) ?? Figure(i.InjuredMin, i.InjuredMax, i.InjuredBest)),
                    Markup.Escape(Value("arrested", null) ?? Figure(i.ArrestedMin, i.ArrestedMax, i.ArrestedBest)),
                    i.SourceCount.ToString(CultureInfo.InvariantCulture),
                    i.Corroboration.ToString(CultureInfo.InvariantCulture),
                    i.Status);
            }

            console.Ansi.Write(table);
            if (edited)
            {
                console.Ansi.WriteLine("* an editor's value (the machine's is kept: vigil incident ID)");
            }

            console.Ansi.WriteLine(rows.Count < total ? $"{rows.Count} of {total} incidents (--limit 0 shows all)" : total == 1 ? "1 incident" : $"{total} incidents");
            return 0;
        });
        return command;
    }

    private static string Place(string? place, string? admin1) =>
        place is null ? "—" : admin1 is not null && admin1 != place ? $"{place}, {admin1}" : place;

    /// <summary>"304" for agreeing sources, "304–1500 (best 304)" when they disagree, "" when none gave a figure.</summary>
    internal static string Figure(int? min, int? max, int? best)
    {
        if (min is not { } lo)
        {
            return string.Empty;
        }

        var range = new FigureRange(lo, max).ToString();
        return best is { } b && (b != lo || (max is { } top && top != lo)) ? $"{range} (best {b})" : range;
    }
}
