using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Incidents;

/// <summary>
/// The incident detail, read one way for <c>vigil incident ID</c>, the incident and review pages and
/// <c>/api/v1/incidents/{id}</c>: the incident with the editor's values beside the machine's, figures by source,
/// its mentions (oldest report first) with the evidence text each span covers, and its audit history.
/// </summary>
public sealed class ReadIncident(VigilDbContext db)
{
    /// <summary>
    /// The incident <paramref name="id"/> as <paramref name="audience"/> may see it, with at most
    /// <paramref name="mentionLimit"/> mentions (all when null); null when there is none or it is hidden from them.
    /// </summary>
    public async Task<IncidentDetail?> RunAsync(Guid id, IncidentAudience audience, int? mentionLimit = null, CancellationToken cancellationToken = default)
    {
        var confirmedOnly = audience == IncidentAudience.Reader;
        var incident = await db.Incidents.AsNoTracking()
            .Where(i => i.Id == id && (!confirmedOnly || i.Status == IncidentStatus.Confirmed))
            .FirstOrDefaultAsync(cancellationToken);
        if (incident is null)
        {
            return null;
        }

        var query = from m in db.Mentions.AsNoTracking()
                    where m.IncidentId == id
                    join r in db.Reports.AsNoTracking() on m.ReportId equals r.Id
                    orderby r.Published, m.Id
                    select new
                    {
                        Mention = m,
                        r.Title,
                        r.FileName,
                        r.Published,
                        Source = r.Source == null ? null : r.Source.Name,
                        Reliability = r.Source == null ? null : r.Source.Reliability,
                        r.Body,
                    };
        var rows = await (mentionLimit is { } limit ? query.Take(limit) : query).ToListAsync(cancellationToken);
        var mentions = rows.Select(r => new IncidentMention(r.Mention, r.Mention.ReportId, r.Title, confirmedOnly ? null : r.FileName, r.Source, r.Reliability, r.Published, Slice(r.Body, r.Mention.EvidenceStart, r.Mention.EvidenceEnd))).ToList();
        var subject = id.ToString();
        var history = await db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectType == "incident" && e.SubjectId == subject)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        var figures = audience == IncidentAudience.Operator ? SourceFigure.Of(incident) : SourceFigure.WithoutFileNames(incident);
        var bodies = rows.GroupBy(r => r.Mention.ReportId).ToDictionary(g => g.Key, g => g.First().Body);
        var parts = await db.Incidents.AsNoTracking()
            .Where(i => i.PartOfId == id && (!confirmedOnly || i.Status == IncidentStatus.Confirmed))
            .OrderBy(i => i.DateFrom).ThenBy(i => i.Id)
            .Select(i => new IncidentPart(i.Id, i.Type, i.Date, i.Place, i.Admin1, i.KilledBest, i.InjuredBest, i.ArrestedBest, i.Status))
            .ToListAsync(cancellationToken);
        return new IncidentDetail(incident, IncidentOverrides.Of(incident), figures, mentions, history, bodies, parts);
    }

    // Spans are UTF-16 offsets into the body, so they are cut here rather than by SQL (which counts code points).
    private static string Slice(string body, int start, int end)
    {
        start = Math.Clamp(start, 0, body.Length);
        return body[start..Math.Clamp(end, start, body.Length)];
    }
}
