using Microsoft.EntityFrameworkCore;
using Vigil.Core.Media;

namespace Vigil.Storage.Media;

/// <summary>
/// Groups the store's fingerprinted evidence into media items (<see cref="MediaCatalog"/>): loads every
/// fingerprint once, indexes it, and answers for the whole store or for one file.
/// </summary>
public sealed class FindMediaItems(Database.VigilDbContext db, MediaMatchOptions? options = null)
{
    /// <summary>Every media item of two or more files, in order of their earliest file.</summary>
    public async Task<IReadOnlyList<MediaItem>> AllAsync(CancellationToken cancellationToken = default)
    {
        var (files, catalog) = await LoadAsync(cancellationToken);
        return catalog.Groups().Select(g => Item(files, g.Members, g.Links)).OrderBy(i => i.Files[0].Earliest).ThenBy(i => i.Files[0].IngestedAt).ThenBy(i => i.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The media item holding <paramref name="evidenceId"/>, or null when no other file shows the same picture or footage.</summary>
    public async Task<MediaItem?> OfAsync(string evidenceId, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(i => i.Files.Any(f => f.EvidenceId == evidenceId));

    private async Task<(List<MediaItemFile> Files, MediaCatalog Catalog)> LoadAsync(CancellationToken cancellationToken)
    {
        var rows = await (from f in db.EvidenceFingerprints.AsNoTracking()
                          where f.Frames != null
                          join e in db.Evidence.AsNoTracking() on f.EvidenceId equals e.Id
                          join r in db.Reports.AsNoTracking() on e.ReportId equals r.Id into reports
                          from r in reports.DefaultIfEmpty()
                          orderby e.IngestedAt, e.Id
                          select new { f.EvidenceId, f.IsVideo, f.Frames, e.FileName, e.ReportId, e.IngestedAt, Title = r == null ? null : r.Title, Published = r == null ? null : r.Published })
            .ToListAsync(cancellationToken);
        var files = rows.Select(r => new MediaItemFile { EvidenceId = r.EvidenceId, FileName = r.FileName, IsVideo = r.IsVideo, ReportId = r.ReportId, ReportTitle = r.Title, Published = r.Published, IngestedAt = r.IngestedAt }).ToList();
        var fingerprints = rows.Select(r => MediaFingerprint.FromBytes(r.IsVideo, r.Frames)).ToList();
        return (files, new MediaCatalog(fingerprints, options));
    }

    private static MediaItem Item(List<MediaItemFile> files, IReadOnlyList<int> members, IReadOnlyList<MediaLink> links)
    {
        var ordered = members.OrderBy(m => files[m].Earliest).ThenBy(m => files[m].IngestedAt).ThenBy(m => files[m].EvidenceId, StringComparer.Ordinal).ToList();
        var result = new List<MediaItemFile>();
        foreach (var member in ordered)
        {
            // Each file's closest match within the item; frames as seen from this file.
            var best = links.Where(l => l.First == member || l.Second == member).OrderBy(l => l.Match.Distance).ThenBy(l => ordered.IndexOf(l.First == member ? l.Second : l.First)).FirstOrDefault();
            if (best is null || member == ordered[0] && result.Count == 0 && !links.Any(l => l.First == member || l.Second == member))
            {
                result.Add(files[member]);
                continue;
            }

            var other = best.First == member ? best.Second : best.First;
            var frames = best.First == member ? best.Match.Frames : best.Match.Frames.Select(f => new FramePair(f.OtherSeconds, f.Seconds, f.Distance)).ToList();
            result.Add(files[member] with { MatchedEvidenceId = files[other].EvidenceId, Distance = best.Match.Distance, Frames = frames });
        }

        return new MediaItem(result);
    }
}
