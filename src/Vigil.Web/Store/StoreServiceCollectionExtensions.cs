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
        services.AddDbContext<VigilDbContext>(builder => location.Configure((Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<VigilDbContext>)builder, memoryMapped: true));
        services.AddSingleton(location.OpenBlobs());
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => ExtractionPipeline.CreateDefault());
        services.AddHostedService<MigrateOnStart>();
        return services;
    }
}
