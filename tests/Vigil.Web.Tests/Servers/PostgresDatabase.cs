using Npgsql;

namespace Vigil.Web.Tests.Servers;

/// <summary>
/// A throwaway database on the PostgreSQL server of <c>VIGIL_TEST_POSTGRES</c>, for tests of several app servers over
/// one database. Without the variable the tests are skipped (never under <c>CI=true</c>).
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "VIGIL_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name = "vigil_web_test_" + Guid.NewGuid().ToString("N");

    private PostgresDatabase(string server)
    {
        _server = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ToString();
    }

    public string ConnectionString { get; }

    /// <summary>Why the tests are skipped, or null when they must run.</summary>
    public static string? SkipReason =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"PostgreSQL tests skipped: set {Variable}=\"Host=127.0.0.1;Port=55432;Username=postgres\" to run them";

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"CI=true but {Variable} is not set: the PostgreSQL tests must run in CI");
        var database = new PostgresDatabase(server);
        await database.ExecuteAsync($"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
