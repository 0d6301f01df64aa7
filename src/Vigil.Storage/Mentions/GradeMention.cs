using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

namespace Vigil.Storage.Mentions;

/// <summary>An editor's information-credibility grade (1–6) for one mention; its incident is recomputed. Audited.</summary>
public sealed class GradeMention(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Sets the grade: Ok, Invalid (credibility) or NotFound.</summary>
    public async Task<Outcome> RunAsync(Guid mentionId, int credibility, string actor, CancellationToken cancellationToken = default)
    {
        if (credibility is < 1 or > 6)
        {
            return Outcome.Invalid("credibility", $"{credibility} is not a grade 1–6");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var mention = await db.Mentions.FirstOrDefaultAsync(m => m.Id == mentionId, cancellationToken);
        if (mention is null)
        {
            return Outcome.NotFound($"mention {mentionId}");
        }

        mention.Credibility = credibility;
        var audit = new AuditLog(db, clock);
        await audit.AppendAsync(actor, "mention.graded", "credibility", mentionId.ToString(), AuditPayload.HashOfCredibility(mentionId, credibility), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (mention.IncidentId is { } incidentId)
        {
            await RecomputeIncidents.RunAsync(db, audit, [incidentId], actor, "incident.recomputed", AuditChain.Truncate(clock.GetUtcNow().UtcDateTime), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return Outcome.Ok;
    }
}
