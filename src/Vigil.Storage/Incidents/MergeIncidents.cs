using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;

namespace Vigil.Storage.Incidents;

/// <summary>
/// An editor's merge: the second incident's mentions move into the first, which keeps its status
/// and editor values and has its machine values recomputed; the second is deleted. The mentions are
/// pinned so re-clustering keeps the merge. Both changes are audited.
/// </summary>
public sealed class MergeIncidents(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Merges <paramref name="otherId"/> into <paramref name="targetId"/>: Ok, Invalid (the same incident twice) or NotFound.</summary>
    public async Task<Outcome> RunAsync(Guid targetId, Guid otherId, string actor, CancellationToken cancellationToken = default)
    {
        if (targetId == otherId)
        {
            return Outcome.Invalid("other", "cannot merge an incident with itself");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var target = await db.Incidents.FirstOrDefaultAsync(i => i.Id == targetId, cancellationToken);
        var other = await db.Incidents.FirstOrDefaultAsync(i => i.Id == otherId, cancellationToken);
        if (target is null || other is null)
        {
            return Outcome.NotFound($"incident {(target is null ? targetId : otherId)}");
        }

        var mentions = await db.Mentions.Where(m => m.IncidentId == targetId || m.IncidentId == otherId).ToListAsync(cancellationToken);
        foreach (var mention in mentions)
        {
            if (mention.IncidentId == otherId)
            {
                mention.MergeReason = $"merged by {actor} from incident {otherId}";
            }

            mention.IncidentId = targetId;
            mention.Pinned = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        var members = await IncidentMembers.LoadAsync(db, [targetId], cancellationToken);
        IncidentAggregate.Apply(target, members[targetId]);
        target.UpdatedAt = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
        var audit = new AuditLog(db, clock);
        await LinkPart.MovePartsAsync(db, audit, actor, otherId, target.PartOfId is null ? targetId : null, target.UpdatedAt, cancellationToken);
        if (other.IsWave && !target.IsWave)
        {
            target.IsWave = true;
        }

        db.Incidents.Remove(other);
        await audit.AppendAsync(actor, "incident.deleted", "incident", otherId.ToString(), AuditPayload.Deleted, cancellationToken);
        await audit.AppendAsync(actor, "incident.merged", "incident", targetId.ToString(), AuditPayload.HashOf(target, mentions.Select(m => (m.Id, m.Pinned))), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return Outcome.Ok;
    }
}
