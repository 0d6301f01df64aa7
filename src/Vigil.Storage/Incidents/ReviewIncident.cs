using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;

namespace Vigil.Storage.Incidents;

/// <summary>
/// An editor's review of one incident: set its status, or set a field's value (kept beside the
/// machine value). Every action pins the incident's mentions, so re-clustering keeps the editor's
/// decision, and appends an audit entry.
/// </summary>
public sealed class ReviewIncident(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Sets the review status: Ok, Invalid (status) or NotFound.</summary>
    public async Task<Outcome> SetStatusAsync(Guid id, string status, string actor, CancellationToken cancellationToken = default)
    {
        if (!IncidentStatus.All.Contains(status))
        {
            return Outcome.Invalid("status", $"'{status}' is not one of {string.Join(", ", IncidentStatus.All)}");
        }

        return await ChangeAsync(id, actor, $"incident.{status}", incident => incident.Status = status, cancellationToken);
    }

    /// <summary>Sets (or, with an empty value, clears) an editor's value for a field: Ok, Invalid (naming the field) or NotFound.</summary>
    public async Task<Outcome> SetFieldAsync(Guid id, string field, string value, string actor, CancellationToken cancellationToken = default)
    {
        if (IncidentOverrides.Validate(field, value) is { Succeeded: false } problem)
        {
            return problem;
        }

        return await ChangeAsync(id, actor, "incident.edited", incident =>
        {
            var overrides = IncidentOverrides.Of(incident);
            if (value.Length == 0)
            {
                overrides.Remove(field);
            }
            else
            {
                overrides[field] = value;
            }

            incident.OverridesJson = JsonSerializer.Serialize(new SortedDictionary<string, string>(overrides, StringComparer.Ordinal));
        }, cancellationToken);
    }

    private async Task<Outcome> ChangeAsync(Guid id, string actor, string action, Action<Incident> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var incident = await db.Incidents.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (incident is null)
        {
            return Outcome.NotFound($"incident {id}");
        }

        change(incident);
        incident.UpdatedAt = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
        var mentions = await db.Mentions.Where(m => m.IncidentId == id).ToListAsync(cancellationToken);
        foreach (var mention in mentions)
        {
            mention.Pinned = true;
        }

        await new AuditLog(db, clock).AppendAsync(actor, action, "incident", id.ToString(), AuditPayload.HashOf(incident, mentions.Select(m => (m.Id, m.Pinned))), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return Outcome.Ok;
    }
}
