using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Sqlite;

namespace Vigil.Storage.Tests.Database;

/// <summary>
/// Where SQLite keeps a statement's journal inside a transaction: in memory, not in a temporary file
/// (<see cref="SqliteDatabase.StatementJournalSpill"/>). Seen through the process's open files
/// (Linux: SQLite's temporary files are named <c>etilqs_…</c> and deleted as soon as they are opened).
/// </summary>
/// <remarks>Alone, after the parallel tests: another test's sort could have a temporary file open at the same moment.</remarks>
[Collection(ConnectionPoolCollection.Name)]
public sealed class StatementJournalTests
{
    [Fact]
    public async Task A_statement_journalling_two_megabytes_in_a_transaction_keeps_its_journal_in_memory()
    {
        if (!Directory.Exists("/proc/self/fd"))
        {
            return; // Linux only: the open files are read from /proc.
        }

        Assert.True(SqliteDatabase.StatementJournalsInMemory);
        var folder = Directory.CreateTempSubdirectory("vigil-journal-").FullName;
        try
        {
            // 2,000 rows of ~1 KB: ~2 MB, ~550 pages, each changed by the update below (64 KiB is 16 pages).
            await using var db = await StoreAsync(folder, rows: 2_000);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync();
            Assert.Equal(1, await ExecuteAsync(connection, "INSERT INTO t (k, v) VALUES ('first', 'a statement before the large one')"));
            Assert.Equal(2_001, await ExecuteAsync(connection, "UPDATE t SET k = k || '.', v = v || '.'"));

            Assert.Empty(TemporaryFiles());
            await transaction.CommitAsync();
            Assert.Equal(2_001, await ScalarAsync(connection, "SELECT count(*) FROM t WHERE k LIKE '%.'"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_statement_failing_halfway_through_twenty_megabytes_is_undone_alone_from_its_journal_in_memory()
    {
        if (!Directory.Exists("/proc/self/fd"))
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("vigil-journal-").FullName;
        try
        {
            // 20,000 rows of ~1 KB (~22 MB of pages). The update rewrites every row's key in id order and fails on the
            // last one, whose new key is the first row's: by then it has changed every page, and the journal must undo them all.
            await using var db = await StoreAsync(folder, rows: 20_000);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync();
            Assert.Equal(1, await ExecuteAsync(connection, "INSERT INTO t (k, v) VALUES ('first', 'a statement before the large one')"));
            var failed = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(connection,
                "UPDATE t SET k = CASE WHEN id = 20001 THEN 'row 1.' ELSE k || '.' END, v = v || '.'"));

            Assert.Equal(19, failed.SqliteErrorCode); // SQLITE_CONSTRAINT: the unique key, not a full disk
            Assert.Empty(TemporaryFiles());
            await transaction.CommitAsync();
            Assert.Equal(0, await ScalarAsync(connection, "SELECT count(*) FROM t WHERE k LIKE '%.'"));
            Assert.Equal(20_001, await ScalarAsync(connection, "SELECT count(*) FROM t"));
            Assert.Equal(1, await ScalarAsync(connection, "SELECT count(*) FROM t WHERE k = 'first'"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    // A store opened as the CLI opens it (page cache, no memory map), holding a table with a unique index: an update of it
    // can fail halfway, so inside a transaction SQLite journals each page it changes.
    private static async Task<VigilDbContext> StoreAsync(string folder, int rows)
    {
        var options = SqliteDatabase.Configure(new DbContextOptionsBuilder<VigilDbContext>(), Path.Combine(folder, "vigil.db")).Options;
        var db = new VigilDbContext(options);
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await ExecuteAsync(connection, "CREATE TABLE t (id INTEGER PRIMARY KEY, k TEXT NOT NULL UNIQUE, v TEXT NOT NULL)");
        await ExecuteAsync(connection, $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows}) INSERT INTO t (k, v) SELECT 'row ' || i, printf('%.1000c', 'v') FROM n");
        return db;
    }

    private static List<string> TemporaryFiles() =>
        [.. Directory.EnumerateFileSystemEntries("/proc/self/fd")
            .Select(fd => { try { return new FileInfo(fd).LinkTarget; } catch (IOException) { return null; } catch (UnauthorizedAccessException) { return null; } })
            .OfType<string>()
            .Where(target => target.Contains("etilqs_", StringComparison.Ordinal))];

    private static async Task<int> ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
