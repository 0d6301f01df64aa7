using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Vigil.Storage.Incidents;

/// <summary>
/// Indexes the incidents a transaction queued for search (<see cref="SearchIncidents"/>) just before it commits, inside
/// it: a committed write is searchable at once, and a rolled-back one leaves neither index rows nor queue behind. The
/// context saves in a transaction even for a single statement; a statement sent outside any transaction (a bulk
/// <c>ExecuteUpdate</c>, raw SQL) committed on its own, so the queue is flushed right after it. A store migrated to before
/// the queue existed has nothing to flush and is left alone.
/// </summary>
internal sealed class IncidentSearchOnCommit(string flushSql, string hasQueueSql) : DbTransactionInterceptor, IDbCommandInterceptor
{
    /// <summary>For SQLite stores.</summary>
    public static IncidentSearchOnCommit Sqlite { get; } = new(SearchIncidents.SqliteFlush, SearchIncidents.SqliteHasQueue);

    /// <summary>For PostgreSQL stores.</summary>
    public static IncidentSearchOnCommit Postgres { get; } = new(SearchIncidents.PostgresFlush, SearchIncidents.PostgresHasQueue);

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (transaction.Connection is { } connection && IsReady(connection, transaction))
        {
            Flush(connection, transaction);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (transaction.Connection is { } connection && await IsReadyAsync(connection, transaction, cancellationToken))
        {
            await FlushAsync(connection, transaction, cancellationToken);
        }

        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (command.Transaction is null && command.Connection is { } connection && IsReady(connection, null))
        {
            Flush(connection, null);
        }

        return result;
    }

    public async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (command.Transaction is null && command.Connection is { } connection && await IsReadyAsync(connection, null, cancellationToken))
        {
            await FlushAsync(connection, null, cancellationToken);
        }

        return result;
    }

    // Runs the flush, its time added to SearchIncidents.FlushTime (which `vigil bench ingest` prints).
    private void Flush(DbConnection connection, DbTransaction? transaction)
    {
        using var command = Command(connection, transaction, flushSql);
        var started = Stopwatch.GetTimestamp();
        command.ExecuteNonQuery();
        SearchIncidents.AddFlushTime(Stopwatch.GetElapsedTime(started));
    }

    private async Task FlushAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, flushSql);
        var started = Stopwatch.GetTimestamp();
        await command.ExecuteNonQueryAsync(cancellationToken);
        SearchIncidents.AddFlushTime(Stopwatch.GetElapsedTime(started));
    }

    private bool IsReady(DbConnection connection, DbTransaction? transaction)
    {
        // Asked every time (a catalogue lookup): migrations create and drop the queue on an open connection.
        using var command = Command(connection, transaction, hasQueueSql);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private async Task<bool> IsReadyAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, hasQueueSql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return command;
    }
}
