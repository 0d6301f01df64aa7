using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Blobs;

/// <summary>Blobs in PostgreSQL (<c>--blobs database</c>): one store per app server, each with its own cache folder, over one database.</summary>
#pragma warning disable CA1001 // xunit disposes the database through IAsyncLifetime.DisposeAsync
public sealed class DatabaseBlobStoreTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly PostgresTestDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("vigil-blob-tests-").FullName;
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        if (PostgresServer.SkipReason is not null)
        {
            return;
        }

        var options = await _database.CreateAsync(_folder);
        await using var db = new VigilDbContext(options);
        await db.Database.MigrateAsync();
        _connectionString = db.Database.GetConnectionString()!;
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [PostgresFact]
    public void A_blob_put_by_one_server_is_read_by_another_under_the_same_SHA_256()
    {
        var one = BlobStore.InDatabase(Path.Combine(_folder, "one"), _connectionString);
        var two = BlobStore.InDatabase(Path.Combine(_folder, "two"), _connectionString);
        var bytes = Encoding.UTF8.GetBytes("Teachers gathered outside the education office in Shiraz.");
        var id = BlobStore.IdOf(bytes);

        one.Put(id, bytes);
        one.Put(id, bytes);

        Assert.True(two.Exists(id));
        Assert.Equal(bytes, two.Read(id));
        Assert.Equal(Path.Combine(_folder, "two", id[..2], id[2..4], id), two.PathOf(id));
        Assert.Equal(bytes, File.ReadAllBytes(two.PathOf(id)));
        Assert.False(File.Exists(Path.Combine(_folder, "one", id[..2], id[2..4], id)));
        var stored = Assert.Single(one.HashInOrder());
        Assert.Equal(new StoredBlob(id, id, bytes.Length), stored);
    }

    [PostgresFact]
    public async Task Bytes_changed_in_the_database_are_never_copied_out_to_the_cache()
    {
        var store = BlobStore.InDatabase(Path.Combine(_folder, "cache"), _connectionString);
        var bytes = Encoding.UTF8.GetBytes("A statement read on state television.");
        var id = BlobStore.IdOf(bytes);
        store.Put(id, bytes);
        await using (var db = new VigilDbContext(Vigil.Storage.Postgres.PostgresDatabase.Options(_connectionString)))
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE blobs SET content = {0} WHERE id = {1}", Encoding.UTF8.GetBytes("Something else entirely."), id);
        }

        Assert.False(File.Exists(store.PathOf(id)));
        Assert.NotEqual(id, Assert.Single(store.HashInOrder()).Sha256);
        Assert.False(store.Exists(BlobStore.IdOf([1, 2, 3])));
        Assert.Null(store.Read(BlobStore.IdOf([1, 2, 3])));
    }

    [PostgresFact]
    public async Task Copying_the_files_into_the_table_checks_each_blob_skips_those_there_and_is_audited()
    {
        var files = new BlobStore(Path.Combine(_folder, "files"));
        var texts = new[] { "A witness statement from Zahedan.", "Photo bytes, say.", "A video of the strike in Ahvaz." };
        var ids = texts.Select(t => Encoding.UTF8.GetBytes(t)).Select(b => (Id: BlobStore.IdOf(b), Bytes: b)).ToList();
        foreach (var (id, bytes) in ids)
        {
            files.Put(id, bytes);
        }

        // A file whose bytes were changed after it was stored: its name is no longer their hash.
        var changed = ids[2].Id;
        File.WriteAllText(files.PathOf(changed), "Something else entirely.");
        var table = BlobStore.InDatabase(Path.Combine(_folder, "cache"), _connectionString);
        table.Put(ids[0].Id, ids[0].Bytes);

        await using var db = new VigilDbContext(Vigil.Storage.Postgres.PostgresDatabase.Options(_connectionString));
        var progress = new List<(int, int)>();
        var copy = await new CopyBlobs(db, TimeProvider.System).RunAsync(files, table, "cli:test", (done, total) => progress.Add((done, total)));

        Assert.Equal((1, (long)ids[1].Bytes.Length, 1), (copy.Copied, copy.CopiedBytes, copy.AlreadyThere));
        Assert.Equal([changed], copy.Damaged);
        Assert.Equal(ids[1].Bytes, table.Read(ids[1].Id));
        Assert.False(table.Exists(changed));
        Assert.Equal([(1, 3), (2, 3), (3, 3)], progress.Order());
        var entry = Assert.Single(await db.AuditEntries.AsNoTracking().Where(e => e.Action == CopyBlobs.Action).ToListAsync());
        Assert.Equal(("blobs", "database", Vigil.Storage.Audit.AuditPayload.HashOfBlobs([ids[1].Id])), (entry.SubjectType, entry.SubjectId, entry.PayloadHash));

        // Run again (as after an interruption): nothing more is copied or audited, the changed file is reported again.
        var again = await new CopyBlobs(db, TimeProvider.System).RunAsync(files, table, "cli:test");
        Assert.Equal((0, 2, 1), (again.Copied, again.AlreadyThere, again.Damaged.Count));
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == CopyBlobs.Action));

        // The copy is an event in the audit log, not a row: verify passes (the blobs belong to no row yet).
        var verified = await new Vigil.Storage.Audit.VerifyStore(db, table).RunAsync(null);
        Assert.True(verified.Ok, string.Join("; ", verified.Problems));
        Assert.Equal(2, verified.Blobs);
    }

    [PostgresFact]
    public async Task The_table_copied_back_into_files_gives_the_same_bytes_under_the_same_names()
    {
        var table = BlobStore.InDatabase(Path.Combine(_folder, "cache"), _connectionString);
        var bytes = Encoding.UTF8.GetBytes("Testimony recorded in Sanandaj.");
        var id = BlobStore.IdOf(bytes);
        table.Put(id, bytes);
        var files = new BlobStore(Path.Combine(_folder, "back"));

        await using var db = new VigilDbContext(Vigil.Storage.Postgres.PostgresDatabase.Options(_connectionString));
        var copy = await new CopyBlobs(db, TimeProvider.System).RunAsync(table, files, "cli:test");

        Assert.Equal((1, (long)bytes.Length, 0, 0), (copy.Copied, copy.CopiedBytes, copy.AlreadyThere, copy.Damaged.Count));
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(_folder, "back", id[..2], id[2..4], id)));
        Assert.Equal([id], files.ListIds());
        Assert.Equal("files", (await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == CopyBlobs.Action)).SubjectId);
    }
}
