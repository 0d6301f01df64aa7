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
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        return VigilDbContext.Defaults(builder)
            .UseSqlite(connection, sqlite => sqlite.MigrationsAssembly(MigrationsAssembly))
            .AddInterceptors(new SqlitePragmas(memoryMapped), Incidents.IncidentSearchOnCommit.Sqlite);
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
