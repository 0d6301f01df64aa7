using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vigil.Storage.Database;
using Vigil.Storage.Postgres;
using Vigil.Storage.Sqlite;

namespace Vigil.Storage.Tests.Database;

/// <summary>The settings each database is opened with, which the web app's speed depends on.</summary>
/// <remarks>Alone, after the parallel tests: it checks that a pooled SQLite connection keeps its settings, and a test in
/// another class clearing every pool between its two opens made it fail once (session 18).</remarks>
[Collection(ConnectionPoolCollection.Name)]
public sealed class ConnectionDefaultsTests
{
    [Theory]
    [InlineData(false, "0", "0", "-32768", "16384")]
    [InlineData(true, "2147418112", "2", "-2000", "1000")]
    public async Task A_SQLite_store_is_opened_in_WAL_mode_memory_mapped_for_the_web_app_and_with_a_larger_page_cache_for_the_CLI(
        bool memoryMapped, string mmapSize, string tempStore, string cacheSize, string checkpoint)
    {
        var folder = Directory.CreateTempSubdirectory("vigil-sqlite-").FullName;
        try
        {
            var options = SqliteDatabase.Configure(new DbContextOptionsBuilder<VigilDbContext>(), Path.Combine(folder, "vigil.db"), memoryMapped).Options;

            // The second context takes the first one's native connection from the pool, whose settings were made once.
            object? first = null;
            for (var open = 0; open < 2; open++)
            {
                await using var db = new VigilDbContext(options);
                await db.Database.OpenConnectionAsync();
                var connection = (SqliteConnection)db.Database.GetDbConnection();
                first ??= connection.Handle;
                Assert.Same(first, connection.Handle);
                Assert.Equal("wal", await PragmaAsync(connection, "journal_mode"));
                Assert.Equal("1", await PragmaAsync(connection, "foreign_keys"));
                Assert.Equal("1", await PragmaAsync(connection, "synchronous")); // NORMAL
                Assert.Equal("30000", await PragmaAsync(connection, "busy_timeout"));
                Assert.Equal(mmapSize, await PragmaAsync(connection, "mmap_size"));
                Assert.Equal(tempStore, await PragmaAsync(connection, "temp_store"));
                Assert.Equal(cacheSize, await PragmaAsync(connection, "cache_size"));
                Assert.Equal(checkpoint, await PragmaAsync(connection, "wal_autocheckpoint"));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void PostgreSQL_statements_are_prepared_automatically_and_connections_not_reset_unless_the_connection_string_says_otherwise()
    {
        var defaults = new NpgsqlConnectionStringBuilder(PostgresDatabase.WithDefaults("Host=db;Database=vigil;Username=vigil"));
        Assert.Equal(64, defaults.MaxAutoPrepare);
        Assert.Equal(2, defaults.AutoPrepareMinUsages);
        Assert.True(defaults.NoResetOnClose); // Vigil's session state is transaction-scoped: no reset between a request's queries
        Assert.False(new NpgsqlConnectionStringBuilder(PostgresDatabase.WithDefaults("Host=db;No Reset On Close=false")).NoResetOnClose);
        Assert.Equal("db", defaults.Host);
        Assert.Equal("vigil", defaults.Database);

        // Behind a pooler in transaction mode the operator turns it off; either spelling of the key is kept as given.
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(PostgresDatabase.WithDefaults("Host=db;Max Auto Prepare=0")).MaxAutoPrepare);
        Assert.Equal(5, new NpgsqlConnectionStringBuilder(PostgresDatabase.WithDefaults("Host=db; maxautoprepare = 5")).MaxAutoPrepare);
    }

    private static async Task<string?> PragmaAsync(System.Data.Common.DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}

/// <summary>Tests that need SQLite's connection pool to themselves: no other test runs beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConnectionPoolCollection
{
    public const string Name = "SQLite connection pool";
}
