using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vigil.Storage.Database;
using Vigil.Storage.Postgres;

namespace Vigil.Storage.Tests.Database;

/// <summary>A database of its own on the <see cref="PostgresServer"/>, created for one test and dropped afterwards.</summary>
internal sealed class PostgresTestDatabase : ITestDatabase
{
    private readonly string _name = "vigil_test_" + Guid.NewGuid().ToString("N");
    private string? _server;
    private string? _connectionString;

    public async Task<DbContextOptions<VigilDbContext>> CreateAsync(string folder)
    {
        _server = PostgresServer.Require();
        await ExecuteAsync(_server, $"CREATE DATABASE \"{_name}\"");
        _connectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ToString();
        return PostgresDatabase.Options(_connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is null || _connectionString is null)
        {
            return;
        }

        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
