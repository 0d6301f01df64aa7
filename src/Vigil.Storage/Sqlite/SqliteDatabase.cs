using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Vigil.Storage.Database;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// The embedded default: a SQLite file in the data directory, in WAL mode. The migrations live in their own
/// assembly (<c>Vigil.Storage.Sqlite</c>, this namespace), named here so that Storage can choose the provider.
/// </summary>
public static class SqliteDatabase
{
    /// <summary>The assembly holding the SQLite migrations.</summary>
    public const string MigrationsAssembly = "Vigil.Storage.Sqlite";

    /// <summary>Options for a context over the SQLite file at <paramref name="path"/>, with this project's migrations.</summary>
    public static DbContextOptions<VigilDbContext> Options(string path) =>
        Configure(new DbContextOptionsBuilder<VigilDbContext>(), path).Options;

    /// <summary>
    /// Configures <paramref name="builder"/> for the SQLite file at <paramref name="path"/>. With
    /// <paramref name="memoryMapped"/> (the web app, many concurrent readers) the file is read through a memory
    /// map up to 2 GiB: each pooled connection's own small page cache otherwise turns every page into a read()
    /// call; and the temporary b-trees of a query's sort or IN list are kept in memory rather than in temporary files
    /// (a page's queries hold at most a few thousand ids there; a name search's sets had cost as much in system calls as
    /// in SQLite). The CLI reads through the page cache, so its working set is its own memory, not the file's pages, and
    /// its exports' sorts may be large; that cache is 32 MiB rather than SQLite's 2 MB, because an ingest re-reads the
    /// same index pages every batch and each miss is a pread() (a fifth of an ingest's CPU was the kernel's, session 12),
    /// and the WAL is copied back into the file every 64 MiB rather than every 4 MB, so a page an ingest rewrites batch
    /// after batch is copied once per checkpoint. On 2,000 generated reports: 4.5× fewer preads, 111 → 15 fsyncs, ~13 %
    /// less process CPU, ~35 MB more peak working set (docs/scaling.md, session 13).
    /// </summary>
    public static DbContextOptionsBuilder<VigilDbContext> Configure(DbContextOptionsBuilder<VigilDbContext> builder, string path, bool memoryMapped = false)
    {
        _ = StatementJournalsInMemory;
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        return VigilDbContext.Defaults(builder)
            .UseSqlite(connection, sqlite => sqlite.MigrationsAssembly(MigrationsAssembly))
            .AddInterceptors(new SqlitePragmas(memoryMapped), Incidents.IncidentSearchOnCommit.Sqlite);
    }

    /// <summary>
    /// Statement journals are kept in memory, never in temporary files (<c>SQLITE_CONFIG_STMTJRNL_SPILL</c> = -1; SQLite's
    /// default moves a journal to a file once it passes 64 KiB). Inside a transaction, every statement that could fail
    /// halfway (an insert into a table with a unique index, a foreign key or a trigger) journals the pages it changes that
    /// were in the file before it began, so that a failure undoes that statement alone. Once one statement of a transaction
    /// passed 64 KiB, the journal stayed a file for the rest of the transaction and every later statement wrote its pages
    /// to it with a system call: an ingest batch of 64 reports wrote 8–28 MB of statement journal, four times what it wrote
    /// to the WAL (strace of 640 generated reports: 204 MB of statement journals against 50 MB of WAL; docs/scaling.md,
    /// session 28). A journal is emptied, and its memory freed, when its statement ends, so a connection holds at most the
    /// original pages of the one statement it is running: the web app's connections (<c>temp_store=MEMORY</c>) already kept
    /// every statement journal in memory. No bound above 64 KiB is given because this SQLite fails a statement whose
    /// journal moves to a file past a larger bound ("database or disk is full", measured with 1, 4 and 16 MiB; docs/scaling.md, session 28).
    /// </summary>
    internal const int StatementJournalSpill = -1;

    // SQLITE_CONFIG_STMTJRNL_SPILL (sqlite3.h).
    private const int ConfigStatementJournalSpill = 26;

    /// <summary>
    /// Whether <see cref="StatementJournalSpill"/> is in force in this process. SQLite takes the setting only before its
    /// first connection opens, so it is given the first time a store is configured; a process that opened another SQLite
    /// connection first keeps SQLite's default, which changes the cost of a transaction, never its result.
    /// </summary>
    internal static bool StatementJournalsInMemory { get; } = ConfigureStatementJournals();

    private static bool ConfigureStatementJournals()
    {
        SQLitePCL.Batteries_V2.Init();
        return SQLitePCL.raw.sqlite3_config(ConfigStatementJournalSpill, StatementJournalSpill) == SQLitePCL.raw.SQLITE_OK;
    }

    /// <summary>
    /// WAL lets readers work during an ingest; NORMAL sync is crash-safe in WAL mode (a killed process loses no committed
    /// transaction). The settings belong to the native connection, which the pool keeps open between a context's opens
    /// (EF opens and closes it around every query): they are sent once per native connection, not before every query
    /// (five statements each time, the most a small read did besides its own).
    /// </summary>
    private sealed class SqlitePragmas(bool memoryMapped) : DbConnectionInterceptor
    {
        private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _applied = [];

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private void Apply(DbConnection connection)
        {
            // Every open: Microsoft.Data.Sqlite keeps the function with this connection object and registers it again on
            // its later opens, but a pooled native connection may come back under another object.
            var sqlite = (SqliteConnection)connection;
            sqlite.CreateFunction<string?, string?>(Reports.SearchReports.FoldFunction, text => text is null ? null : Reports.SearchReports.Fold(text), isDeterministic: true);
            var handle = sqlite.Handle;
            if (handle is not null && _applied.TryGetValue(handle, out _))
            {
                return;
            }

            using (var command = connection.CreateCommand())
            {
                command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;"
                    + (memoryMapped ? " PRAGMA mmap_size=2147418112; PRAGMA temp_store=MEMORY;" : " PRAGMA cache_size=-32768; PRAGMA wal_autocheckpoint=16384;");
                command.ExecuteNonQuery();
            }

            if (handle is not null)
            {
                _applied.AddOrUpdate(handle, handle);
            }
        }
    }
}
