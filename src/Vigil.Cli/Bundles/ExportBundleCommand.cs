using System.CommandLine;
using System.IO.Compression;
using Vigil.Core;
using Vigil.Cli.Incidents;
using Vigil.Cli.Store;
using Vigil.Core.Extraction;
using Vigil.Storage.Bundles;

namespace Vigil.Cli.Bundles;

/// <summary><c>vigil export bundle [filters] -o DIR|FILE.zip [--for public]</c>: an evidence bundle anyone can check without Vigil.</summary>
internal static class ExportBundleCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string>("--output", "-o") { Description = "A new or empty folder, or a FILE.zip", Required = true };
        var profile = new Option<string>("--for") { Description = "full (everything, for people entitled to it) or public (no unconfirmed incidents, testimony, file names, victims' names or location/device metadata; lists what it withheld)", DefaultValueFactory = _ => "full" };
        profile.AcceptOnlyFromAmong("full", "public");
        var filters = new FilterOptions();
        var command = new Command("bundle", "Write an evidence bundle (BagIt layout: records with evidence spans, original bytes named by SHA-256, the audit segment and head, a README and a Python script to check it)") { output, profile };
        filters.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!filters.TryRead(parse, console, out var filter))
            {
                return 2;
            }

            var target = Path.GetFullPath(parse.GetValue(output)!);
            var zip = target.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
            if (zip && File.Exists(target))
            {
                console.Fail($"{target}: already exists");
                return 2;
            }

            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var folder = zip ? Directory.CreateTempSubdirectory("vigil-bundle-").FullName : target;
            try
            {
                var summary = await new ExportBundle(store.Db, store.Blobs, ExtractionPipeline.CreateDefault())
                    .WriteAsync(filter, parse.GetValue(profile) == "public", folder, DateTime.UtcNow, cancellationToken);
                if (zip)
                {
                    ZipFile.CreateFromDirectory(folder, target, CompressionLevel.Optimal, includeBaseDirectory: false);
                }

                console.Output.WriteLine($"{Plural.Of(summary.Incidents, "incident")}, {Plural.Of(summary.Mentions, "mention")}, {Plural.Of(summary.Reports, "report")}, {Plural.Of(summary.EvidenceFiles, "evidence file")}, {Plural.Of(summary.MediaLinks, "media link")} written to {target}; audit head {summary.HeadSequence}:{summary.HeadHash}");
                foreach (var line in summary.Withheld)
                {
                    console.Output.WriteLine($"withheld: {line}");
                }

                return 0;
            }
            catch (BundleException ex)
            {
                console.Fail(ex.Message);
                return 1;
            }
            finally
            {
                if (zip)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        });
        return command;
    }
}
