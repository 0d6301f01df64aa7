using Vigil.Storage.Database;

namespace Vigil.Web.Store;

/// <summary>Applies pending migrations when the app starts, with <see cref="MigrateStore"/> (a no-op when <c>vigil serve</c> already did).</summary>
internal sealed class MigrateOnStart(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await MigrateStore.RunAsync(scope.ServiceProvider.GetRequiredService<StoreLocation>(), scope.ServiceProvider.GetRequiredService<VigilDbContext>(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
