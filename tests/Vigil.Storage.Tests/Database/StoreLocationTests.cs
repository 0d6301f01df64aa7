using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Tests.Database;

/// <summary>The one store location and migration path the CLI and the web app share.</summary>
public sealed class StoreLocationTests
{
    [Fact]
    public void A_blank_connection_string_means_the_SQLite_file_in_the_data_directory_made_absolute()
    {
        var location = StoreLocation.Of(null, "  ");

        Assert.False(location.IsPostgres);
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "vigil-data"), location.DataDirectory);
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "vigil-data", "vigil.db"), location.SqlitePath);
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "vigil-data", "blobs"), location.BlobDirectory);
        Assert.Equal($"SQLite ({location.SqlitePath})", location.Describe());
    }

    [Fact]
    public void A_connection_string_chooses_PostgreSQL_and_is_described_without_its_password()
    {
        var location = StoreLocation.Of("/srv/vigil", "Host=db.example;Database=vigil;Username=vigil;Password=hunter2");

        Assert.True(location.IsPostgres);
        Assert.Equal("PostgreSQL (db.example/vigil)", location.Describe());
        using var db = location.CreateContext();
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        Assert.Contains("20", db.Database.GetMigrations().First());
    }

    [Fact]
    public void A_malformed_connection_string_is_refused_in_one_line_naming_the_problem()
    {
        var location = StoreLocation.Of("/srv/vigil", "Hots=db;Password=hunter2");

        var error = Assert.Throws<StoreUnavailableException>(location.CreateContext);

        Assert.StartsWith("cannot open the database: the connection string is not valid: ", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task MigrateStore_creates_the_data_directory_and_an_owner_only_SQLite_file_with_every_migration()
    {
        var parent = Directory.CreateTempSubdirectory("vigil-location-").FullName;
        var location = StoreLocation.Of(Path.Combine(parent, "data"), null);
        try
        {
            await using (var db = location.CreateContext())
            {
                await MigrateStore.RunAsync(location, db);
                Assert.Equal("Microsoft.EntityFrameworkCore.Sqlite", db.Database.ProviderName);
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(db.Database.GetMigrations().Count(), (await db.Database.GetAppliedMigrationsAsync()).Count());
            }

            Assert.True(File.Exists(location.SqlitePath));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(DataDirectory.FolderMode, File.GetUnixFileMode(location.DataDirectory));
                Assert.Equal(DataDirectory.FileMode, File.GetUnixFileMode(location.SqlitePath));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public async Task MigrateStore_reports_an_unreachable_server_in_one_line_without_the_password()
    {
        var location = StoreLocation.Of(Path.Combine(Path.GetTempPath(), "vigil-unreachable"), "Host=127.0.0.1;Port=1;Database=vigil;Username=vigil;Password=hunter2;Timeout=2");
        await using var db = location.CreateContext();

        var error = await Assert.ThrowsAsync<StoreUnavailableException>(() => MigrateStore.RunAsync(location, db));

        Assert.StartsWith("cannot open the database PostgreSQL (127.0.0.1/vigil): ", error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }
}
