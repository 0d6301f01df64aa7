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
        var stored = Assert.Single(one.HashAll());
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
        Assert.NotEqual(id, Assert.Single(store.HashAll()).Sha256);
        Assert.False(store.Exists(BlobStore.IdOf([1, 2, 3])));
        Assert.Null(store.Read(BlobStore.IdOf([1, 2, 3])));
    }
}
