using System.CommandLine;
using Vigil.Cli.Store;
using Vigil.Core;
using Vigil.Storage.Mentions.Export;

namespace Vigil.Cli.Reports;

/// <summary><c>vigil export mentions --format jsonl</c>: every mention with its evidence span and incident, for auditing the clustering.</summary>
internal static class ExportMentionsCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format") { Description = "jsonl (one mention per line)", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong([.. MentionExport.Formats]);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("mentions", "Export mentions (report file name, id, type, date, date_end, date_source, place, admin1, country, geo_precision, evidence {start, end, text}, incident, part_of)") { format, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var path = parse.GetValue(output);
            if (path is null)
            {
                await console.Output.FlushAsync(cancellationToken);
                using var buffer = new MemoryStream();
                await new MentionExport(store.Db).WriteAsync(buffer, cancellationToken);
                await console.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                await console.Output.FlushAsync(cancellationToken);
            }
            else
            {
                await using var file = File.Create(path);
                var count = await new MentionExport(store.Db).WriteAsync(file, cancellationToken);
                console.Error.WriteLine($"{Plural.Of(count, "mention")} written to {path}");
            }

            return 0;
        });
        return command;
    }
}
