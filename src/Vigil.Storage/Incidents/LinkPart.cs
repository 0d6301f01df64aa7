using Microsoft.EntityFrameworkCore;
using Vigil.Core.Incidents;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;

namespace Vigil.Storage.Incidents;

/// <summary>
/// An editor's decision that an incident (one day, one place) is, or is not, a part of a wave. The decision is pinned
/// (<see cref="Incident.PartOfPinned"/>: re-clustering leaves it) and audited like every incident edit. Parts are one
/// level deep: a wave is part of nothing, and a part has no parts of its own.
/// </summary>
public sealed class LinkPart(VigilDbContext db, TimeProvider clock)
{
    /// <summary>Makes <paramref name="partId"/> a part of <paramref name="waveId"/>: Ok, Invalid (field <c>part_of</c>) or NotFound.</summary>
    public async Task<Outcome> LinkAsync(Guid partId, Guid waveId, string actor, CancellationToken cancellationToken = default)
    {
        if (partId == waveId)
        {
            return Outcome.Invalid("part_of", "an incident cannot be a part of itself");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var part = await db.Incidents.FirstOrDefaultAsync(i => i.Id == partId, cancellationToken);
        var wave = await db.Incidents.FirstOrDefaultAsync(i => i.Id == waveId, cancellationToken);
        if (part is null || wave is null)
        {
            return Outcome.NotFound($"incident {(part is null ? partId : waveId)}");
        }

        if (wave.PartOfId is { } above)
        {
            return Outcome.Invalid("part_of", $"incident {waveId} is itself a part of incident {above}; parts are one level deep, so link to that wave");
        }

        if (await db.Incidents.AnyAsync(i => i.PartOfId == partId, cancellationToken))
        {
            return Outcome.Invalid("part_of", $"incident {partId} has parts of its own; a wave cannot be a part of another");
        }

        var now = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
        (part.PartOfId, part.PartOfPinned, part.PartOfReason, part.UpdatedAt) = (waveId, true, $"linked by {actor}", now);
        var audit = new AuditLog(db, clock);
        await AuditAsync(db, audit, part, actor, "incident.part_linked", cancellationToken);
        if (!wave.IsWave)
        {
            // It has parts now: its figures are a wave's and are kept apart from theirs.
            (wave.IsWave, wave.UpdatedAt) = (true, now);
            await AuditAsync(db, audit, wave, actor, "incident.edited", cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return Outcome.Ok;
    }

    /// <summary>Makes <paramref name="partId"/> a part of no wave, and keeps it so through re-clustering: Ok or NotFound.</summary>
    public async Task<Outcome> UnlinkAsync(Guid partId, string actor, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var part = await db.Incidents.FirstOrDefaultAsync(i => i.Id == partId, cancellationToken);
        if (part is null)
        {
            return Outcome.NotFound($"incident {partId}");
        }

        var was = part.PartOfId;
        (part.PartOfId, part.PartOfPinned, part.UpdatedAt) = (null, true, AuditChain.Truncate(clock.GetUtcNow().UtcDateTime));
        part.PartOfReason = was is null ? $"kept out of every wave by {actor}" : $"unlinked by {actor} from incident {was}";
        await AuditAsync(db, new AuditLog(db, clock), part, actor, "incident.part_unlinked", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return Outcome.Ok;
    }

    /// <summary>
    /// Moves the parts of <paramref name="fromWave"/> (an incident about to be deleted or merged away) to
    /// <paramref name="toWave"/>, or to no wave, auditing each; inside the caller's transaction. <paramref name="arrange"/>, if
    /// given, is applied to each part read first: clustering gives it the round's link there, when the part is not yet read.
    /// </summary>
    internal static async Task MovePartsAsync(VigilDbContext db, AuditLog audit, string actor, Guid fromWave, Guid? toWave, DateTime now, CancellationToken cancellationToken, Action<Incident>? arrange = null)
    {
        foreach (var part in await db.Incidents.Where(i => i.PartOfId == fromWave).ToListAsync(cancellationToken))
        {
            arrange?.Invoke(part);
            if (part.PartOfId != fromWave)
            {
                continue; // re-linked by the caller (clustering), not yet saved
            }

            (part.PartOfId, part.UpdatedAt) = (toWave, now);
            part.PartOfReason = toWave is null ? $"its wave {fromWave} was dissolved" : $"its wave {fromWave} was merged into {toWave}";
            await AuditAsync(db, audit, part, actor, "incident.linked", cancellationToken);
        }
    }

    /// <summary>
    /// Re-links by the clustering rules (<see cref="IncidentClusterer.Link"/>) the waves and parts around incidents an editor
    /// has just regrouped: those incidents, the waves they were parts of and the parts they had, each as it now stands. Links
    /// an editor pinned stay, and an incident with parts an editor linked stays a wave. Returns the incidents whose wave flag
    /// or link changed (tracked; the caller audits them). Inside the caller's transaction, after the regrouping is saved.
    /// </summary>
    internal static async Task<List<Incident>> RelinkAsync(VigilDbContext db, IReadOnlyCollection<Incident> regrouped, CancellationToken cancellationToken)
    {
        var around = regrouped.ToDictionary(i => i.Id);
        foreach (var wave in regrouped.Where(i => i.PartOfId is not null).Select(i => i.PartOfId!.Value).Distinct().ToList())
        {
            if (!around.ContainsKey(wave) && await db.Incidents.FirstOrDefaultAsync(i => i.Id == wave, cancellationToken) is { } found)
            {
                around[wave] = found;
            }
        }

        var regroupedIds = regrouped.Select(i => i.Id).ToList();
        foreach (var part in await db.Incidents.Where(i => i.PartOfId != null && regroupedIds.Contains(i.PartOfId.Value)).ToListAsync(cancellationToken))
        {
            around.TryAdd(part.Id, part);
        }

        var scope = around.Keys.ToList();
        var mentions = (await db.Mentions.AsNoTracking().Where(m => m.IncidentId != null && scope.Contains(m.IncidentId.Value)).ToListAsync(cancellationToken))
            .ToLookup(m => m.IncidentId!.Value);
        var order = scope.Where(id => mentions[id].Any()).Order().ToList();
        var linked = new IncidentClusterer().Link([.. order.Select(id => (IReadOnlyList<MentionRecord>)[.. mentions[id].Select(m => MentionRecords.Of(m, null))])]);
        var incidentOf = new Dictionary<Guid, Guid>();
        for (var k = 0; k < order.Count; k++)
        {
            incidentOf[linked[k].Key] = order[k];
        }

        var editorWaves = (await db.Incidents.AsNoTracking().Where(i => i.PartOfPinned && i.PartOfId != null && scope.Contains(i.PartOfId.Value))
            .Select(i => i.PartOfId!.Value).ToListAsync(cancellationToken)).ToHashSet();
        var changed = new List<Incident>();
        for (var k = 0; k < order.Count; k++)
        {
            var incident = around[order[k]];
            var isWave = linked[k].IsWave || editorWaves.Contains(incident.Id);
            Guid? partOf = linked[k].PartOf is { } key && incidentOf.TryGetValue(key, out var wave) && wave != incident.Id ? wave : null;
            var reason = partOf is null && linked[k].PartOf is not null ? null : linked[k].PartReason;
            var relink = !incident.PartOfPinned && (incident.PartOfId != partOf || incident.PartOfReason != reason);
            if (incident.IsWave == isWave && !relink)
            {
                continue;
            }

            incident.IsWave = isWave;
            if (relink)
            {
                (incident.PartOfId, incident.PartOfReason) = (partOf, reason);
            }

            changed.Add(incident);
        }

        return changed;
    }

    internal static async Task AuditAsync(VigilDbContext db, AuditLog audit, Incident incident, string actor, string action, CancellationToken cancellationToken)
    {
        var members = await db.Mentions.AsNoTracking().Where(m => m.IncidentId == incident.Id).Select(m => new { m.Id, m.Pinned }).ToListAsync(cancellationToken);
        await audit.AppendAsync(actor, action, "incident", incident.Id.ToString(), AuditPayload.HashOf(incident, members.Select(m => (m.Id, m.Pinned))), cancellationToken);
    }
}
