using Microsoft.EntityFrameworkCore;

namespace Vigil.Storage.Media;

/// <summary>
/// Reads media items from the table <see cref="GroupMedia"/> keeps: one item by any of its files, or every
/// item of two or more files. Nothing is regrouped, so a read costs the same in a store of any size.
/// </summary>
public sealed class FindMediaItems(Database.VigilDbContext db)
{
    /// <summary>Every media item of two or more files, in order of their earliest file.</summary>
    public async Task<IReadOnlyList<MediaItem>> AllAsync(CancellationToken cancellationToken = default)
    {
        var items = db.MediaItems.AsNoTracking().Where(i => i.FileCount >= 2).Select(i => i.Id);
        var files = await LoadAsync(db.MediaItemMembers.AsNoTracking().Where(m => items.Contains(m.MediaItemId)), cancellationToken);
        return files.GroupBy(f => f.Item).Where(g => g.Count() >= 2).Select(g => Item(g.Select(f => f.File)))
            .OrderBy(i => i.Files[0].Earliest).ThenBy(i => i.Files[0].IngestedAt).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The media item holding <paramref name="evidenceId"/>, or null when no other file shows the same picture or footage.</summary>
    public async Task<MediaItem?> OfAsync(string evidenceId, CancellationToken cancellationToken = default)
    {
        var item = db.MediaItemMembers.AsNoTracking().Where(m => m.EvidenceId == evidenceId).Select(m => m.MediaItemId);
        var files = await LoadAsync(db.MediaItemMembers.AsNoTracking().Where(m => item.Contains(m.MediaItemId)), cancellationToken);
        return files.Count >= 2 ? Item(files.Select(f => f.File)) : null;
    }

    private async Task<List<(Guid Item, MediaItemFile File)>> LoadAsync(IQueryable<MediaItemMember> members, CancellationToken cancellationToken)
    {
        var rows = await (from m in members
                          join f in db.EvidenceFingerprints.AsNoTracking() on m.EvidenceId equals f.EvidenceId
                          join e in db.Evidence.AsNoTracking() on m.EvidenceId equals e.Id
                          join r in db.Reports.AsNoTracking() on e.ReportId equals r.Id into reports
                          from r in reports.DefaultIfEmpty()
                          select new { m.MediaItemId, m.EvidenceId, f.IsVideo, e.FileName, e.ReportId, e.IngestedAt, Title = r == null ? null : r.Title, Published = r == null ? null : r.Published, m.MatchedEvidenceId, m.Distance, m.FramesJson })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.MediaItemId, new MediaItemFile
        {
            EvidenceId = r.EvidenceId,
            FileName = r.FileName,
            IsVideo = r.IsVideo,
            ReportId = r.ReportId,
            ReportTitle = r.Title,
            Published = r.Published,
            IngestedAt = r.IngestedAt,
            MatchedEvidenceId = r.MatchedEvidenceId,
            Distance = r.Distance,
            Frames = GroupMedia.FramesOf(r.FramesJson),
        })).ToList();
    }

    // Earliest first: the report's publication date, then when the file was stored.
    private static MediaItem Item(IEnumerable<MediaItemFile> files) =>
        new(files.OrderBy(f => f.Earliest).ThenBy(f => f.IngestedAt).ThenBy(f => f.EvidenceId, StringComparer.Ordinal).ToList());
}
