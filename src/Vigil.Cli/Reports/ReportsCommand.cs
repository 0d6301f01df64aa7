using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Vigil.Cli.Store;

namespace Vigil.Cli.Reports;

/// <summary><c>vigil reports</c>: lists stored reports, newest publication first.</summary>
internal static class ReportsCommand
{
    public static Command Create(CliConsole console)
    {
        var limit = new Option<int>("--limit") { Description = "Rows to show (0 = all)", DefaultValueFactory = _ => 50 };
        var command = new Command("reports", "List stored reports: id prefix, source, published, title, words, evidence files, extracted incidents and statements") { limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var max = parse.GetValue(limit);
            if (max < 0)
            {
                console.Fail("--limit: must be 0 (all) or a positive number");
                return 2;
            }

            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var total = await store.Db.Reports.CountAsync(cancellationToken);
            var query = store.Db.Reports.AsNoTracking()
                .OrderByDescending(r => r.Published).ThenBy(r => r.FileName)
                .Select(r => new { r.Id, Source = r.Source != null ? r.Source.Name : null, r.Published, r.Title, r.FileName, r.WordCount, Evidence = r.Evidence.Count, Incidents = store.Db.Mentions.Count(m => m.ReportId == r.Id), Statements = store.Db.StatementMentions.Count(m => m.ReportId == r.Id) });
            var rows = await (max > 0 ? query.Take(max) : query).ToListAsync(cancellationToken);

            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("id").AddColumn("source").AddColumn("published").AddColumn("title").AddColumn(new TableColumn("words").RightAligned()).AddColumn(new TableColumn("evidence").RightAligned()).AddColumn(new TableColumn("incidents").RightAligned()).AddColumn(new TableColumn("statements").RightAligned());
            foreach (var row in rows)
            {
                table.AddRow(
                    Markup.Escape(row.Id[..12]),
                    Markup.Escape(row.Source ?? "—"),
                    row.Published?.ToString("yyyy-MM-dd") ?? "—",
                    Markup.Escape(CellText.Clip(row.Title ?? row.FileName, 60)),
                    row.WordCount.ToString("N0"),
                    row.Evidence.ToString(),
                    row.Incidents.ToString(),
                    row.Statements.ToString());
            }

            console.Ansi.Write(table);
            console.Ansi.WriteLine(rows.Count < total
                ? $"{rows.Count} of {total} reports (--limit 0 shows all) in {store.Location.Describe()}"
                : $"{total} reports in {store.Location.Describe()}");
            return 0;
        });
        return command;
    }
}
