using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Vigil.Storage.Postgres;
using Vigil.Storage.Sqlite;

namespace Vigil.Cli.Store;

/// <summary>An open store: the database (migrated on open) and the blob store.</summary>
internal sealed class VigilStore : IAsyncDisposable
{
    private VigilStore(StoreLocation location, VigilDbContext db, BlobStore blobs)
    {
        Location = location;
        Db = db;
        Blobs = blobs;
    }

    public StoreLocation Location { get; }

    public VigilDbContext Db { get; }

    public BlobStore Blobs { get; }

    /// <summary>Opens the store and applies pending migrations. Throws <see cref="StoreUnavailableException"/> with a clear message when it cannot.</summary>
    public static async Task<VigilStore> OpenAsync(StoreLocation location, CancellationToken cancellationToken = default)
    {
        try
        {
            DataDirectory.Create(location.DataDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException($"cannot create the data directory '{location.DataDirectory}': {ex.Message}");
        }

        var db = CreateContext(location);
        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or ArgumentException or TimeoutException)
        {
            await db.DisposeAsync();
            throw new StoreUnavailableException($"cannot open the database {location.Describe()}: {FirstLine(ex.Message)}");
        }

        if (location.ConnectionString is null)
        {
            DataDirectory.Restrict(location.SqlitePath);
        }

        return new VigilStore(location, db, new BlobStore(location.BlobDirectory));
    }

    public static VigilDbContext CreateContext(StoreLocation location)
    {
        try
        {
            if (location.ConnectionString is { } cs)
            {
                // Npgsql parses the string only when it first connects, and the failure message is
                // built with StoreLocation.Describe(), which cannot parse it either: check it here.
                _ = new NpgsqlConnectionStringBuilder(cs);
                return new VigilDbContext(PostgresDatabase.Options(cs));
            }

            return new VigilDbContext(SqliteDatabase.Options(location.SqlitePath));
        }
        catch (ArgumentException ex)
        {
            throw new StoreUnavailableException($"cannot open the database: the connection string is not valid: {FirstLine(ex.Message)}");
        }
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();

    private static string FirstLine(string text)
    {
        var nl = text.IndexOf('\n');
        return nl < 0 ? text : text[..nl].TrimEnd();
    }
}
