using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vigil.Storage.Postgres;
using Vigil.Storage.Sqlite;

namespace Vigil.Storage.Database;

/// <summary>
/// Where the data lives, for the CLI and the web app alike: the data directory (the SQLite file, the blobs, the
/// keys) and, optionally, a PostgreSQL connection string. The one place that chooses the database provider.
/// </summary>
/// <param name="DataDirectory">A full path; default <c>./vigil-data</c> (<c>--data</c>, <c>VIGIL_DATA</c>, <c>Vigil:Data</c>).</param>
/// <param name="ConnectionString">A PostgreSQL connection string (<c>--db</c>, <c>VIGIL_DB</c>, <c>Vigil:Db</c>); null for the embedded SQLite file.</param>
/// <param name="BlobsInDatabase">Original bytes in PostgreSQL's <c>blobs</c> table instead of the data directory (<c>--blobs database</c>, <c>VIGIL_BLOBS</c>, <c>Vigil:Blobs</c>): what several app servers need.</param>
public sealed record StoreLocation(string DataDirectory, string? ConnectionString, bool BlobsInDatabase = false)
{
    /// <summary>The data directory when none is given, relative to the working directory.</summary>
    public const string DefaultDataDirectory = "vigil-data";

    /// <summary>The SQLite file (also used only for its name when the store is on PostgreSQL).</summary>
    public string SqlitePath => Path.Combine(DataDirectory, "vigil.db");

    /// <summary>The folder of content-addressed original bytes.</summary>
    public string BlobDirectory => Path.Combine(DataDirectory, "blobs");

    /// <summary>True when the database is PostgreSQL.</summary>
    public bool IsPostgres => ConnectionString is not null;

    /// <summary>
    /// The location from the values a user gave: <paramref name="data"/> made absolute (default
    /// <see cref="DefaultDataDirectory"/>), a blank <paramref name="db"/> meaning SQLite.
    /// </summary>
    public static StoreLocation Of(string? data, string? db) =>
        new(Path.GetFullPath(string.IsNullOrWhiteSpace(data) ? DefaultDataDirectory : data), string.IsNullOrWhiteSpace(db) ? null : db);

    /// <summary>
    /// As <see cref="Of(string?, string?)"/>, with where blobs live: <paramref name="blobs"/> "files" (or blank: the
    /// default) or "database" (PostgreSQL only). Throws <see cref="StoreUnavailableException"/> naming the option otherwise.
    /// </summary>
    public static StoreLocation Of(string? data, string? db, string? blobs)
    {
        var location = Of(data, db);
        return (blobs?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "files" => location,
            "database" when location.IsPostgres => location with { BlobsInDatabase = true },
            "database" => throw new StoreUnavailableException("--blobs database: blobs can be kept in the database only on PostgreSQL (give --db too)"),
            _ => throw new StoreUnavailableException($"--blobs {blobs}: expected 'files' (the data directory, the default) or 'database' (PostgreSQL)"),
        };
    }

    /// <summary>The blob store this location names: the data directory's folder, or PostgreSQL's blobs table.</summary>
    public Blobs.BlobStore OpenBlobs() =>
        BlobsInDatabase && ConnectionString is { } cs ? Blobs.BlobStore.InDatabase(BlobDirectory, cs) : new Blobs.BlobStore(BlobDirectory);

    /// <summary>"SQLite (path)" or "PostgreSQL (host/database)": never the password.</summary>
    public string Describe()
    {
        if (ConnectionString is null)
        {
            return $"SQLite ({SqlitePath})";
        }

        var builder = new DbConnectionStringBuilder { ConnectionString = ConnectionString };
        builder.TryGetValue("Host", out var host);
        builder.TryGetValue("Database", out var database);
        return $"PostgreSQL ({host}/{database})";
    }

    /// <summary>
    /// Configures <paramref name="builder"/> for this store's database, with its provider's migrations.
    /// <paramref name="memoryMapped"/> is for the web app's many readers (SQLite only, see <see cref="SqliteDatabase.Configure"/>).
    /// Throws <see cref="StoreUnavailableException"/> for a connection string that cannot be parsed.
    /// </summary>
    public DbContextOptionsBuilder<VigilDbContext> Configure(DbContextOptionsBuilder<VigilDbContext> builder, bool memoryMapped = false)
    {
        if (ConnectionString is not { } cs)
        {
            return SqliteDatabase.Configure(builder, SqlitePath, memoryMapped);
        }

        try
        {
            // Npgsql parses the string only when it first connects, and Describe() cannot parse it either: check it here.
            _ = new NpgsqlConnectionStringBuilder(cs);
            return PostgresDatabase.Configure(builder, cs);
        }
        catch (ArgumentException ex)
        {
            throw new StoreUnavailableException($"cannot open the database: the connection string is not valid: {StoreUnavailableException.FirstLine(ex.Message)}");
        }
    }

    /// <summary>A context over this store's database (not yet migrated: see <see cref="MigrateStore"/>).</summary>
    public VigilDbContext CreateContext() => new(Configure(new DbContextOptionsBuilder<VigilDbContext>()).Options);
}
