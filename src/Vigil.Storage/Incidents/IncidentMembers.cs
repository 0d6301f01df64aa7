using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Sources;

namespace Vigil.Storage.Incidents;

/// <summary>Loads incidents' member mentions with their sources' grades.</summary>
public static class IncidentMembers
{
    /// <summary>Members of each incident in <paramref name="incidentIds"/>.</summary>
    public static async Task<Dictionary<Guid, List<MemberMention>>> LoadAsync(VigilDbContext db, IReadOnlyCollection<Guid> incidentIds, CancellationToken cancellationToken = default)
    {
        var result = incidentIds.ToDictionary(id => id, _ => new List<MemberMention>());
        foreach (var chunk in incidentIds.Chunk(500))
        {
            var rows = await (from m in db.Mentions.AsNoTracking()
                              where m.IncidentId != null && chunk.Contains(m.IncidentId.Value)
                              join r in db.Reports on m.ReportId equals r.Id
                              join s in db.Sources on r.SourceId equals s.Id into sources
                              from s in sources.DefaultIfEmpty()
                              select new { Mention = m, r.FileName, r.Published, Source = s })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                result[row.Mention.IncidentId!.Value].Add(Member(row.Mention, row.Source, row.FileName, row.Published));
            }
        }

        return result;
    }

    /// <summary>The source key of a report: its source's key, or (no source named) the report itself, which then counts as its own source.</summary>
    public static string SourceKeyOf(string? sourceKey, string reportId) => sourceKey ?? "report:" + reportId;

    /// <summary>The source name shown for a report: its source's name, or "unattributed" (never its file name).</summary>
    public static string SourceNameOf(string? sourceName) => SourceNames.Of(sourceName);

    /// <summary>A member from its mention, its report's source (if any) and the report's file name and date.</summary>
    public static MemberMention Member(Mentions.Mention mention, Source? source, string fileName, DateOnly? published) =>
        source is null
            ? new MemberMention(mention, SourceNameOf(null), SourceKeyOf(null, mention.ReportId), null, "F", published)
            : new MemberMention(mention, source.Name, source.Key, source.Affiliation, source.Reliability, published);
}
