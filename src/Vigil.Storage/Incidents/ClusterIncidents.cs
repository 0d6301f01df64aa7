using Microsoft.EntityFrameworkCore;
using Vigil.Core.Incidents;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;
using Vigil.Storage.Mentions;

namespace Vigil.Storage.Incidents;

/// <summary>
/// Turns Mentions into Incidents with Core's <see cref="IncidentClusterer"/>. On ingest only the
/// blocks the new mentions touch are re-clustered (<see cref="IncidentClusterer.CollectAffected"/>);
/// <c>vigil recluster</c> re-clusters everything; both give the same incidents because a machine
/// incident's id is its smallest member mention id. An editor's decisions hold: pinned mentions
/// never move, and unpinned mentions that cluster with exactly one pinned incident join it.
/// </summary>
public sealed class ClusterIncidents(VigilDbContext db, TimeProvider clock, ClusteringOptions? options = null)
{
    private readonly IncidentClusterer _clusterer = new(options);

    /// <summary>Records the new mentions' blocks and re-clusters what they touch, inside the caller's transaction.</summary>
    public async Task<ClusterSummary> UpdateAsync(IReadOnlyCollection<Mention> arriving, AuditLog audit, string actor, CancellationToken cancellationToken = default)
    {
        if (arriving.Count == 0)
        {
            return new ClusterSummary(0, 0, 0, 0);
        }

        var sourceKeys = await SourceKeysAsync(arriving.Select(m => m.ReportId).Distinct().ToList(), cancellationToken);
        var records = arriving.Select(m => MentionRecords.Of(m, sourceKeys.GetValueOrDefault(m.ReportId))).ToList();
        foreach (var record in records)
        {
            foreach (var key in _clusterer.BlockKeysOf(record))
            {
                db.MentionBlocks.Add(new MentionBlock { Key = key.ToString(), MentionId = record.Id });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var affected = _clusterer.CollectAffected(records, keys => StoredInBlocks(keys));
        return await ApplyAsync([.. affected.Select(r => r.Id)], affected, audit, actor, cancellationToken);
    }

    /// <summary>Re-clusters every mention from scratch (<c>vigil recluster</c>), and rebuilds statements and speakers, in one transaction.</summary>
    public async Task<ClusterSummary> RebuildAsync(string actor, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var audit = new AuditLog(db, clock);
        var sourceKeys = await SourceKeysAsync(null, cancellationToken);
        var mentions = await db.Mentions.AsNoTracking().ToListAsync(cancellationToken);
        var records = mentions.Select(m => MentionRecords.Of(m, sourceKeys.GetValueOrDefault(m.ReportId))).ToList();

        // Blocks are derived data; rebuild them too, so options changes take effect.
        await db.MentionBlocks.ExecuteDeleteAsync(cancellationToken);
        foreach (var record in records)
        {
            foreach (var key in _clusterer.BlockKeysOf(record))
            {
                db.MentionBlocks.Add(new MentionBlock { Key = key.ToString(), MentionId = record.Id });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var summary = await ApplyAsync([.. records.Select(r => r.Id)], records, audit, actor, cancellationToken);

        // Machine incidents left with no mentions at all (e.g. their reports were re-extracted).
        var orphans = await db.Incidents.Where(i => !db.Mentions.Any(m => m.IncidentId == i.Id)).ToListAsync(cancellationToken);
        foreach (var orphan in orphans)
        {
            db.Incidents.Remove(orphan);
            await audit.AppendAsync(actor, "incident.deleted", "incident", orphan.Id.ToString(), AuditPayload.Deleted, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await new Statements.ClusterStatements(db, clock).RebuildAsync(audit, actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return summary with { Deleted = summary.Deleted + orphans.Count };
    }

    private List<MentionRecord> StoredInBlocks(IReadOnlyCollection<BlockKey> keys)
    {
        var names = keys.Select(k => k.ToString()).ToList();
        var result = new List<MentionRecord>();
        foreach (var chunk in names.Chunk(200))
        {
            var rows = (from b in db.MentionBlocks.AsNoTracking()
                        where chunk.Contains(b.Key)
                        join m in db.Mentions.AsNoTracking() on b.MentionId equals m.Id
                        join r in db.Reports.AsNoTracking() on m.ReportId equals r.Id
                        join s in db.Sources.AsNoTracking() on r.SourceId equals s.Id into sources
                        from s in sources.DefaultIfEmpty()
                        select new { Mention = m, SourceKey = s == null ? null : s.Key }).ToList();
            result.AddRange(rows.Select(row => MentionRecords.Of(row.Mention, row.SourceKey ?? "report:" + row.Mention.ReportId)));
        }

        return result;
    }

    private async Task<Dictionary<string, string>> SourceKeysAsync(List<string>? reportIds, CancellationToken cancellationToken)
    {
        var query = from r in db.Reports.AsNoTracking()
                    join s in db.Sources.AsNoTracking() on r.SourceId equals s.Id into sources
                    from s in sources.DefaultIfEmpty()
                    select new { r.Id, Key = s == null ? null : s.Key };
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reportIds is null)
        {
            foreach (var row in await query.ToListAsync(cancellationToken))
            {
                result[row.Id] = row.Key ?? "report:" + row.Id;
            }

            return result;
        }

        foreach (var chunk in reportIds.Chunk(500))
        {
            foreach (var row in await query.Where(r => chunk.Contains(r.Id)).ToListAsync(cancellationToken))
            {
                result[row.Id] = row.Key ?? "report:" + row.Id;
            }
        }

        return result;
    }

    private async Task<ClusterSummary> ApplyAsync(HashSet<Guid> scope, IReadOnlyList<MentionRecord> records, AuditLog audit, string actor, CancellationToken cancellationToken)
    {
        var clusters = _clusterer.Cluster(records);
        var mentions = new Dictionary<Guid, Mention>();
        foreach (var chunk in scope.Chunk(500))
        {
            foreach (var m in await db.Mentions.Where(m => chunk.Contains(m.Id)).ToListAsync(cancellationToken))
            {
                mentions[m.Id] = m;
            }
        }

        var touched = new HashSet<Guid>(mentions.Values.Where(m => m.IncidentId is not null).Select(m => m.IncidentId!.Value));
        var created = new HashSet<Guid>();
        foreach (var cluster in clusters)
        {
            var members = cluster.MentionIds.Select(id => mentions[id]).ToList();
            var pinnedIncidents = members.Where(m => m.Pinned && m.IncidentId is not null).Select(m => m.IncidentId!.Value).Distinct().ToList();
            touched.UnionWith(pinnedIncidents);
            var unpinned = members.Where(m => !m.Pinned).ToList();
            if (unpinned.Count == 0)
            {
                continue;
            }

            // One editor-decided incident in the cluster: the others join it. None, or several
            // (ambiguous: left for review): the machine incident keyed by its smallest mention.
            var target = pinnedIncidents.Count == 1 ? pinnedIncidents[0] : unpinned.Min(m => m.Id);
            var reasons = cluster.Reasons.ToDictionary(r => r.MentionId);
            foreach (var m in unpinned)
            {
                m.IncidentId = target;
                m.MergeReason = reasons.TryGetValue(m.Id, out var reason) ? $"with mention {reason.WithMentionId}: {reason.Fields}" : null;
            }

            touched.Add(target);
            created.Add(target);
        }

        var existing = new Dictionary<Guid, Incident>();
        foreach (var chunk in touched.Chunk(500))
        {
            foreach (var incident in await db.Incidents.Where(i => chunk.Contains(i.Id)).ToListAsync(cancellationToken))
            {
                existing[incident.Id] = incident;
            }
        }

        var now = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
        var newIncidents = 0;
        foreach (var id in created.Where(id => !existing.ContainsKey(id)))
        {
            var incident = new Incident { Id = id, Type = mentions[id].Type, UpdatedAt = now };
            db.Incidents.Add(incident);
            existing[id] = incident;
            newIncidents++;
        }

        await db.SaveChangesAsync(cancellationToken);
        var membersOf = await IncidentMembers.LoadAsync(db, [.. existing.Keys], cancellationToken);
        int changed = 0, deleted = 0;
        foreach (var (id, incident) in existing.OrderBy(kv => kv.Key))
        {
            var members = membersOf[id];
            if (members.Count == 0)
            {
                db.Incidents.Remove(incident);
                await audit.AppendAsync(actor, "incident.deleted", "incident", id.ToString(), AuditPayload.Deleted, cancellationToken);
                deleted++;
                continue;
            }

            var before = AuditPayload.HashOf(incident, members.Select(m => m.Mention.Id));
            IncidentAggregate.Apply(incident, members);
            var after = AuditPayload.HashOf(incident, members.Select(m => m.Mention.Id));
            if (after != before || db.Entry(incident).State == EntityState.Added)
            {
                incident.UpdatedAt = now;
                await audit.AppendAsync(actor, "incident.clustered", "incident", id.ToString(), after, cancellationToken);
                changed++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ClusterSummary(clusters.Count, newIncidents, changed, deleted);
    }
}
