using Microsoft.EntityFrameworkCore;
using Vigil.Core;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;

namespace Vigil.Storage.Persons;

/// <summary>
/// An editor's merge: every mention of <c>other</c> joins <c>target</c> (its review state is kept; <c>other</c> is
/// deleted). All the mentions are pinned so re-linking keeps the merge, even across names the linker would not join.
/// </summary>
public sealed class MergePersons(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Merges <paramref name="otherId"/> into <paramref name="targetId"/>; returns the problem, or null.</summary>
    public async Task<UserMessage?> RunAsync(Guid targetId, Guid otherId, string actor, CancellationToken cancellationToken = default)
    {
        if (targetId == otherId)
        {
            return "a person cannot be merged with itself";
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = await db.Persons.Where(p => p.Id == targetId || p.Id == otherId).Select(p => p.Id).ToListAsync(cancellationToken);
        if (!found.Contains(targetId) || !found.Contains(otherId))
        {
            return $"no person {(found.Contains(targetId) ? otherId : targetId)}";
        }

        foreach (var m in await db.PersonMentions.Where(m => m.PersonId == targetId || m.PersonId == otherId).ToListAsync(cancellationToken))
        {
            m.Pinned = true;
            if (m.PersonId == otherId)
            {
                m.PersonId = targetId;
                m.LinkReason = $"merged by an editor from person {otherId}";
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var audit = new AuditLog(db, clock);
        await new LinkPersons(db, clock).DescribeAsync([targetId], audit, actor, cancellationToken, "person.merged");
        await new LinkPersons(db, clock).DescribeAsync([otherId], audit, actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return null;
    }
}
