using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;

namespace Vigil.Storage.Users;

/// <summary>
/// Runs one write and its audit entries in a transaction. Another writer (an ingest from the command
/// line, a second browser tab) may take the same audit sequence number first; the loser's transaction
/// fails on the primary key and is run again from what is now stored.
/// </summary>
public static class AuditedWrite
{
    private const int Attempts = 3;

    /// <summary>Runs <paramref name="write"/> (which changes tracked rows and appends audit entries), saves and commits.</summary>
    public static async Task<T> RunAsync<T>(VigilDbContext db, TimeProvider clock, Func<AuditLog, Task<T>> write, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var audit = new AuditLog(db, clock);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var result = await write(audit);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
    }
}
