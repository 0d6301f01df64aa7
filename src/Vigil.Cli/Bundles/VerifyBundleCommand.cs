using System.CommandLine;
using Vigil.Storage.Bundles;

namespace Vigil.Cli.Bundles;

/// <summary><c>vigil verify-bundle PATH</c>: the checks of a bundle's own <c>verify_bundle.py</c>, without the store.</summary>
internal static class VerifyBundleCommand
{
    public static Command Create(CliConsole console)
    {
        var path = new Argument<string>("path") { Description = "A bundle folder or .zip written by vigil export bundle" };
        var command = new Command("verify-bundle", "Check an evidence bundle: manifests, unlisted files, the audit segment's chain and head, files named by their SHA-256 and recorded in the chain") { path };
        command.SetAction(parse =>
        {
            var (problems, head) = VerifyBundle.Run(Path.GetFullPath(parse.GetValue(path)!));
            foreach (var problem in problems)
            {
                console.Output.WriteLine($"FAILED: {problem}");
            }

            if (problems.Count > 0)
            {
                return 1;
            }

            console.Output.WriteLine($"OK: manifests, audit chain and file names check out; audit head {head}");
            return 0;
        });
        return command;
    }
}
