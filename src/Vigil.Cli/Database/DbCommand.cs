using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Vigil.Cli.Store;

namespace Vigil.Cli.Database;

/// <summary><c>vigil db migrate</c>: applies pending migrations (they also run on every start).</summary>
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
        return db;
    }
}
