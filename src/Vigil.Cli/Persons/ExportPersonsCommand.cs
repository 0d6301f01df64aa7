using System.CommandLine;
using Vigil.Cli.Store;
using Vigil.Core;
using Vigil.Storage.Persons;

namespace Vigil.Cli.Persons;

/// <summary><c>vigil export persons --format csv|json</c>: one row per person; every person written is recorded as read by the operator.</summary>
internal static class ExportPersonsCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong([.. PersonExport.Formats]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var bom = new Option<bool>("--bom") { Description = "Start a CSV export with the UTF-8 byte-order mark, for spreadsheet programs (Persian names read as UTF-8)" };
        var filters = new PersonFilterOptions();
        var command = new Command("persons", "Export persons, one row each: names in both scripts, age, gender, fates with dates and places, sources, incident ids (rejected ones left out unless --status asks for them)") { format, output, bom };
        filters.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!filters.TryRead(parse, console, out var filter))
            {
                return 2;
            }

            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var export = new PersonExport(store.Db, TimeProvider.System);
            var actor = GlobalOptions.ActorOf(parse, console);
            var path = parse.GetValue(output);
            if (path is null)
            {
                await console.Output.FlushAsync(cancellationToken);
                using var buffer = new MemoryStream();
                await export.WriteAsync(parse.GetValue(format)!, filter, buffer, actor, parse.GetValue(bom), cancellationToken);
                await console.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                await console.Output.FlushAsync(cancellationToken);
            }
            else
            {
                await using var file = File.Create(path);
                var written = await export.WriteAsync(parse.GetValue(format)!, filter, file, actor, parse.GetValue(bom), cancellationToken);
                console.Error.WriteLine($"{Plural.Of(written, "person")} written to {path}");
            }

            return 0;
        });
        return command;
    }
}
