using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vigil.Storage.Audit;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Vigil.Storage.Ingest;

namespace Vigil.Storage.Tests.Database;

/// <summary>
/// Base of the shared storage suite: each test gets a fresh temporary folder (input files, blobs,
/// the SQLite file) and a fresh, migrated database from the concrete class's provider.
/// </summary>
public abstract class StoreTest : IAsyncLifetime
{
    protected const string Actor = "test:alice";

    private ITestDatabase? _database;
    private DbContextOptions<VigilDbContext>? _options;

    protected StoreTest()
    {
        Folder = Directory.CreateTempSubdirectory("vigil-storage-tests-").FullName;
        Input = Directory.CreateDirectory(Path.Combine(Folder, "input")).FullName;
        Blobs = new BlobStore(Path.Combine(Folder, "blobs"));
    }

    /// <summary>The test's temporary folder.</summary>
    protected string Folder { get; }

    /// <summary>Where the test writes the files it ingests.</summary>
    protected string Input { get; }

    /// <summary>The test's blob store: files under <see cref="Folder"/>, or the database's blobs table when <see cref="BlobsInDatabase"/>.</summary>
    protected BlobStore Blobs { get; private set; }

    /// <summary>True for the variants that keep blobs in PostgreSQL's blobs table (<c>--blobs database</c>).</summary>
    private protected virtual bool BlobsInDatabase => false;

    protected TimeProvider Clock { get; } = new FixedClock(FixedClock.Default);

    /// <summary>The timestamp stored for everything written with <see cref="Clock"/>.</summary>
    protected static DateTime StoredAt => AuditChain.Truncate(FixedClock.Default.UtcDateTime);

    public async Task InitializeAsync()
    {
        try
        {
            _database = CreateDatabase();
            _options = await _database.CreateAsync(Folder);
            await using var db = OpenDb();
            await db.Database.MigrateAsync();
            if (BlobsInDatabase)
            {
                Blobs = BlobStore.InDatabase(Path.Combine(Folder, "blobs"), db.Database.GetConnectionString()!);
            }
        }
        catch
        {
            // xunit does not call DisposeAsync when InitializeAsync fails (an unreachable server in CI).
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private protected abstract ITestDatabase CreateDatabase();

    /// <summary>
    /// Takes the store back to just before the migration whose name ends with <paramref name="migration"/> (running the Down
    /// of it and of every later one), as a store made by an earlier build was: to test what that migration does to its rows.
    /// </summary>
    protected async Task MigrateToBeforeAsync(string migration)
    {
        await using var db = OpenDb();
        var migrations = db.Database.GetMigrations().ToList();
        await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_" + migration, StringComparison.Ordinal)) - 1]);
    }

    protected VigilDbContext OpenDb() => new(_options ?? throw new InvalidOperationException("the database is not created yet"));

    /// <summary>Runs an ingest with its own context, as one CLI invocation would, and returns the outcomes in order.</summary>
    protected async Task<List<IngestOutcome>> IngestAsync(params string[] paths)
    {
        var outcomes = new List<IngestOutcome>();
        await using var db = OpenDb();
        await new IngestFiles(db, Blobs, Clock, new IngestOptions { Parallelism = 2 }).RunAsync(paths, Actor, outcomes.Add);
        return outcomes;
    }

    protected async Task<VerifyResult> VerifyAsync((long Sequence, string Hash)? expectedHead = null)
    {
        await using var db = OpenDb();
        return await new VerifyStore(db, Blobs).RunAsync(expectedHead);
    }

    /// <summary>Changes a stored blob's bytes behind Vigil's back (the file, or the database row).</summary>
    protected async Task TamperBlobAsync(string id, Func<byte[], byte[]> change)
    {
        if (!Blobs.IsDatabase)
        {
            File.WriteAllBytes(Blobs.PathOf(id), change(File.ReadAllBytes(Blobs.PathOf(id))));
            return;
        }

        await using var db = OpenDb();
        var bytes = change(Blobs.Read(id)!);
        await db.Database.ExecuteSqlRawAsync("UPDATE blobs SET content = {0} WHERE id = {1}", bytes, id);
    }

    /// <summary>Deletes a stored blob behind Vigil's back.</summary>
    protected async Task DeleteBlobAsync(string id)
    {
        if (!Blobs.IsDatabase)
        {
            File.Delete(Blobs.PathOf(id));
            return;
        }

        await using var db = OpenDb();
        await db.Database.ExecuteSqlRawAsync("DELETE FROM blobs WHERE id = {0}", id);
    }

    protected string WriteInput(string name, string text) => WriteInput(name, Encoding.UTF8.GetBytes(text));

    protected string WriteInput(string name, byte[] bytes)
    {
        var path = Path.Combine(Input, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    protected static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    protected static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));
}
