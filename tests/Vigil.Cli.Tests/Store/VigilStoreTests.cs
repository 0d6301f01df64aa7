using Microsoft.EntityFrameworkCore;

namespace Vigil.Cli.Tests.Store;

/// <summary>Opening the store: a database that cannot be used gives one clear line, never a stack trace.</summary>
public sealed class VigilStoreTests : CliTest
{
    [Fact]
    public async Task An_unreachable_postgres_server_gives_one_clear_error_line()
    {
        var result = await RunAsync("reports", "--db", "Host=127.0.0.1;Port=1;Database=vigil;Username=vigil;Password=hunter2;Timeout=3");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: cannot open the database PostgreSQL (127.0.0.1/vigil): ", line);
        Assert.DoesNotContain("hunter2", result.Error);
        Assert.Equal("", result.Output);
        Assert.True(result.HasNoStackTrace, result.ToString());
    }

    [Theory]
    [InlineData(new[] { "--blobs", "database" }, "error: --blobs database: blobs can be kept in the database only on PostgreSQL (give --db too)")]
    [InlineData(new[] { "--blobs", "s3" }, "error: --blobs s3: expected 'files' (the data directory, the default) or 'database' (PostgreSQL)")]
    public async Task A_blob_store_that_cannot_be_used_gives_one_clear_error_line(string[] options, string expected)
    {
        var result = await RunAsync(["verify", .. options]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([expected], result.ErrorLines);
    }

    [Theory]
    [InlineData("this is not a connection string")]
    [InlineData("Hots=127.0.0.1;Database=vigil")]
    public async Task A_malformed_connection_string_gives_one_clear_error_line(string connectionString)
    {
        var result = await RunAsync("ingest", Samples, "--db", connectionString);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: cannot open the database: the connection string is not valid: ", line);
        Assert.Equal("", result.Output);
        Assert.True(result.HasNoStackTrace, result.ToString());
    }

    [Fact]
    public async Task Db_migrate_reports_the_schema_up_to_date()
    {
        var result = await RunAsync("db", "migrate");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var context = new Vigil.Storage.Database.VigilDbContext(Vigil.Storage.Sqlite.SqliteDatabase.Options(Path.Combine(Data, "vigil.db")));
        var migrations = context.Database.GetMigrations().Count();
        Assert.True(migrations >= 1, "the SQLite migrations assembly lists its migrations");
        Assert.Equal($"SQLite ({Path.Combine(Data, "vigil.db")}): schema up to date ({migrations} migrations applied)", result.Output.Trim());
        Assert.True(File.Exists(Path.Combine(Data, "vigil.db")));
    }

    [Theory]
    [InlineData(new[] { "db", "copy-blobs", "--to", "database" }, "error: copy-blobs: blobs can be kept in the database only on PostgreSQL; give --db (or VIGIL_DB)")]
    [InlineData(new[] { "db", "copy-blobs", "--to", "s3" }, "error: --to s3: expected 'database' (files into PostgreSQL's blobs table) or 'files' (the table into the data directory)")]
    public async Task Db_copy_blobs_refuses_a_store_without_postgres_and_an_unknown_target_by_name(string[] args, string message)
    {
        var result = await RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, Assert.Single(result.ErrorLines));
        Assert.Equal("", result.Output);
        Assert.True(result.HasNoStackTrace, result.ToString());
        Assert.False(File.Exists(Path.Combine(Data, "vigil.db")), "nothing is created for a refused copy");
    }
}
