using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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

    [PostgresFact]
    public async Task Large_values_are_written_with_lz4_and_the_migration_down_restores_the_default()
    {
        await using var database = new PostgresTestDatabase();
        var options = await database.CreateAsync(Path.GetTempPath());
        await using var db = new VigilDbContext(options);
        await db.Database.MigrateAsync();
        await using var connection = new NpgsqlConnection(ConnectionStringOf(options));
        await connection.OpenAsync();
        var lz4 = (bool)(await Scalar(connection, "SELECT EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals))"))!;

        Assert.Equal(lz4 ? "l l l l" : "   ", await Scalar(connection, CompressionOfColumns));
        await Scalar(connection, "INSERT INTO incident_search (incident_id, date_from, status, vector) VALUES (gen_random_uuid(), NULL, '', to_tsvector('simple', (SELECT string_agg('word' || n, ' ') FROM generate_series(1, 2000) n)))");
        // pglz gives up on a tsvector and stores it whole; lz4 compresses it.
        Assert.Equal(lz4 ? "lz4" : null, await Scalar(connection, "SELECT pg_column_compression(vector) FROM incident_search") as string);

        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_Lz4LargeValues", StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(before);
        Assert.Equal("   ", await Scalar(connection, CompressionOfColumns));
    }

    [PostgresFact]
    public async Task Block_keys_compare_as_bytes_so_the_primary_key_answers_the_country_wide_range_and_down_restores_the_second_index()
    {
        await using var database = new PostgresTestDatabase();
        var options = await database.CreateAsync(Path.GetTempPath());
        await using var db = new VigilDbContext(options);
        await db.Database.MigrateAsync();
        await using var connection = new NpgsqlConnection(ConnectionStringOf(options));
        await connection.OpenAsync();

        Assert.Equal("C", await Scalar(connection, KeyCollation));
        Assert.Equal(false, await Scalar(connection, SecondIndexExists));
        // The lookup's country-wide read (ClusterIncidents.StoredInBlocks): with sequential scans priced out, a plan that
        // still scans means no index can answer the byte range.
        await Scalar(connection, "SET enable_seqscan = off");
        var plan = await Scalar(connection, "EXPLAIN (FORMAT JSON) SELECT DISTINCT mention_id FROM mention_blocks WHERE key = 'Arrest|2022-09|IR' OR (key >= 'Arrest|2022-09|IR/' AND key < 'Arrest|2022-09|IR0')") as string;
        Assert.Contains("pk_mention_blocks", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);

        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_MentionBlockKeyBytes", StringComparison.Ordinal)) - 1];
        await db.GetService<IMigrator>().MigrateAsync(before);
        Assert.Equal("default", await Scalar(connection, KeyCollation));
        Assert.Equal(true, await Scalar(connection, SecondIndexExists));
    }

    private const string SecondIndexExists = "SELECT to_regclass('ix_mention_blocks_key_c') IS NOT NULL";

    private const string KeyCollation = """
        SELECT c.collname::text FROM pg_attribute a JOIN pg_collation c ON c.oid = a.attcollation
        WHERE a.attrelid = 'mention_blocks'::regclass AND a.attname = 'key'
        """;

    // The compression of each column the migration sets, in its order: 'l' for lz4, blank for the server's default.
    private const string CompressionOfColumns = """
        SELECT string_agg(coalesce(a.attcompression::text, ''), ' ' ORDER BY c.n)
        FROM (VALUES (1, 'reports', 'body'), (2, 'reports', 'search_vector'), (3, 'report_extractions', 'spans_json'), (4, 'incident_search', 'vector')) AS c(n, t, col)
        JOIN pg_attribute a ON a.attrelid = c.t::regclass AND a.attname = c.col
        """;

    private static async Task<object?> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static string ConnectionStringOf(DbContextOptions<VigilDbContext> options)
    {
        using var db = new VigilDbContext(options);
        return db.Database.GetConnectionString()!;
    }
}
