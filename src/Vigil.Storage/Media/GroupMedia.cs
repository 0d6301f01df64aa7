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
/// One instance keeps its index between calls; files another process grouped meanwhile are picked up on the next call.
/// </summary>
public sealed class GroupMedia(Database.VigilDbContext db, TimeProvider clock, MediaMatchOptions? options = null)
{
    private readonly MediaMatcher _matcher = new(options);
    private MediaIndex? _index;
    private readonly List<string> _files = [];
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private DateTime _loadedUpTo = DateTime.MinValue;

    /// <summary>How many files the index holds.</summary>
    public int Indexed => _files.Count;

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

        await LoadAsync(cancellationToken);
        var joined = 0;
        foreach (var chunk in evidenceIds.Chunk(500))
        {
            // One transaction per chunk unless the caller's is open (ingest): a chunk's items are written whole.
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            var prints = await db.EvidenceFingerprints.AsNoTracking().Where(f => chunk.Contains(f.EvidenceId) && f.Frames != null)
                .Select(f => new { f.EvidenceId, f.IsVideo, f.Frames }).ToDictionaryAsync(f => f.EvidenceId, StringComparer.Ordinal, cancellationToken);
            foreach (var id in chunk)
            {
                if (_known.Contains(id) || !prints.TryGetValue(id, out var print) || MediaFingerprint.FromBytes(print.IsVideo, print.Frames) is not { } fingerprint)
                {
                    continue;
                }

                await JoinAsync(id, fingerprint, cancellationToken);
                joined++;
            }

            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
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
        _loadedUpTo = DateTime.MinValue;
    }

    private async Task JoinAsync(string id, MediaFingerprint fingerprint, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = _index!.Candidates(fingerprint).Select(n => _files[n]).Where(c => c != id).Distinct().ToList();
        var matches = new List<(string Other, MediaMatch Match)>();
        if (candidates.Count > 0)
        {
            var others = await db.EvidenceFingerprints.AsNoTracking().Where(f => candidates.Contains(f.EvidenceId) && f.Frames != null)
                .Select(f => new { f.EvidenceId, f.IsVideo, f.Frames }).ToListAsync(cancellationToken);
            foreach (var other in others.OrderBy(o => o.EvidenceId, StringComparer.Ordinal))
            {
                if (MediaFingerprint.FromBytes(other.IsVideo, other.Frames) is { } print && _matcher.Compare(fingerprint, print) is { } match)
                {
                    matches.Add((other.EvidenceId, match));
                }
            }
        }

        // The items of the matching files, as stored now (another writer may have merged some meanwhile);
        // files grouped earlier in this call are saved first so the query sees them.
        var matched = matches.Select(m => m.Other).ToList();
        if (matched.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        var items = matched.Count == 0 ? [] : await db.MediaItemMembers.AsNoTracking().Where(m => matched.Contains(m.EvidenceId))
            .GroupBy(m => m.MediaItemId).Select(g => new { Id = g.Key, Files = g.Count() }).ToListAsync(cancellationToken);
        Guid target;
        if (items.Count == 0)
        {
            target = Guid.CreateVersion7();
            db.MediaItems.Add(new StoredMediaItem { Id = target, FileCount = 1, CreatedAt = now });
        }
        else
        {
            // Join the item with most of the matching files; a file bridging several items merges them into it.
            target = items.OrderByDescending(i => i.Files).ThenBy(i => i.Id).First().Id;
            var merged = items.Select(i => i.Id).Where(i => i != target).ToList();
            if (merged.Count > 0)
            {
                await db.MediaItemMembers.Where(m => merged.Contains(m.MediaItemId)).ExecuteUpdateAsync(s => s.SetProperty(m => m.MediaItemId, target), cancellationToken);
                await db.MediaItems.Where(i => merged.Contains(i.Id)).ExecuteDeleteAsync(cancellationToken);
            }

            var count = await db.MediaItemMembers.CountAsync(m => m.MediaItemId == target, cancellationToken);
            await db.MediaItems.Where(i => i.Id == target).ExecuteUpdateAsync(s => s.SetProperty(i => i.FileCount, count + 1), cancellationToken);
        }

        var best = matches.OrderBy(m => m.Match.Distance).ThenBy(m => m.Other, StringComparer.Ordinal).Select(m => ((string, MediaMatch)?)m).FirstOrDefault();
        var keys = MediaKeys.Of(fingerprint, _matcher.Options.KeyframeChange);
        db.MediaItemMembers.Add(new MediaItemMember
        {
            EvidenceId = id,
            MediaItemId = target,
            MatchedEvidenceId = best?.Item1,
            Distance = best?.Item2.Distance,
            FramesJson = best is { } b ? JsonSerializer.Serialize(b.Item2.Frames.Select(f => new[] { f.Seconds, f.OtherSeconds, f.Distance })) : null,
            Keys = keys.ToBytes(),
            JoinedAt = now,
        });
        Remember(id, keys);
    }

    /// <summary>Reads the frame pairs <see cref="MediaItemMember.FramesJson"/> holds.</summary>
    public static IReadOnlyList<FramePair> FramesOf(string? framesJson) =>
        framesJson is null ? [] : (JsonSerializer.Deserialize<double[][]>(framesJson) ?? []).Where(p => p.Length == 3).Select(p => new FramePair(p[0], p[1], (int)p[2])).ToList();

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        _index ??= new MediaIndex(_matcher.Options);
        // Everything on the first call; afterwards what others added since (with a margin for clocks and open transactions).
        var since = _loadedUpTo == DateTime.MinValue ? DateTime.MinValue : _loadedUpTo.AddMinutes(-5);
        var latest = _loadedUpTo;
        await foreach (var row in db.MediaItemMembers.AsNoTracking().Where(m => m.JoinedAt >= since).Select(m => new { m.EvidenceId, m.Keys, m.JoinedAt }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            latest = row.JoinedAt > latest ? row.JoinedAt : latest;
            if (!_known.Contains(row.EvidenceId) && MediaKeys.FromBytes(row.Keys) is { } keys)
            {
                Remember(row.EvidenceId, keys);
            }
        }

        _loadedUpTo = latest;
    }

    private void Remember(string id, MediaKeys keys)
    {
        _index!.Add(_files.Count, keys);
        _files.Add(id);
        _known.Add(id);
    }
}
