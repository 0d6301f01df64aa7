using Vigil.Storage.Blobs;
using Vigil.Storage.Database;

namespace Vigil.Cli.Store;

/// <summary>An open store: the database (migrated on open by <see cref="MigrateStore"/>) and the blob store.</summary>
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
        var db = location.CreateContext();
        try
        {
            await MigrateStore.RunAsync(location, db, cancellationToken);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }

        return new VigilStore(location, db, location.OpenBlobs());
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
