using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vigil.Storage.Database;

namespace Vigil.Storage.Postgres;

/// <summary>PostgreSQL, chosen by a connection string (<c>--db</c> or <c>VIGIL_DB</c>). Tables and columns are snake_case.</summary>
public static class PostgresDatabase
{
    /// <summary>The assembly holding the PostgreSQL migrations (snake_case names).</summary>
    public const string MigrationsAssembly = "Vigil.Storage.Postgres";

    /// <summary>Options for a context over <paramref name="connectionString"/>, with this project's migrations.</summary>
    public static DbContextOptions<VigilDbContext> Options(string connectionString) =>
        Configure(new DbContextOptionsBuilder<VigilDbContext>(), connectionString).Options;

    /// <summary>Configures <paramref name="builder"/> for PostgreSQL.</summary>
    public static DbContextOptionsBuilder<VigilDbContext> Configure(DbContextOptionsBuilder<VigilDbContext> builder, string connectionString) =>
        VigilDbContext.Defaults(builder)
            .UseNpgsql(WithDefaults(connectionString), npgsql => npgsql.MigrationsAssembly(MigrationsAssembly))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(Incidents.IncidentSearchOnCommit.Postgres);

    /// <summary>
    /// <paramref name="connectionString"/> with Vigil's defaults where it sets nothing: Npgsql prepares the
    /// statements it sees repeatedly (a search's plan costs as much as a third of its run; prepared, it is
    /// planned once per connection). Behind a pooler in transaction mode, set <c>Max Auto Prepare=0</c>.
    /// And a pooled connection is not reset when it goes back to the pool: EF opens and closes the connection around
    /// every query, and with prepared statements the reset is seven statements (CLOSE ALL … DISCARD TEMP) sent before
    /// the next query, five times over for a list page. Vigil keeps no session state: its settings and locks are
    /// transaction-scoped (SET LOCAL, set_config(…, true), pg_advisory_xact_lock), and Npgsql still rolls back a
    /// transaction left open. <c>No Reset On Close=false</c> in the connection string restores the reset.
    /// </summary>
    public static string WithDefaults(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!HasKey(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!HasKey(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    private static bool HasKey(string connectionString, params string[] names) =>
        connectionString.Split(';').Select(part => part.Split('=', 2)[0].Trim()).Any(key => names.Contains(key, StringComparer.OrdinalIgnoreCase));
}
