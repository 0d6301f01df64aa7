using System.CommandLine;
using Vigil.Cli.Audit;
using Vigil.Cli.Bench;
using Vigil.Cli.Database;
using Vigil.Cli.Extraction;
using Vigil.Cli.Incidents;
using Vigil.Cli.Sources;
using Vigil.Cli.Statements;
using Vigil.Cli.Reports;
using Vigil.Cli.Store;
using Vigil.Storage.Database;

namespace Vigil.Cli;

/// <summary>The <c>vigil</c> command line: one <c>…Command</c> class per verb.</summary>
internal static class VigilApp
{
    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand("Vigil: documents incidents of protest and repression from reports, with every field traced to its source span and every byte in a tamper-evident log.");
        root.Options.Add(GlobalOptions.Data);
        root.Options.Add(GlobalOptions.Db);
        root.Options.Add(GlobalOptions.Blobs);
        root.Options.Add(GlobalOptions.Actor);
        root.Subcommands.Add(IngestCommand.Create(console));
        root.Subcommands.Add(ReportsCommand.Create(console));
        root.Subcommands.Add(ExportCommand.Create(console));
        root.Subcommands.Add(VerifyCommand.Create(console));
        root.Subcommands.Add(Bundles.VerifyBundleCommand.Create(console));
        root.Subcommands.Add(DbCommand.Create(console));
        root.Subcommands.Add(IncidentsCommand.Create(console));
        root.Subcommands.Add(IncidentCommand.Create(console));
        root.Subcommands.Add(Persons.PersonsCommand.Create(console));
        root.Subcommands.Add(Persons.PersonCommand.Create(console));
        root.Subcommands.Add(ReviewCommands.Merge(console));
        root.Subcommands.Add(ReviewCommands.Split(console));
        root.Subcommands.Add(ReviewCommands.Mention(console));
        root.Subcommands.Add(ReviewCommands.Recluster(console));
        root.Subcommands.Add(ReextractCommand.Create(console));
        root.Subcommands.Add(SourcesCommand.Create(console));
        root.Subcommands.Add(SpeakersCommand.Create(console));
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(EvalCommand.Create(console));
        root.Subcommands.Add(BenchCommand.Create(console));
        root.Subcommands.Add(Media.MediaCommand.Create(console));
        root.Subcommands.Add(Web.ServeCommand.Create(console));
        root.Subcommands.Add(Users.UsersCommand.Create(console));
        root.Subcommands.Add(StoreSettingsCommand.Create(console));
        OptionalArgumentsHelp.Install(root);
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var root = Build(console);
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Output, Error = console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (StoreUnavailableException ex)
        {
            console.Fail(ex.Message);
            return 1;
        }
        catch (OperationCanceledException)
        {
            console.Fail("cancelled");
            return 130;
        }
        catch (Exception ex) when (!console.Environment.ContainsKey("VIGIL_DEBUG") || string.IsNullOrEmpty(console.Environment["VIGIL_DEBUG"]))
        {
            // A bug, not bad input: say so in one line; every write is transactional, so nothing is half-written.
            console.Fail($"internal error ({ex.GetType().Name}): {ex.Message.ReplaceLineEndings(" ")} — nothing was half-written; set VIGIL_DEBUG=1 for the stack trace and please report it");
            return 70;
        }
    }
}
