using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

namespace Vigil.Storage.Sources;

/// <summary>
/// An editor's change to a source's kind, affiliation or reliability grade. The incidents it
/// reports are recomputed (best figure, corroboration) in the same transaction; all audited.
/// </summary>
public sealed class EditSource(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Applies the given changes (null = unchanged; empty affiliation = none): Ok, Invalid (kind, reliability) or NotFound.</summary>
    public async Task<Outcome> RunAsync(string name, string? kind, string? affiliation, string? reliability, string actor, CancellationToken cancellationToken = default)
    {
        if (kind is not null && !Source.Kinds.Contains(kind))
        {
            return Outcome.Invalid("kind", $"'{kind}' is not one of {string.Join(", ", Source.Kinds)}");
        }

        reliability = reliability?.ToUpperInvariant();
        if (reliability is not null && !Source.Grades.Contains(reliability))
        {
            return Outcome.Invalid("reliability", $"'{reliability}' is not an Admiralty grade A–F");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var key = Source.KeyOf(name);
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Key == key, cancellationToken);
        if (source is null)
        {
            return Outcome.NotFound($"source named '{name}'");
        }

        source.Kind = kind ?? source.Kind;
        source.Affiliation = affiliation is null ? source.Affiliation : affiliation.Trim().Length == 0 ? null : affiliation.Trim();
        source.Reliability = reliability ?? source.Reliability;
        var now = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
        var audit = new AuditLog(db, clock);
        await audit.AppendAsync(actor, "source.edited", "source", source.Id.ToString(), AuditPayload.HashOf(source), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        var incidents = await (from m in db.Mentions
                               join r in db.Reports on m.ReportId equals r.Id
                               where r.SourceId == source.Id && m.IncidentId != null
                               select m.IncidentId!.Value).Distinct().ToListAsync(cancellationToken);
        await RecomputeIncidents.RunAsync(db, audit, incidents, actor, "incident.recomputed", now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return Outcome.Ok;
    }
}
