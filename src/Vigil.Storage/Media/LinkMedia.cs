using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Users;

namespace Vigil.Storage.Media;

/// <summary>An editor attaches a media item (by any of its evidence files) to an incident, or takes it off; each change is an audit entry.</summary>
public sealed class LinkMedia(Database.VigilDbContext db, TimeProvider clock)
{
    /// <summary>The audit subject id of a link.</summary>
    public static string SubjectId(Guid incidentId, string evidenceId) => $"{incidentId}/{evidenceId}";

    /// <summary>Attaches: Ok, NotFound (incident or evidence file) or Conflict (already attached).</summary>
    public async Task<Outcome> AttachAsync(Guid incidentId, string evidenceId, string actor, CancellationToken cancellationToken = default)
    {
        if (!await db.Incidents.AsNoTracking().AnyAsync(i => i.Id == incidentId, cancellationToken))
        {
            return Outcome.NotFound($"incident {incidentId}");
        }

        if (!await db.Evidence.AsNoTracking().AnyAsync(e => e.Id == evidenceId, cancellationToken))
        {
            return Outcome.NotFound($"evidence file {evidenceId[..Math.Min(12, evidenceId.Length)]}");
        }

        if (await db.IncidentMedia.AsNoTracking().AnyAsync(l => l.IncidentId == incidentId && l.EvidenceId == evidenceId, cancellationToken))
        {
            return Outcome.Conflict("already attached");
        }

        await AuditedWrite.RunAsync(db, clock, async audit =>
        {
            var link = new IncidentMedia { IncidentId = incidentId, EvidenceId = evidenceId, LinkedBy = actor, LinkedAt = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime) };
            db.IncidentMedia.Add(link);
            await audit.AppendAsync(actor, "media.attached", "incident_media", SubjectId(incidentId, evidenceId), HashOf(link), cancellationToken);
            return true;
        }, cancellationToken);
        db.ChangeTracker.Clear();
        return Outcome.Ok;
    }

    /// <summary>Takes a media item off an incident: Ok, or NotFound when it is not attached.</summary>
    public async Task<Outcome> DetachAsync(Guid incidentId, string evidenceId, string actor, CancellationToken cancellationToken = default)
    {
        var link = await db.IncidentMedia.FirstOrDefaultAsync(l => l.IncidentId == incidentId && l.EvidenceId == evidenceId, cancellationToken);
        if (link is null)
        {
            return Outcome.NotFound("such media item attached to the incident");
        }

        await AuditedWrite.RunAsync(db, clock, async audit =>
        {
            db.IncidentMedia.Remove(link);
            await audit.AppendAsync(actor, "media.detached", "incident_media", SubjectId(incidentId, evidenceId), AuditPayload.Deleted, cancellationToken);
            return true;
        }, cancellationToken);
        db.ChangeTracker.Clear();
        return Outcome.Ok;
    }

    /// <summary>Hex SHA-256 of a link's canonical payload, which <c>vigil verify</c> recomputes.</summary>
    public static string HashOf(IncidentMedia link) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{{\"type\":\"incident_media\",\"incident_id\":\"{link.IncidentId}\",\"evidence_id\":\"{link.EvidenceId}\",\"linked_by\":{System.Text.Json.JsonSerializer.Serialize(link.LinkedBy)}}}")));
}
