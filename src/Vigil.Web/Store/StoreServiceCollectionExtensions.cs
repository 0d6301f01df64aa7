using Vigil.Core.Extraction;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Vigil.Storage.Postgres;
using Vigil.Storage.Sqlite;

namespace Vigil.Web.Store;

internal static class StoreServiceCollectionExtensions
{
    /// <summary>The database (SQLite or PostgreSQL by connection string), the blob store, the clock and the extraction pipeline.</summary>
    public static IServiceCollection AddVigilStore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Vigil").Get<StoreOptions>() ?? new StoreOptions();
        services.AddSingleton(options);
        Vigil.Storage.Database.DataDirectory.Create(Path.GetFullPath(options.Data));
        services.AddDbContext<VigilDbContext>(builder =>
        {
            var typed = (Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<VigilDbContext>)builder;
            if (options.IsPostgres)
            {
                PostgresDatabase.Configure(typed, options.Db!);
            }
            else
            {
                SqliteDatabase.Configure(typed, options.SqlitePath, memoryMapped: true);
            }
        });
        services.AddSingleton(new BlobStore(options.BlobDirectory));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => ExtractionPipeline.CreateDefault());
        services.AddHostedService<MigrateOnStart>();
        return services;
    }
}
