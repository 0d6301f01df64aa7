using Vigil.Storage.Audit;
using Vigil.Storage.Database;

namespace Vigil.Storage.Blobs;

/// <summary>
/// Copies every blob of one store into another: the data directory's files into PostgreSQL's <c>blobs</c> table when a
/// store moves to several app servers (<c>--blobs database</c>), or the table back into files. Each blob's bytes are
/// checked against its id (their SHA-256) before they are written, so a changed or damaged blob is reported and never
/// copied under a name that is not its hash. A blob already in the target is left as it is, so a copy that was stopped
/// part-way is finished by running it again; the source is never changed. The copy is recorded in the audit log.
/// </summary>
public sealed class CopyBlobs(VigilDbContext db, TimeProvider clock)
{
    /// <summary>The audit action of a copy: an event in the blobs' custody, not a row's state (<c>vigil verify</c> checks no row for it).</summary>
    public const string Action = "blobs.copied";

    /// <summary>
    /// Copies the blobs of <paramref name="from"/> missing from <paramref name="to"/>; <paramref name="progress"/> is told
    /// after each blob (done, total).
    /// </summary>
    public async Task<BlobCopy> RunAsync(BlobStore from, BlobStore to, string actor, Action<int, int>? progress = null, CancellationToken cancellationToken = default)
    {
        var ids = from.ListIds();
        var copied = new List<string>();
        var damaged = new List<string>();
        long bytesCopied = 0;
        var present = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = ids[i];
            if (to.Exists(id))
            {
                present++;
            }
            else if (from.Read(id) is not { } bytes || BlobStore.IdOf(bytes) != id)
            {
                damaged.Add(id);
            }
            else
            {
                to.Put(id, bytes);
                copied.Add(id);
                bytesCopied += bytes.Length;
            }

            progress?.Invoke(i + 1, ids.Count);
        }

        if (copied.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await new AuditLog(db, clock).AppendAsync(actor, Action, "blobs", to.IsDatabase ? "database" : "files", AuditPayload.HashOfBlobs(copied), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return new BlobCopy(copied.Count, bytesCopied, present, damaged);
    }
}

/// <summary>What <see cref="CopyBlobs"/> did: blobs copied (and their bytes), already in the target, and damaged (not copied).</summary>
public sealed record BlobCopy(int Copied, long CopiedBytes, int AlreadyThere, IReadOnlyList<string> Damaged);
