using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;

namespace Vigil.Storage.Incidents;

/// <summary>Recomputes incidents' machine values from their mentions (after a grade changed) and audits those that changed.</summary>
internal static class RecomputeIncidents
{
    /// <summary>Re-aggregates the incidents (tracked by <paramref name="db"/>'s caller transaction) and appends an entry for each that changed.</summary>
    public static async Task<int> RunAsync(VigilDbContext db, AuditLog audit, IReadOnlyCollection<Guid> incidentIds, string actor, string action, DateTime now, CancellationToken cancellationToken)
    {
        var members = await IncidentMembers.LoadAsync(db, incidentIds, cancellationToken);
        var changed = 0;
        foreach (var chunk in incidentIds.Chunk(500))
        {
            foreach (var incident in await db.Incidents.Where(i => chunk.Contains(i.Id)).ToListAsync(cancellationToken))
            {
                var list = members[incident.Id];
                var before = AuditPayload.HashOf(incident, list.Select(m => (m.Mention.Id, m.Mention.Pinned)));
                if (list.Count > 0)
                {
                    IncidentAggregate.Apply(incident, list);
                }

                var after = AuditPayload.HashOf(incident, list.Select(m => (m.Mention.Id, m.Mention.Pinned)));
                if (after != before)
                {
                    incident.UpdatedAt = now;
                    await audit.AppendAsync(actor, action, "incident", incident.Id.ToString(), after, cancellationToken);
                    changed++;
                }
            }
        }

        return changed;
    }
}
