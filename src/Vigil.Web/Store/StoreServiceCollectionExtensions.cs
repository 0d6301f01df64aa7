using Vigil.Core.Extraction;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;

namespace Vigil.Web.Store;

internal static class StoreServiceCollectionExtensions
{
    /// <summary>The database (SQLite or PostgreSQL by connection string), the blob store, the clock and the extraction pipeline.</summary>
    public static IServiceCollection AddVigilStore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Vigil").Get<StoreOptions>() ?? new StoreOptions();
        services.AddSingleton(options);
        var location = options.Location;
        services.AddSingleton(location);
        DataDirectory.Create(location.DataDirectory);
        if (string.IsNullOrWhiteSpace(options.DbRead))
        {
            // Contexts come from a pool: a request's context is a reset one from an earlier request, with its options and
            // EF's internal services already built, instead of a new context whose first query builds them (a tenth of a
            // persons list's CPU went to that). The context holds no state of its own, which pooling requires.
            services.AddDbContextPool<VigilDbContext>(builder => location.Configure((Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<VigilDbContext>)builder, memoryMapped: true));
        }
        else
        {
            if (location.ConnectionString is not { } primary)
            {
                throw new StoreUnavailableException("--db-read: a read replica needs the primary to be PostgreSQL too (give --db)");
            }

            // The context of a request ReadReplicaMiddleware marked opens the replica; every other one the primary.
            var onReplica = location with { ConnectionString = options.DbRead };
            _ = onReplica.Configure(new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<VigilDbContext>()); // a malformed string fails at start
            services.AddHttpContextAccessor();
            services.AddDbContext<VigilDbContext>(
                (provider, builder) =>
                {
                    var useReplica = provider.GetService<IHttpContextAccessor>()?.HttpContext?.Items.ContainsKey(ReadReplicaMiddleware.UseReplica) == true;
                    (useReplica ? onReplica : location).Configure((Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<VigilDbContext>)builder);
                },
                ServiceLifetime.Scoped,
                ServiceLifetime.Scoped);
            services.AddSingleton(provider => new ReadReplica(options.DbRead, primary, provider.GetRequiredService<ILogger<ReadReplica>>(), TimeProvider.System));
        }

        services.AddSingleton(location.OpenBlobs());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => ExtractionPipeline.CreateDefault());
        services.AddHostedService<MigrateOnStart>();
        return services;
    }
}
