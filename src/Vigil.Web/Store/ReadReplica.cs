using Npgsql;

namespace Vigil.Web.Store;

/// <summary>
/// A PostgreSQL streaming replica for read-only pages (<c>vigil serve --db-read "Host=…"</c>, <c>Vigil:DbRead</c>).
/// Whether it may be used is checked at most every <see cref="CheckEvery"/>: it must answer, be in recovery (a
/// replica, not a second primary), and have replayed the primary's WAL to within <see cref="MaxLagBytes"/>. When it
/// is down or lagging, reads go to the primary and one log line says so (and one more when it is back): never an
/// error page. Connection strings are never logged.
/// </summary>
public sealed class ReadReplica(string connectionString, string primaryConnectionString, ILogger<ReadReplica> logger, TimeProvider clock) : IDisposable
{
    /// <summary>How often the replica's state is checked.</summary>
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(5);

    /// <summary>How far (bytes of WAL) the replica may be behind the primary and still be read. Default 1 MiB.</summary>
    public long MaxLagBytes { get; init; } = 1 << 20;

    private readonly NpgsqlDataSource _replica = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 2, CommandTimeout = 2 }.ConnectionString).Build();
    private readonly NpgsqlDataSource _primary = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(primaryConnectionString) { Timeout = 2, CommandTimeout = 2 }.ConnectionString).Build();
    private readonly SemaphoreSlim _checking = new(1, 1);
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;
    private bool _usable;
    private bool _reported;

    /// <summary>The connection string read-only pages use while the replica is usable.</summary>
    public string ConnectionString { get; } = connectionString;

    /// <summary>True when the replica answers and is close enough to the primary (checked at most every <see cref="CheckEvery"/>).</summary>
    public async ValueTask<bool> IsUsableAsync(CancellationToken cancellationToken)
    {
        if (clock.GetUtcNow() - _checkedAt < CheckEvery || !await _checking.WaitAsync(0, cancellationToken))
        {
            return _usable; // fresh enough, or another request is checking now
        }

        try
        {
            var (usable, why) = await CheckAsync(cancellationToken);
            Report(usable, why);
            return usable;
        }
        finally
        {
            _checkedAt = clock.GetUtcNow();
            _checking.Release();
        }
    }

    /// <summary>A read on the replica failed (it went away between checks): reads go to the primary until the next check finds it usable.</summary>
    public void Failed(Exception exception)
    {
        _checkedAt = clock.GetUtcNow();
        Report(false, $"a read failed ({exception.GetType().Name})");
    }

    private void Report(bool usable, string why)
    {
        if (usable == _usable && _reported)
        {
            return;
        }

        _usable = usable;
        _reported = true;
        if (usable)
        {
            logger.LogInformation("read replica in use for read-only pages");
        }
        else
        {
            logger.LogWarning("read replica not used, reads go to the primary: {Why}", why);
        }
    }

    public void Dispose()
    {
        _checking.Dispose();
        _replica.Dispose();
        _primary.Dispose();
    }

    private async Task<(bool Usable, string Why)> CheckAsync(CancellationToken cancellationToken)
    {
        string replayed;
        try
        {
            await using var command = _replica.CreateCommand("SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            if (!reader.GetBoolean(0))
            {
                return (false, "it is not a replica (not in recovery)");
            }

            replayed = reader.IsDBNull(1) ? "0/0" : reader.GetString(1);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return (false, $"it does not answer ({ex.GetType().Name})");
        }

        try
        {
            await using var command = _primary.CreateCommand("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn)::bigint");
            command.Parameters.AddWithValue(replayed);
            var lag = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            return lag <= MaxLagBytes ? (true, "") : (false, $"it is {lag} bytes of WAL behind the primary");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            // The primary itself is not answering: the request will say so on its own; reading the replica is no worse.
            return (true, "");
        }
    }
}
