using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Vigil.Cli.Store;
using Vigil.Core;
using Vigil.Storage.Blobs;

namespace Vigil.Cli.Database;

/// <summary>
/// <c>vigil db migrate</c>: applies pending migrations (they also run on every start); <c>vigil db copy-blobs</c>: copies
/// the original bytes between the data directory and PostgreSQL's <c>blobs</c> table.
/// </summary>
internal static class DbCommand
{
    public static Command Create(CliConsole console)
    {
        var db = new Command("db", "Database administration");
        var migrate = new Command("migrate", "Apply pending schema migrations (also done on every start), for operators who migrate PostgreSQL by hand");
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await VigilStore.OpenAsync(GlobalOptions.LocationOf(parse, console), cancellationToken);
            var applied = await store.Db.Database.GetAppliedMigrationsAsync(cancellationToken);
            console.Output.WriteLine($"{store.Location.Describe()}: schema up to date ({applied.Count()} migrations applied)");
            return 0;
        });
        db.Subcommands.Add(migrate);
        db.Subcommands.Add(CopyBlobsCommand(console));
        return db;
    }

    private static Command CopyBlobsCommand(CliConsole console)
    {
        var to = new Option<string>("--to")
        {
            Description = "'database': the data directory's blob files into PostgreSQL's blobs table (before serving with --blobs database); 'files': the table's blobs back into the data directory",
            Required = true,
        };
        var command = new Command("copy-blobs", "Copy the original bytes between the data directory and PostgreSQL's blobs table (needs --db); each blob is checked against its SHA-256 first, blobs already there are skipped, so an interrupted copy is finished by running it again") { to };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(to)!.Trim().ToLowerInvariant();
            if (target is not ("database" or "files"))
            {
                console.Fail($"--to {parse.GetValue(to)}: expected 'database' (files into PostgreSQL's blobs table) or 'files' (the table into the data directory)");
                return ExitCodes.Invalid;
            }

            var location = GlobalOptions.LocationOf(parse, console);
            if (location.ConnectionString is not { } connectionString)
            {
                console.Fail("copy-blobs: blobs can be kept in the database only on PostgreSQL; give --db (or VIGIL_DB)");
                return ExitCodes.Invalid;
            }

            await using var store = await VigilStore.OpenAsync(location, cancellationToken);
            var files = new BlobStore(location.BlobDirectory);
            var table = BlobStore.InDatabase(location.BlobDirectory, connectionString);
            var (from, into) = target == "database" ? (files, table) : (table, files);
            var copying = new CopyBlobs(store.Db, TimeProvider.System);
            var actor = GlobalOptions.ActorOf(parse, console);
            var copy = console.IsTerminal
                ? await console.Ansi.Progress().AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("copy-blobs");
                        var done = await copying.RunAsync(from, into, actor, (copied, total) => (task.MaxValue, task.Value) = (total, copied), cancellationToken);
                        task.Value = task.MaxValue;
                        return done;
                    })
                : await copying.RunAsync(from, into, actor, cancellationToken: cancellationToken);
            console.Output.WriteLine($"copied {Plural.Of(copy.Copied, "blob")} ({copy.CopiedBytes / 1048576.0:0.0} MB) from {from.Describe()} into {into.Describe()}; {Plural.Of(copy.AlreadyThere, "blob")} already there");
            foreach (var id in copy.Damaged)
            {
                console.Fail($"blob {id}: missing or its bytes no longer match its name (SHA-256) in {from.Describe()}; not copied (run vigil verify)");
            }

            if (copy.Damaged.Count == 0 && target == "database")
            {
                console.Output.WriteLine("every blob is in the database: serve with --blobs database (or VIGIL_BLOBS=database)");
            }

            return copy.Damaged.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }
}
