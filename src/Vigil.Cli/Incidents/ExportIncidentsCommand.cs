using System.CommandLine;
using Vigil.Cli.Store;
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
        var filters = new FilterOptions();
        var command = new Command("incidents", "Export incidents (rejected ones left out unless --status asks for them)") { format, output };
        filters.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!filters.TryRead(parse, console, out var filter))
            {
                return 2;
            }

            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var path = parse.GetValue(output);
            var count = 0;
            if (path is null)
            {
                await console.Output.FlushAsync(cancellationToken);
                using var buffer = new MemoryStream();
                count = await new IncidentExport(store.Db).WriteAsync(parse.GetValue(format)!, filter, buffer, cancellationToken);
                await console.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                await console.Output.FlushAsync(cancellationToken);
            }
            else
            {
                await using var file = File.Create(path);
                count = await new IncidentExport(store.Db).WriteAsync(parse.GetValue(format)!, filter, file, cancellationToken);
                console.Error.WriteLine($"{count} incidents written to {path}");
            }

            return 0;
        });
        return command;
    }
}
