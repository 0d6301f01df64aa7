using Microsoft.EntityFrameworkCore;
using Vigil.Core.Incidents;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;
using Vigil.Storage.Mentions;
using Vigil.Storage.Postgres;

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

    /// <summary>Where this instance's calls spent their time; a caller may pass its own to sum several instances.</summary>
    public ClusterTimings Timings { get; init; } = new();

    /// <summary>
    /// How many changed incidents are read, changed and saved together when a round writes (500). Smaller in tests only, so a
    /// few incidents span several chunks: a wave and its parts written in different chunks must link as in one.
    /// </summary>
    internal int WriteChunk { get; init; } = 500;

    /// <summary>How many mentions' moves are bound and written by one update (PostgreSQL splits it further by its parameter limit).</summary>
    private const int MoveChunk = 8192;

    /// <summary>
    /// Clusters the pending mentions (in no incident, not pinned) of <paramref name="types"/> with every stored mention their
    /// blocks connect to, records their blocks, and moves and writes what changed, inside the caller's transaction. A round
    /// passes one family's types (mentions of different families never share a block). The caller must have saved its
    /// changes: the change tracker is cleared first, because saving with thousands of already-saved entities tracked costs
    /// more than the clustering. <see cref="ClusterSummary.Pending"/> says how many pending mentions there were.
    /// </summary>
    public async Task<ClusterSummary> UpdateAsync(IReadOnlyCollection<string> types, AuditLog audit, string actor, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var state = new Dictionary<Guid, Standing>();
        var pending = db.Mentions.AsNoTracking().Where(m => m.IncidentId == null && !m.Pinned && types.Contains(m.Type));
        var (clusters, read) = await ClusterAsync(pending, connected: true, state, cancellationToken);
        if (read == 0)
        {
            return new ClusterSummary(0, 0, 0, 0);
        }

        return await ApplyAsync(clusters, state, audit, actor, cancellationToken) with { Pending = read };
    }

    /// <summary>Re-clusters every mention from scratch (<c>vigil recluster</c>), and rebuilds statements and speakers, in one transaction.</summary>
    public async Task<ClusterSummary> RebuildAsync(string actor, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var audit = new AuditLog(db, clock);

        // Blocks are derived data; rebuild them too, so options changes take effect.
        await db.MentionBlocks.ExecuteDeleteAsync(cancellationToken);
        var state = new Dictionary<Guid, Standing>();
        var (clusters, _) = await ClusterAsync(db.Mentions.AsNoTracking(), connected: false, state, cancellationToken);
        var summary = await ApplyAsync(clusters, state, audit, actor, cancellationToken);

        // Machine incidents left with no mentions at all (e.g. their reports were re-extracted).
        var orphans = await db.Incidents.Where(i => !db.Mentions.Any(m => m.IncidentId == i.Id)).ToListAsync(cancellationToken);
        foreach (var orphan in orphans)
        {
            await LinkPart.MovePartsAsync(db, audit, actor, orphan.Id, null, AuditChain.Truncate(clock.GetUtcNow().UtcDateTime), cancellationToken);
            db.Incidents.Remove(orphan);
            await audit.AppendAsync(actor, "incident.deleted", "incident", orphan.Id.ToString(), AuditPayload.Deleted, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await new Statements.ClusterStatements(db, clock).RebuildAsync(audit, actor, cancellationToken);
        await new Persons.LinkPersons(db, clock).RebuildAsync(audit, actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return summary with { Deleted = summary.Deleted + orphans.Count };
    }

    /// <summary>
    /// Reads <paramref name="mentions"/> as records (their state into <paramref name="state"/>), records their blocks, with
    /// <paramref name="connected"/> adds every stored mention those blocks connect to, and clusters them all. Only the
    /// clusters outlive it: the records, the largest thing a round holds, are let go before the incidents are written.
    /// Returns how many of <paramref name="mentions"/> there were.
    /// </summary>
    private async Task<(List<IncidentCluster> Clusters, int Read)> ClusterAsync(IQueryable<Mention> mentions, bool connected, Dictionary<Guid, Standing> state, CancellationToken cancellationToken)
    {
        var lookup = System.Diagnostics.Stopwatch.StartNew();
        var pool = new RecordPool();
        var records = new List<MentionRecord>();
        await foreach (var row in MentionRecords.RowsOf(db, mentions).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            state[row.Id] = Standing.Of(row);
            records.Add(MentionRecords.Of(row, pool));
        }

        var read = records.Count;
        if (read == 0)
        {
            return ([], 0);
        }

        records = await MentionRecords.WithPersonsAsync(db, records, cancellationToken);
        await BulkRows.InsertAsync(db, BlocksOf(records), cancellationToken);
        IReadOnlyList<MentionRecord> affected = records;
        if (connected)
        {
            // The blocks just written may be most of their table (rounds double the store): the lookup's statements are
            // planned for the table as it is now, not as the last analyse saw it.
            await PostgresPlans.AnalyzeIfGrownAsync(db, db.Model.FindEntityType(typeof(MentionBlock))!.GetTableName()!, cancellationToken);
            affected = _clusterer.CollectAffected(records, keys => StoredInBlocks(keys, state, pool));
            Timings.Lookup += lookup.Elapsed;

            // The pending records are in affected too: the list is emptied so that nothing holding it (an awaited frame's slot)
            // keeps them through the writing, where a late round's largest family held all of them (docs/scaling.md, session 25).
            records.Clear();
            records.TrimExcess();
        }

        var clustering = System.Diagnostics.Stopwatch.StartNew();
        List<IncidentCluster> clusters = [.. _clusterer.Cluster(affected)];
        Timings.Clustering += clustering.Elapsed;
        Timings.Mentions += affected.Count;
        return (clusters, read);
    }

    // The block rows of the records, in key order (the order SaveChanges inserted them in), written without the change tracker.
    private List<MentionBlock> BlocksOf(IEnumerable<MentionRecord> records) =>
        [.. records.SelectMany(r => _clusterer.BlockKeysOf(r).Select(key => new MentionBlock { Key = key.ToString(), MentionId = r.Id }))
            .OrderBy(b => b.Key, StringComparer.Ordinal).ThenBy(b => b.MentionId)];

    private List<MentionRecord> StoredInBlocks(IReadOnlyCollection<BlockKey> keys, Dictionary<Guid, Standing> state, RecordPool pool)
    {
        // First the blocks' mention ids alone (the block key index answers them without the mentions), then the rows of
        // those the round does not know yet, by id, 256 at a time. Asked in one query ("id IN (the blocks' mention ids)"
        // joined to the reports), PostgreSQL often scanned every stored mention and report for each (40-90 ms a query at
        // 10,000 reports, growing with the store); by a short list of ids each is read by its key. And a mention the round
        // read already (the arriving, or another block's) is not read again: 63,000 rows at 10,000 reports, not 180,000.
        var names = keys.Where(k => !k.IsCountryWide).Select(k => k.ToString()).ToList();
        var unknown = new HashSet<Guid>();
        foreach (var chunk in names.Chunk(200))
        {
            AddIds(db.MentionBlocks.AsNoTracking().Where(b => chunk.Contains(b.Key)).Select(b => b.MentionId), state, unknown);
        }

        // A country-wide key stands for every block of its country, family and month ("…|IR" and "…|IR/FARS" …):
        // a prefix, asked as a byte range: "…/" ≤ key < "…0" is exactly the keys starting with "…/". A LIKE could not use
        // the key index on either provider (SQLite's is case-insensitive; PostgreSQL's needs a C collation), so each
        // country-wide key read every block row. Both compare keys as bytes (SQLite's BINARY; PostgreSQL's column is
        // COLLATE "C", migration MentionBlockKeyBytes), so the primary key (key, mention_id) answers the range.
        foreach (var key in keys.Where(k => k.IsCountryWide))
        {
            var exact = key.CountryPrefix;
            var below = exact + "/";
            var above = exact + "0";
            AddIds(db.MentionBlocks.AsNoTracking().Where(b => b.Key == exact || (string.Compare(b.Key, below) >= 0 && string.Compare(b.Key, above) < 0)).Select(b => b.MentionId), state, unknown);
        }

        var result = new List<MentionRecord>();
        foreach (var chunk in unknown.Order().Chunk(256))
        {
            AddRows(chunk, state, pool, result);
        }

        return MentionRecords.WithPersons(db, result);
    }

    // A mention is in two or three blocks, and in blocks an earlier query (another chunk of keys, an earlier step of the
    // lookup) asked for: each is kept once, and not at all when the round knows it already.
    private static void AddIds(IQueryable<Guid> mentionIds, Dictionary<Guid, Standing> state, HashSet<Guid> unknown)
    {
        foreach (var id in mentionIds.Distinct())
        {
            if (!state.ContainsKey(id))
            {
                unknown.Add(id);
            }
        }
    }

    private void AddRows(Guid[] mentionIds, Dictionary<Guid, Standing> state, RecordPool pool, List<MentionRecord> result)
    {
        // The round's own mentions (every pending one of their families) are known already: the lookup reads only the
        // clustered and the pinned. The rows are turned into records as they are read, not listed first.
        foreach (var row in MentionRecords.RowsOf(db, db.Mentions.AsNoTracking().Where(m => (m.IncidentId != null || m.Pinned) && mentionIds.Contains(m.Id))))
        {
            if (state.TryAdd(row.Id, Standing.Of(row)))
            {
                result.Add(MentionRecords.Of(row, pool));
            }
        }
    }

    /// <summary>
    /// Moves only the mentions whose incident <paramref name="clusters"/> changes; only
    /// incidents that gain or lose a mention are recomputed, audited, created or dissolved, so the
    /// cost of an ingest follows what changed, not the size of the blocks it touched. Empties <paramref name="clusters"/> and
    /// <paramref name="state"/> once the moves are written and the wave links known: the clusters' member arrays and merge
    /// reasons and the read mentions' standings are not needed to write the incidents, and a late round's largest family
    /// held them through its writing (docs/scaling.md, session 25).
    /// </summary>
    private async Task<ClusterSummary> ApplyAsync(List<IncidentCluster> clusters, Dictionary<Guid, Standing> state, AuditLog audit, string actor, CancellationToken cancellationToken)
    {
        var applying = System.Diagnostics.Stopwatch.StartNew();
        var count = clusters.Count;
        var (changed, targets, targetOf) = await MoveAsync(clusters, state, cancellationToken);
        var wanted = await WantedLinksAsync(clusters, targetOf, cancellationToken);
        clusters.Clear();
        clusters.TrimExcess();
        state.Clear();
        state.TrimExcess();
        targetOf = null;

        // Which changed incidents are stored: only their ids. They are read, changed and saved WriteChunk at a time when written.
        var stored = new HashSet<Guid>();
        foreach (var chunk in changed.Chunk(500))
        {
            stored.UnionWith(await db.Incidents.AsNoTracking().Where(i => chunk.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken));
        }

        var now = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);

        // New incidents are not tracked: they are inserted once, with their figures, when written (not inserted, then updated).
        var fresh = changed.Where(id => !stored.Contains(id) && targets.Contains(id)).ToHashSet();

        // The round's audit entries are collected and inserted with the rows, not tracked one by one; the same chain.
        audit.Collected = [];
        try
        {
            var (created, updated, deleted) = await WriteIncidentsAsync(wanted, stored, fresh, now, audit, actor, cancellationToken);
            await BulkRows.InsertAsync(db, audit.Collected, cancellationToken);
            db.ChangeTracker.Clear();
            Timings.Applying += applying.Elapsed;
            Timings.Incidents += updated + deleted;
            return new ClusterSummary(count, created, updated, deleted);
        }
        finally
        {
            audit.Collected = null;
        }
    }

    /// <summary>
    /// Writes the incident and merge reason of every mention <paramref name="clusters"/> moves or explains anew, and returns the
    /// incidents that gain or lose a mention, the clusters' target incidents, and each cluster's target by its key. The moves
    /// and their reasons (one string per moved mention) live only here, not through the writing.
    /// </summary>
    private async Task<(HashSet<Guid> Changed, HashSet<Guid> Targets, Dictionary<Guid, Guid> TargetOf)> MoveAsync(List<IncidentCluster> clusters, Dictionary<Guid, Standing> state, CancellationToken cancellationToken)
    {
        var moves = new List<(Guid Id, Guid Target, string? Reason)>();
        var changed = new HashSet<Guid>();
        var targets = new HashSet<Guid>();
        var targetOf = new Dictionary<Guid, Guid>(clusters.Count);
        foreach (var cluster in clusters)
        {
            var pinnedIncidents = cluster.MentionIds.Where(id => state[id].Pinned && state[id].IncidentId is not null).Select(id => state[id].IncidentId!.Value).Distinct().ToList();
            var unpinned = cluster.MentionIds.Where(id => !state[id].Pinned).ToList();
            if (pinnedIncidents.Count == 1)
            {
                targetOf[cluster.Key] = pinnedIncidents[0];
            }

            if (unpinned.Count == 0)
            {
                continue;
            }

            // One editor-decided incident in the cluster: the others join it. None, or several
            // (ambiguous: left for review): the machine incident keyed by its smallest mention.
            var target = pinnedIncidents.Count == 1 ? pinnedIncidents[0] : unpinned.Min();
            targetOf[cluster.Key] = target;
            targets.Add(target);
            var reasons = cluster.Reasons.ToDictionary(r => r.MentionId);
            foreach (var id in unpinned)
            {
                var why = reasons.TryGetValue(id, out var reason) ? $"with mention {reason.WithMentionId}: {reason.Fields}"
                    : cluster.Seed is { } seed && seed.MentionId == id ? seed.Fields : null;
                if (state[id].IncidentId == target)
                {
                    // It stays, but why may not: the mention it joined may have left, or the incidents around a seed changed.
                    // Its stored reason is rewritten when it is not this round's, so it never names a mention of another incident.
                    // In the moves' update (its incident set to the one it has): one statement, as PostgreSQL's search-queue
                    // trigger runs once per UPDATE statement on mentions whatever the columns; it queues nothing for these.
                    if (Standing.HashOf(why) != state[id].Reason)
                    {
                        moves.Add((id, target, why));
                    }

                    continue;
                }

                moves.Add((id, target, why));
                changed.Add(target);
                if (state[id].IncidentId is { } old)
                {
                    changed.Add(old);
                }
            }
        }

        // Only the two columns, set from what the round decided: the mentions are not read back to be updated. The rows the
        // update binds are made MoveChunk at a time: a Mention is ~280 bytes, and a late round's largest family moves ~54,000.
        moves.Sort(static (a, b) => a.Id.CompareTo(b.Id));
        foreach (var chunk in moves.Chunk(MoveChunk))
        {
            await BulkRows.UpdateAsync(db, [.. chunk.Select(m => new Mention { Id = m.Id, ReportId = string.Empty, Type = string.Empty, IncidentId = m.Target, MergeReason = m.Reason })],
                [nameof(Mention.IncidentId), nameof(Mention.MergeReason)], cancellationToken);
        }

        return (changed, targets, targetOf);
    }

    /// <summary>
    /// Recomputes each changed incident (<paramref name="stored"/> and <paramref name="fresh"/>) from its members (after the
    /// moves are written), deletes those left empty, audits them, and saves, <see cref="WriteChunk"/> incidents at a time: the stored ones are
    /// read, changed, saved and let go; the new ones inserted once with their figures; the audit entries collected so far
    /// inserted after them. A late round's family changes tens of thousands of incidents, which were held tracked until its
    /// end (~75 MB for 40,000 at 100,000 reports).
    /// </summary>
    private async Task<(int Created, int Updated, int Deleted)> WriteIncidentsAsync(Dictionary<Guid, WaveLink> wanted, HashSet<Guid> stored, HashSet<Guid> fresh, DateTime now, AuditLog audit, string actor, CancellationToken cancellationToken)
    {
        var stale = await StaleLinksAsync(wanted, stored, fresh, cancellationToken);
        int created = 0, updated = 0, deleted = 0;

        // A dissolved wave's parts are re-linked by LinkPart, which leaves alone those this round links elsewhere: each part it
        // reads gets the round's link first, as if every changed incident had been read and linked before the first was written.
        void Arrange(Incident incident) => Link(incident, wanted);
        foreach (var chunk in stored.Concat(fresh).Order().ToArray().Chunk(WriteChunk))
        {
            // Only the stored ones are asked for: a new incident's id is in no row, and nine in ten of the incidents a round
            // writes are new, so most chunks need no query at all (docs/scaling.md, session 29).
            var reading = chunk.Where(stored.Contains).ToArray();
            var incidents = reading.Length == 0 ? new Dictionary<Guid, Incident>()
                : (await db.Incidents.Where(i => reading.Contains(i.Id)).ToListAsync(cancellationToken)).ToDictionary(i => i.Id);
            foreach (var id in chunk.Where(fresh.Contains))
            {
                incidents[id] = new Incident { Id = id, Type = "other", UpdatedAt = now };
            }

            foreach (var incident in incidents.Values)
            {
                Link(incident, wanted);
            }

            // Members are read a chunk at a time and let go after them.
            var membersOf = await IncidentMembers.LoadAsync(db, chunk, cancellationToken);
            foreach (var id in chunk)
            {
                var incident = incidents[id];
                var members = membersOf[id];
                if (members.Count == 0)
                {
                    // Parts an editor linked to it are left linked to nothing (the machine's are re-linked above).
                    await LinkPart.MovePartsAsync(db, audit, actor, id, null, now, cancellationToken, Arrange);
                    if (!fresh.Remove(id))
                    {
                        db.Incidents.Remove(incident);
                    }

                    await audit.AppendAsync(actor, "incident.deleted", "incident", id.ToString(), AuditPayload.Deleted, cancellationToken);
                    deleted++;
                    continue;
                }

                // Its membership changed, so its payload (which lists the members) changed: always audited.
                IncidentAggregate.Apply(incident, members);
                incident.UpdatedAt = now;
                await audit.AppendAsync(actor, "incident.clustered", "incident", id.ToString(), AuditPayload.HashOf(incident, members.Select(m => (m.Mention.Id, m.Mention.Pinned))), cancellationToken);
                updated++;
            }

            List<Incident> inserted = [.. chunk.Where(fresh.Contains).Select(id => incidents[id])];
            await BulkRows.InsertAsync(db, inserted, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await BulkRows.InsertAsync(db, audit.Collected!, cancellationToken);
            audit.Collected!.Clear();
            db.ChangeTracker.Clear();
            created += inserted.Count;
        }

        // Incidents whose members stayed but whose wave or part link changed.
        foreach (var chunk in stale.Order().ToArray().Chunk(WriteChunk))
        {
            foreach (var incident in (await db.Incidents.Where(i => chunk.Contains(i.Id)).ToListAsync(cancellationToken)).OrderBy(i => i.Id))
            {
                Link(incident, wanted);
                incident.UpdatedAt = now;
                var members = await db.Mentions.AsNoTracking().Where(m => m.IncidentId == incident.Id).Select(m => new { m.Id, m.Pinned }).ToListAsync(cancellationToken);
                await audit.AppendAsync(actor, "incident.linked", "incident", incident.Id.ToString(), AuditPayload.HashOf(incident, members.Select(m => (m.Id, m.Pinned))), cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return (created, updated, deleted);
    }

    /// <summary>
    /// Each clustered incident's wave flag and the wave it is a part of (Core's <see cref="IncidentCluster.PartOf"/>,
    /// translated from cluster keys to incident ids); an incident an editor linked parts to stays a wave.
    /// </summary>
    private async Task<Dictionary<Guid, WaveLink>> WantedLinksAsync(IReadOnlyList<IncidentCluster> clusters, Dictionary<Guid, Guid> targetOf, CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<Guid, WaveLink>();
        foreach (var cluster in clusters)
        {
            if (targetOf.TryGetValue(cluster.Key, out var id))
            {
                Guid? wave = cluster.PartOf is { } key && targetOf.TryGetValue(key, out var waveId) && waveId != id ? waveId : null;
                wanted.TryAdd(id, new WaveLink(cluster.IsWave, wave, wave is null && cluster.PartOf is not null ? null : cluster.PartReason));
            }
        }

        // An incident an editor linked parts to is a wave whatever its own mentions say (LinkPart): it keeps the flag.
        foreach (var chunk in wanted.Keys.ToList().Chunk(500))
        {
            foreach (var wave in await db.Incidents.AsNoTracking().Where(i => i.PartOfPinned && i.PartOfId != null && chunk.Contains(i.PartOfId.Value))
                .Select(i => i.PartOfId!.Value).Distinct().ToListAsync(cancellationToken))
            {
                wanted[wave] = wanted[wave] with { IsWave = true };
            }
        }

        return wanted;
    }

    /// <summary>The stored incidents outside <paramref name="stored"/> and <paramref name="fresh"/> whose wave flag or link is not the wanted one (read before any is written).</summary>
    private async Task<List<Guid>> StaleLinksAsync(Dictionary<Guid, WaveLink> wanted, HashSet<Guid> stored, HashSet<Guid> fresh, CancellationToken cancellationToken)
    {
        var stale = new List<Guid>();
        foreach (var chunk in wanted.Keys.Where(id => !stored.Contains(id) && !fresh.Contains(id)).Chunk(500))
        {
            var rows = await db.Incidents.AsNoTracking().Where(i => chunk.Contains(i.Id))
                .Select(i => new { i.Id, i.IsWave, i.PartOfId, i.PartOfPinned, i.PartOfReason }).ToListAsync(cancellationToken);
            stale.AddRange(rows.Where(r => r.IsWave != wanted[r.Id].IsWave
                || (!r.PartOfPinned && (r.PartOfId != wanted[r.Id].PartOf || r.PartOfReason != wanted[r.Id].Reason))).Select(r => r.Id));
        }

        return stale;
    }

    /// <summary>Gives <paramref name="incident"/> its wanted wave flag and link, leaving alone a link an editor pinned.</summary>
    private static void Link(Incident incident, Dictionary<Guid, WaveLink> wanted)
    {
        if (wanted.TryGetValue(incident.Id, out var link))
        {
            incident.IsWave = link.IsWave;
            if (!incident.PartOfPinned)
            {
                (incident.PartOfId, incident.PartOfReason) = (link.PartOf, link.Reason);
            }
        }
    }

    /// <summary>
    /// Where a mention the round read stands: its incident, whether an editor pinned it, and a hash of its stored merge reason
    /// (the text is ~200 chars and a late round reads a million mentions; a hash is enough to tell a reason the round changes).
    /// </summary>
    private readonly record struct Standing(Guid? IncidentId, bool Pinned, int Reason)
    {
        public static Standing Of(MentionRow row) => new(row.IncidentId, row.Pinned, HashOf(row.MergeReason));

        public static int HashOf(string? reason) => reason is null ? 0 : string.GetHashCode(reason, StringComparison.Ordinal);
    }

    /// <summary>What the round wants an incident's wave flag and part link to be.</summary>
    private readonly record struct WaveLink(bool IsWave, Guid? PartOf, string? Reason);
}
