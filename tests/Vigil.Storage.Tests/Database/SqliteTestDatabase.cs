using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Sqlite;

namespace Vigil.Storage.Tests.Database;

/// <summary>A SQLite file in the test's own temporary folder, opened the way the CLI opens it (WAL, foreign keys).</summary>
internal sealed class SqliteTestDatabase : ITestDatabase
{
    public Task<DbContextOptions<VigilDbContext>> CreateAsync(string folder) =>
        Task.FromResult(SqliteDatabase.Options(Path.Combine(folder, "vigil.db")));

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the folder can be deleted.
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
