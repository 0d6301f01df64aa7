using Microsoft.EntityFrameworkCore;
using Vigil.Core;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;

namespace Vigil.Storage.Persons;

/// <summary>
/// An editor's split: the chosen mentions leave a person and form a new, unreviewed one. The mentions of both are pinned
/// so re-linking keeps the split.
/// </summary>
public sealed class SplitPerson(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Moves <paramref name="mentionIds"/> out of <paramref name="personId"/>; returns the new person's id, or the problem.</summary>
    public async Task<(Guid? NewId, UserMessage? Problem)> RunAsync(Guid personId, IReadOnlyCollection<Guid> mentionIds, string actor, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.Persons.AnyAsync(p => p.Id == personId, cancellationToken))
        {
            return (null, $"no person {personId}");
        }

        var mentions = await db.PersonMentions.Where(m => m.PersonId == personId).ToListAsync(cancellationToken);
        var stranger = mentionIds.FirstOrDefault(id => mentions.All(m => m.Id != id));
        if (stranger != Guid.Empty)
        {
            return (null, $"mention {stranger} is not part of person {personId}");
        }

        var moving = mentions.Where(m => mentionIds.Contains(m.Id)).ToList();
        if (moving.Count == 0 || moving.Count == mentions.Count)
        {
            return (null, "choose some, but not all, of the person's mentions to split off");
        }

        var created = Guid.CreateVersion7();
        foreach (var m in mentions)
        {
            m.Pinned = true;
            if (moving.Contains(m))
            {
                m.PersonId = created;
                m.LinkReason = $"split by an editor from person {personId}";
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var audit = new AuditLog(db, clock);
        var link = new LinkPersons(db, clock);
        await link.DescribeAsync([personId], audit, actor, cancellationToken, "person.split");
        await link.DescribeAsync([created], audit, actor, cancellationToken, "person.created");
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (created, null);
    }
}
