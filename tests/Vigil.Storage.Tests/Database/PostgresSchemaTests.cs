using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vigil.Storage.Database;

namespace Vigil.Storage.Tests.Database;

/// <summary>
/// PostgreSQL only: the migrations create snake_case tables and columns, which operators and
/// reporting tools query by hand; and the tables outside the EF model: blobs (<c>--blobs database</c>) and incident_search
/// and its queue incident_search_pending (<see cref="Vigil.Storage.Incidents.SearchIncidents"/>, indexed at commit).
/// </summary>
public sealed class PostgresSchemaTests
{
    [PostgresFact]
    public async Task Migrations_create_every_table_and_leave_nothing_pending()
    {
        await using var database = new PostgresTestDatabase();
        var options = await database.CreateAsync(Path.GetTempPath());
        await using var db = new VigilDbContext(options);

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var tables = await db.Database.SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name").ToListAsync();
        var expected = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Append("__EFMigrationsHistory").Append("blobs").Append("incident_search").Append("incident_search_pending").Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, tables.Order(StringComparer.Ordinal).ToList());
        Assert.Contains("audit_log", tables);
        Assert.Contains("mention_blocks", tables);
        Assert.Contains("incidents", tables);
    }

    [PostgresTheory]
    [InlineData("reports", "source_id")]
    [InlineData("reports", "word_count")]
    [InlineData("evidence", "metadata_json")]
    [InlineData("audit_log", "previous_hash")]
    [InlineData("audit_log", "payload_hash")]
    public async Task Columns_are_snake_case(string table, string column)
    {
        await using var database = new PostgresTestDatabase();
        var options = await database.CreateAsync(Path.GetTempPath());
        await using (var db = new VigilDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        await using var connection = new NpgsqlConnection(ConnectionStringOf(options));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM information_schema.columns WHERE table_name = @t AND column_name = @c", connection);
        command.Parameters.AddWithValue("t", table);
        command.Parameters.AddWithValue("c", column);
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    private static string ConnectionStringOf(DbContextOptions<VigilDbContext> options)
    {
        using var db = new VigilDbContext(options);
        return db.Database.GetConnectionString()!;
    }
}
