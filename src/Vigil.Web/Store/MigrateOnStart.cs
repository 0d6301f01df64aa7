using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Web.Security;

namespace Vigil.Web.Store;

/// <summary>
/// Applies pending migrations when the app starts, with <see cref="MigrateStore"/> (a no-op when <c>vigil serve</c>
/// already did), then makes sure the database holds a session-signing key before the first request: keys kept in
/// <c>DATA/keys</c> by an older version are moved in, and otherwise one key is created while holding a lock, so two
/// app servers started together agree on one key instead of each signing with its own until their rings refresh.
/// </summary>
internal sealed class MigrateOnStart(IServiceScopeFactory scopes, IKeyManager keys, Microsoft.Extensions.Options.IOptions<KeyManagementOptions> options) : IHostedService
{
    // pg_advisory_xact_lock's key: any constant of Vigil's own ('VGK1').
    private const long KeyRingLock = 0x56474B31;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var location = scope.ServiceProvider.GetRequiredService<StoreLocation>();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        await MigrateStore.RunAsync(location, db, cancellationToken);

        // SQLite has one writer at a time anyway (and one machine); PostgreSQL has several servers to serialise.
        await using var transaction = location.IsPostgres ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (transaction is not null)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({KeyRingLock})", cancellationToken);
        }

        await DatabaseKeyRepository.ImportFilesAsync(db, Path.Combine(location.DataDirectory, "keys"), cancellationToken);
        if (!await db.DataProtectionKeys.AnyAsync(cancellationToken))
        {
            // Written through the repository's own context, after the import's; the lock is held until the commit below.
            var now = DateTimeOffset.UtcNow;
            keys.CreateNewKey(now, now + options.Value.NewKeyLifetime);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
