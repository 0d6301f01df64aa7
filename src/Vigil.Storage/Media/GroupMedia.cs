using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Media;

namespace Vigil.Storage.Media;

/// <summary>
/// Keeps media items up to date as files are fingerprinted: each new fingerprint is looked up in an index of
/// the files already grouped (<see cref="MediaIndex"/>, built once from their stored keys), compared with the
/// candidates it finds, and joins the item of the files it matches — or starts an item of its own. A file that
/// matches files of two items merges them. Reading an item is then one query (<see cref="FindMediaItems"/>),
/// whatever the store's size. Run inside the caller's transaction (ingest) or alone (<c>vigil media fingerprint</c>).
/// </summary>
/// <remarks>
/// Files are grouped in chunks of 500: the chunk's items are worked out in memory (a union-find over the items
/// its files join, start and merge) and written at once, so a file costs an index look-up and, only when the
/// index finds candidates, one query for their fingerprints and their items.
/// Concurrent writers are serialised for the grouping step: the chunk's transaction holds the media lock
/// (PostgreSQL: a transaction-scoped advisory lock; SQLite: the write lock every transaction takes at its start),
/// then picks up the files other writers grouped before it. So two processes ingesting copies of one picture at
/// the same moment put them in one item, never two. <see cref="MediaItemMember.JoinedAt"/> never goes back under
/// that lock, which is what lets a process pick up only the files grouped since its last chunk.
/// </remarks>
public sealed class GroupMedia(Database.VigilDbContext db, TimeProvider clock, MediaMatchOptions? options = null)
{
    /// <summary>The PostgreSQL advisory lock key held while grouping (any constant unique to this use).</summary>
    public const long PostgresLockKey = 0x5649_4749_4C16;

    private const int ChunkSize = 500;
    private readonly MediaMatcher _matcher = new(options);
    private MediaIndex? _index;
    private readonly List<string> _files = [];
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private DateTime? _loadedUpTo;

    /// <summary>How many files the index holds.</summary>
    public int Indexed => _files.Count;

    /// <summary>Where the time went so far.</summary>
    public GroupingTimes Times { get; } = new();

    /// <summary>Groups every fingerprinted file that is in no media item yet (stores fingerprinted before items were kept), oldest first. Returns how many joined.</summary>
    public async Task<int> CatchUpAsync(Action<int>? onProgress = null, CancellationToken cancellationToken = default)
    {
        var grouped = db.MediaItemMembers.AsNoTracking().Select(m => m.EvidenceId);
        var pending = await (from f in db.EvidenceFingerprints.AsNoTracking()
                             where f.Frames != null && !grouped.Contains(f.EvidenceId)
                             join e in db.Evidence.AsNoTracking() on f.EvidenceId equals e.Id
                             orderby e.IngestedAt, e.Id
                             select f.EvidenceId).ToListAsync(cancellationToken);
        return await AddAsync(pending, onProgress, cancellationToken);
    }

