using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Postgres;

/// <summary>PostgreSQL, chosen by a connection string (<c>--db</c> or <c>VIGIL_DB</c>). Tables and columns are snake_case.</summary>
public static class PostgresDatabase
{
    /// <summary>Options for a context over <paramref name="connectionString"/>, with this project's migrations.</summary>
    public static DbContextOptions<VigilDbContext> Options(string connectionString) =>
        Configure(new DbContextOptionsBuilder<VigilDbContext>(), connectionString).Options;

    /// <summary>Configures <paramref name="builder"/> for PostgreSQL.</summary>
    public static DbContextOptionsBuilder<VigilDbContext> Configure(DbContextOptionsBuilder<VigilDbContext> builder, string connectionString) =>
        builder
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresDatabase).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention();
}
