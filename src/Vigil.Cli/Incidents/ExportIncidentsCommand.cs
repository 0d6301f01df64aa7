using System.CommandLine;
using Vigil.Cli.Store;
using Vigil.Core;
using Vigil.Storage.Incidents.Export;

namespace Vigil.Cli.Incidents;

/// <summary><c>vigil export incidents --format acled|json|geojson|counts</c>.</summary>
internal static class ExportIncidentsCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format") { Description = "acled (ACLED-compatible CSV), json, geojson (points) or counts (per day × province × type CSV)", DefaultValueFactory = _ => "acled" };
        format.AcceptOnlyFromAmong([.. IncidentExport.Formats]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var bom = new Option<bool>("--bom") { Description = "Start a CSV export with the UTF-8 byte-order mark, for spreadsheet programs (Persian names read as UTF-8)" };
        var filters = new FilterOptions();
        var command = new Command("incidents", "Export incidents (rejected ones left out unless --status asks for them)") { format, output, bom };
        filters.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!filters.TryRead(parse, console, out var filter))
            {
                return 2;
            }

            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var path = parse.GetValue(output);
            ExportSummary summary;
            if (path is null)
            {
                await console.Output.FlushAsync(cancellationToken);
                using var buffer = new MemoryStream();
                summary = await new IncidentExport(store.Db).WriteAsync(parse.GetValue(format)!, filter, buffer, parse.GetValue(bom), cancellationToken);
                await console.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                await console.Output.FlushAsync(cancellationToken);
            }
            else
            {
                await using var file = File.Create(path);
                summary = await new IncidentExport(store.Db).WriteAsync(parse.GetValue(format)!, filter, file, parse.GetValue(bom), cancellationToken);
                console.Error.WriteLine($"{Plural.Of(summary.Written, "incident")} written to {path}");
            }

            // Said on standard error, so a piped export stays a clean file: the reader learns what is missing and why.
            if (summary.LeftOut.Count > 0)
            {
                console.Error.WriteLine($"{Plural.Of(summary.LeftOut.Count, "incident")} left out of this format:");
                foreach (var left in summary.LeftOut)
                {
                    console.Error.WriteLine($"  {left.Id}  {left.Reason}");
                }
            }

            return 0;
        });
        return command;
    }
}