    /// <summary>
    /// Puts the fingerprinted files <paramref name="evidenceIds"/> (in that order) into media items; files without
    /// frames or already grouped are passed over. Returns how many joined.
    /// </summary>
    public async Task<int> AddAsync(IReadOnlyList<string> evidenceIds, Action<int>? onProgress = null, CancellationToken cancellationToken = default)
    {
        if (evidenceIds.Count == 0)
        {
            return 0;
        }

        var joined = 0;
        foreach (var chunk in evidenceIds.Chunk(ChunkSize))
        {
            // One transaction per chunk unless the caller's is open (ingest): a chunk's items are written whole.
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            try
            {
                await LockAsync(cancellationToken);
                var started = Stopwatch.GetTimestamp();
                var now = await LoadAsync(cancellationToken);
                Times.AddLoad(started);
                joined += await GroupChunkAsync(chunk, now, cancellationToken);
                if (transaction is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
            }
            catch
            {
                // What this chunk added to the index may not be stored: rebuild it on the next call.
                Reset();
                throw;
            }

            db.ChangeTracker.Clear();
            onProgress?.Invoke(joined);
        }

        return joined;
    }

    /// <summary>Forgets the index (after the caller's transaction rolled back); the next call reloads it.</summary>
    public void Reset()
    {
        _index = null;
        _files.Clear();
        _known.Clear();
        _loadedUpTo = null;
    }

    /// <summary>Reads the frame pairs <see cref="MediaItemMember.FramesJson"/> holds.</summary>
    public static IReadOnlyList<FramePair> FramesOf(string? framesJson) =>
        framesJson is null ? [] : (JsonSerializer.Deserialize<double[][]>(framesJson) ?? []).Where(p => p.Length == 3).Select(p => new FramePair(p[0], p[1], (int)p[2])).ToList();

    private async Task LockAsync(CancellationToken cancellationToken)
    {
        // SQLite needs nothing more: Microsoft.Data.Sqlite begins transactions IMMEDIATE, so the transaction
        // already holds the database's only write lock and sees everything committed before it.
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken);
        }
    }

    /// <summary>Builds the index (first call) or adds what other writers grouped since; returns the time this chunk's files join at.</summary>
    private async Task<DateTime> LoadAsync(CancellationToken cancellationToken)
    {
        _index ??= new MediaIndex(_matcher.Options);
        var since = _loadedUpTo ?? DateTime.MinValue;
        var latest = since;
        await foreach (var row in db.MediaItemMembers.AsNoTracking().Where(m => m.JoinedAt >= since).Select(m => new { m.EvidenceId, m.Keys, m.JoinedAt }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            latest = row.JoinedAt > latest ? row.JoinedAt : latest;
            if (!_known.Contains(row.EvidenceId) && MediaKeys.FromBytes(row.Keys) is { } keys)
            {
                Remember(row.EvidenceId, keys);
            }
        }

        // Never before a file already grouped (another machine's clock may be ahead): the next chunk, here or
        // in another process, then finds these files by asking for JoinedAt ≥ this.
        var now = Audit.AuditChain.Truncate(clock.GetUtcNow().UtcDateTime);
        now = now > latest ? now : latest;
        _loadedUpTo = now;
        return now;
    }

    private async Task<int> GroupChunkAsync(string[] chunk, DateTime now, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var prints = new Dictionary<string, MediaFingerprint>(StringComparer.Ordinal);
        await foreach (var row in db.EvidenceFingerprints.AsNoTracking().Where(f => chunk.Contains(f.EvidenceId) && f.Frames != null)
                           .Select(f => new { f.EvidenceId, f.IsVideo, f.Frames }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (MediaFingerprint.FromBytes(row.IsVideo, row.Frames) is { } print)
            {
                prints[row.EvidenceId] = print;
            }
        }

        Times.AddRead(started);
        var items = new ItemSets();
        var members = new List<MediaItemMember>();
        foreach (var id in chunk)
        {
            if (_known.Contains(id) || !prints.TryGetValue(id, out var fingerprint))
            {
                continue;
            }

            var matches = await MatchesAsync(id, fingerprint, prints, cancellationToken);
            // The items of the matching files: this chunk's from memory, stored ones by one query.
            var stored = matches.Where(m => !items.HasFile(m.Other)).Select(m => m.Other).ToList();
            if (stored.Count > 0)
            {
                started = Stopwatch.GetTimestamp();
                var rows = await (from m in db.MediaItemMembers.AsNoTracking()
                                  where stored.Contains(m.EvidenceId)
                                  join i in db.MediaItems.AsNoTracking() on m.MediaItemId equals i.Id
                                  select new { m.EvidenceId, m.MediaItemId, i.FileCount }).ToListAsync(cancellationToken);
                foreach (var row in rows)
                {
                    items.AddStored(row.EvidenceId, row.MediaItemId, row.FileCount);
                }

                Times.AddFetch(started);
            }

            var item = items.Join(id, matches.Select(m => m.Other));
            var best = matches.OrderBy(m => m.Match.Distance).ThenBy(m => m.Other, StringComparer.Ordinal).Select(m => ((string Other, MediaMatch Match)?)m).FirstOrDefault();
            var keys = MediaKeys.Of(fingerprint, _matcher.Options.KeyframeChange);
            members.Add(new MediaItemMember
            {
                EvidenceId = id,
                MediaItemId = item,
                MatchedEvidenceId = best?.Other,
                Distance = best?.Match.Distance,
                FramesJson = best is { } b ? JsonSerializer.Serialize(b.Match.Frames.Select(f => new[] { f.Seconds, f.OtherSeconds, f.Distance })) : null,
                Keys = keys.ToBytes(),
                JoinedAt = now,
            });
            started = Stopwatch.GetTimestamp();
            Remember(id, keys);
            Times.AddIndex(started);
        }

        started = Stopwatch.GetTimestamp();
        await WriteAsync(items, members, now, cancellationToken);
        Times.AddWrite(started);
        return members.Count;
    }

    private async Task<List<(string Other, MediaMatch Match)>> MatchesAsync(string id, MediaFingerprint fingerprint, Dictionary<string, MediaFingerprint> chunk, CancellationToken cancellationToken)
    {
        var matches = new List<(string Other, MediaMatch Match)>();
        var started = Stopwatch.GetTimestamp();
        var candidates = _index!.Candidates(fingerprint).Select(n => _files[n]).Where(c => c != id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Times.AddLookup(started, candidates.Count);
        if (candidates.Count == 0)
        {
            return matches;
        }

        var others = candidates.Where(chunk.ContainsKey).ToDictionary(c => c, c => chunk[c], StringComparer.Ordinal);
        var elsewhere = candidates.Where(c => !others.ContainsKey(c)).ToList();
        if (elsewhere.Count > 0)
        {
            started = Stopwatch.GetTimestamp();
            await foreach (var row in db.EvidenceFingerprints.AsNoTracking().Where(f => elsewhere.Contains(f.EvidenceId) && f.Frames != null)
                               .Select(f => new { f.EvidenceId, f.IsVideo, f.Frames }).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                if (MediaFingerprint.FromBytes(row.IsVideo, row.Frames) is { } print)
                {
                    others[row.EvidenceId] = print;
                }
            }

            Times.AddFetch(started);
        }

        started = Stopwatch.GetTimestamp();
        foreach (var other in candidates)
        {
            if (others.TryGetValue(other, out var print) && _matcher.Compare(fingerprint, print) is { } match)
            {
                matches.Add((other, match));
            }
        }

        Times.AddCompare(started);
        return matches;
    }

    /// <summary>Writes a chunk's outcome: merged stored items moved into the item they joined, new items and files inserted, file counts set.</summary>
    private async Task WriteAsync(ItemSets items, List<MediaItemMember> members, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var member in members)
        {
            member.MediaItemId = items.Find(member.MediaItemId);
        }

        foreach (var (root, merged) in items.MergedStoredItems())
        {
            await db.MediaItemMembers.Where(m => merged.Contains(m.MediaItemId)).ExecuteUpdateAsync(s => s.SetProperty(m => m.MediaItemId, root), cancellationToken);
            await db.MediaItems.Where(i => merged.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        foreach (var (root, count, isStored) in items.Roots())
        {
            if (isStored)
            {
                await db.MediaItems.Where(i => i.Id == root).ExecuteUpdateAsync(s => s.SetProperty(i => i.FileCount, count), cancellationToken);
            }
            else
            {
                db.MediaItems.Add(new StoredMediaItem { Id = root, FileCount = count, CreatedAt = now });
            }
        }

        db.MediaItemMembers.AddRange(members);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Remember(string id, MediaKeys keys)
    {
        _index!.Add(_files.Count, keys);
        _files.Add(id);
        _known.Add(id);
    }

    /// <summary>
    /// The items one chunk touches, as a union-find: stored items (with their stored file counts) and items the
    /// chunk starts; a file bridging several is joined to the largest (then the lowest id) and the rest merged into it.
    /// </summary>
    private sealed class ItemSets
    {
        private readonly Dictionary<string, Guid> _itemOf = new(StringComparer.Ordinal);
        private readonly Dictionary<Guid, Guid> _parent = [];
        private readonly Dictionary<Guid, int> _size = [];
        private readonly HashSet<Guid> _stored = [];
        private readonly HashSet<Guid> _grown = [];

        public bool HasFile(string evidenceId) => _itemOf.ContainsKey(evidenceId);

        public void AddStored(string evidenceId, Guid item, int fileCount)
        {
            _itemOf[evidenceId] = item;
            if (_stored.Add(item))
            {
                _parent[item] = item;
                _size[item] = fileCount;
            }
        }

        /// <summary>Puts <paramref name="evidenceId"/> in the item of <paramref name="matched"/> (merging theirs) or a new one; returns it.</summary>
        public Guid Join(string evidenceId, IEnumerable<string> matched)
        {
            var roots = matched.Where(_itemOf.ContainsKey).Select(m => Find(_itemOf[m])).Distinct().ToList();
            Guid target;
            if (roots.Count == 0)
            {
                target = Guid.CreateVersion7();
                _parent[target] = target;
                _size[target] = 0;
            }
            else
            {
                target = roots.OrderByDescending(r => _size[r]).ThenBy(r => r).First();
                foreach (var other in roots.Where(r => r != target))
                {
                    _parent[other] = target;
                    _size[target] += _size[other];
                }
            }

            _size[target]++;
            _grown.Add(target);
            _itemOf[evidenceId] = target;
            return target;
        }

        public Guid Find(Guid item)
        {
            var root = item;
            while (_parent[root] != root)
            {
                root = _parent[root];
            }

            while (_parent[item] != root)
            {
                (item, _parent[item]) = (_parent[item], root);
            }

            return root;
        }

        /// <summary>Each stored item that others were merged into, with the stored items merged into it.</summary>
        public IEnumerable<(Guid Root, List<Guid> Merged)> MergedStoredItems() =>
            _stored.Where(s => Find(s) != s).GroupBy(Find).Select(g => (g.Key, g.ToList()));

        /// <summary>Every item the chunk leaves with new files: its id, file count and whether it is stored already.</summary>
        public IEnumerable<(Guid Root, int Count, bool Stored)> Roots() =>
            _grown.Select(Find).Distinct().Select(r => (r, _size[r], _stored.Contains(r)));
    }
}
