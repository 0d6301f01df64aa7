using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Web.Store;

/// <summary>Applies pending migrations when the app starts (a no-op when <c>vigil serve</c> already did).</summary>
internal sealed class MigrateOnStart(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<VigilDbContext>().Database.MigrateAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
