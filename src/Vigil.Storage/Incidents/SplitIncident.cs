using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;

namespace Vigil.Storage.Incidents;

/// <summary>
/// An editor's split: the chosen mentions leave an incident and form a new one (unreviewed, machine
/// values from its mentions). All mentions of both are pinned so re-clustering keeps the split. Wave flags and part links
/// around the two are re-linked at once (<see cref="LinkPart.RelinkAsync"/>).
/// </summary>
public sealed class SplitIncident(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Moves <paramref name="mentionIds"/> out of <paramref name="incidentId"/>: the new incident's id, or NotFound / Invalid (mentions).</summary>
    public async Task<Outcome<Guid>> RunAsync(Guid incidentId, IReadOnlyCollection<Guid> mentionIds, string actor, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var incident = await db.Incidents.FirstOrDefaultAsync(i => i.Id == incidentId, cancellationToken);
        if (incident is null)
        {
            return Outcome.NotFound($"incident {incidentId}");
        }

        var mentions = await db.Mentions.Where(m => m.IncidentId == incidentId).ToListAsync(cancellationToken);
        var moving = mentions.Where(m => mentionIds.Contains(m.Id)).ToList();
        var stranger = mentionIds.FirstOrDefault(id => mentions.All(m => m.Id != id));
        if (stranger != Guid.Empty)
        {
            return Outcome.Invalid("mentions", $"mention {stranger} is not part of incident {incidentId}");
        }

        if (moving.Count == 0 || moving.Count == mentions.Count)
        {
            return Outcome.Invalid("mentions", "choose some, but not all, of the incident's mentions to split off");
        }

        var created = new Incident { Id = Guid.CreateVersion7(), Type = moving[0].Type, UpdatedAt = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime) };
        db.Incidents.Add(created);
        foreach (var mention in mentions)
        {
            mention.Pinned = true;
            if (moving.Contains(mention))
            {
                mention.IncidentId = created.Id;
                mention.MergeReason = $"split by {actor} from incident {incidentId}";
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var members = await IncidentMembers.LoadAsync(db, [incidentId, created.Id], cancellationToken);
        IncidentAggregate.Apply(incident, members[incidentId]);
        IncidentAggregate.Apply(created, members[created.Id]);
        incident.UpdatedAt = created.UpdatedAt;

        // Waves and parts follow at once (not at the next recluster): the split-off day may be a part of the wave, a split
        // wave's parts may now fit one half better, or equally both (then they say so).
        var relinked = await LinkPart.RelinkAsync(db, [incident, created], cancellationToken);
        var audit = new AuditLog(db, clock);
        foreach (var other in relinked.Where(i => i.Id != incidentId && i.Id != created.Id).OrderBy(i => i.Id))
        {
            other.UpdatedAt = created.UpdatedAt;
            await LinkPart.AuditAsync(db, audit, other, actor, "incident.linked", cancellationToken);
        }

        await audit.AppendAsync(actor, "incident.split", "incident", incidentId.ToString(), AuditPayload.HashOf(incident, mentions.Except(moving).Select(m => (m.Id, m.Pinned))), cancellationToken);
        await audit.AppendAsync(actor, "incident.created", "incident", created.Id.ToString(), AuditPayload.HashOf(created, moving.Select(m => (m.Id, m.Pinned))), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return created.Id;
    }
}
