using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Audit;

/// <summary>
/// Appends entries to the audit log inside the caller's transaction. It reads the chain head once
/// per transaction. On PostgreSQL, where several processes (app servers, an ingest) write at once, the
/// head is read under a transaction-scoped advisory lock, so writers take their turn at the chain
/// instead of colliding on the same sequence number; the lock is released by the commit or rollback.
/// On SQLite the database has one writer at a time already; a writer that still collides on the
/// primary key fails its transaction, which writes nothing.
/// </summary>
public sealed class AuditLog
{
    // pg_advisory_xact_lock's key for the chain: a constant of Vigil's own ('VGA1').
    private const long ChainLock = 0x56474131;

    private readonly VigilDbContext _db;
    private readonly TimeProvider _clock;
    private long _sequence;
    private string _head = AuditChain.GenesisHash;
    private bool _loaded;

    /// <summary>Creates an appender over <paramref name="db"/>.</summary>
    public AuditLog(VigilDbContext db, TimeProvider clock)
    {
        _db = db;
        _clock = clock;
    }

    /// <summary>Forgets the cached head; call when a transaction was rolled back.</summary>
    public void Reset() => _loaded = false;

    /// <summary>
    /// When set, new entries go to this list instead of the context, and the caller inserts them itself before it commits
    /// (ingest writes them with <see cref="BulkRows"/>, without the change tracker). The chain is the same either way.
    /// </summary>
    public List<AuditEntry>? Collected { get; set; }

    /// <summary>Adds an entry for an action on a row to the context (saved with the caller's SaveChanges).</summary>
    public async Task<AuditEntry> AppendAsync(string actor, string action, string subjectType, string subjectId, string payloadHash, CancellationToken cancellationToken = default)
    {
        await HoldAsync(cancellationToken);

        var at = AuditChain.Truncate(_clock.GetUtcNow().UtcDateTime);
        var sequence = _sequence + 1;
        var entry = new AuditEntry
        {
            Sequence = sequence,
            At = at,
            Actor = actor,
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId,
            PayloadHash = payloadHash,
            PreviousHash = _head,
            Hash = AuditChain.HashOf(sequence, at, actor, action, subjectType, subjectId, payloadHash, _head),
        };
        if (Collected is { } collected)
        {
            collected.Add(entry);
        }
        else
        {
            _db.AuditEntries.Add(entry);
        }

        _sequence = sequence;
        _head = entry.Hash;
        return entry;
    }

    /// <summary>
    /// Takes this transaction's turn at the chain now (on PostgreSQL the advisory lock; then the head), rather than at the
    /// first append. A writer that must decide what to write from rows other writers also claim (the mentions not yet
    /// clustered) calls it before reading them, so two writers never claim the same rows.
    /// </summary>
    public async Task HoldAsync(CancellationToken cancellationToken = default)
    {
        if (_loaded)
        {
            return;
        }

        if (_db.Database.CurrentTransaction is not null && _db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            await _db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ChainLock})", cancellationToken);
        }

        var last = await _db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        _sequence = last?.Sequence ?? 0;
        _head = last?.Hash ?? AuditChain.GenesisHash;
        _loaded = true;
    }
}
