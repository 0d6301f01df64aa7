using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Vigil.Storage.Database;

/// <summary>
/// The one way a store's schema is created or brought up to date, for every command, <c>vigil db migrate</c>,
/// <c>vigil serve</c> and the web app's start: creates the data directory owner-only, applies the provider's
/// pending migrations, and makes the SQLite files owner-only. A store that cannot be used throws
/// <see cref="StoreUnavailableException"/> with one line saying why.
/// </summary>
public static class MigrateStore
{
    /// <summary>Migrates <paramref name="db"/>, the database of <paramref name="location"/>; a no-op when it is up to date.</summary>
    public static async Task RunAsync(StoreLocation location, VigilDbContext db, CancellationToken cancellationToken = default)
    {
        try
        {
            DataDirectory.Create(location.DataDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException($"cannot create the data directory '{location.DataDirectory}': {ex.Message}");
        }

        try
        {
            // No time limit: a migration that fills a new table from a big store (IncidentSearch reads every report once)
            // runs for minutes, and EF's 30 s default would stop it half-way on every start.
            var timeout = db.Database.GetCommandTimeout();
            db.Database.SetCommandTimeout(TimeSpan.Zero);
            try
            {
                // Asked first because every command opens the store: MigrateAsync also compares the model with the
                // migrations' snapshot (EF's pending-model-changes check), which builds a second model and diffs the two
                // even when nothing is pending. The list of applied migrations is one small read.
                if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                {
                    await db.Database.MigrateAsync(cancellationToken);
                }
            }
            finally
            {
                db.Database.SetCommandTimeout(timeout);
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or ArgumentException or TimeoutException)
        {
            throw new StoreUnavailableException($"cannot open the database {location.Describe()}: {StoreUnavailableException.FirstLine(ex.Message)}");
        }

        if (!location.IsPostgres)
        {
            foreach (var file in new[] { location.SqlitePath, location.SqlitePath + "-wal", location.SqlitePath + "-shm" })
            {
                DataDirectory.Restrict(file);
            }
        }
    }
}
