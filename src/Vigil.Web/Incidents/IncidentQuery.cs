using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Mentions;
using Vigil.Storage.Reports;

namespace Vigil.Web.Incidents;

/// <summary>
/// Reads incidents for the list, the incident page, the dashboard and the API. Until incident clustering
/// lands this reads mentions (one report's account of one incident); switching to clustered incidents
/// means changing this class only (see docs/web.md).
/// </summary>
public sealed class IncidentQuery(VigilDbContext db)
{
    /// <summary>The incident types the pipeline produces, for the filter's drop-down.</summary>
    public static IReadOnlyList<string> Types { get; } =
        ["protest", "riot", "killing", "injury", "arrest", "execution", "attack", "property_destruction", "graffiti_poster", "strike", "other"];

    /// <summary>The rows matching <paramref name="filter"/> (newest first) and their total.</summary>
    public async Task<(List<IncidentRow> Rows, int Total)> ListAsync(IncidentFilter filter, CancellationToken cancellationToken = default)
    {
        var mentions = Filtered(filter);
        var total = await mentions.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page ?? 1);
        var rows = await Project(mentions
                .OrderByDescending(m => m.DateFrom)
                .ThenBy(m => m.ReportId)
                .ThenBy(m => m.Ordinal)
                .Skip((page - 1) * IncidentFilter.PageSize)
                .Take(IncidentFilter.PageSize))
            .ToListAsync(cancellationToken);
        return (rows, total);
    }

    /// <summary>The mentions matching <paramref name="filter"/>, as a query to compose further.</summary>
    public IQueryable<Mention> Filtered(IncidentFilter filter)
    {
        var mentions = db.Mentions.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            mentions = mentions.Where(m => m.Type == filter.Type);
        }

        if (filter.From is { } from)
        {
            mentions = mentions.Where(m => m.DateTo >= from);
        }

        if (filter.To is { } to)
        {
            mentions = mentions.Where(m => m.DateFrom <= to);
        }

        if (!string.IsNullOrWhiteSpace(filter.Province))
        {
            mentions = mentions.Where(m => m.Admin1 == filter.Province);
        }

        if (filter.Source is { } source)
        {
            mentions = mentions.Where(m => db.Reports.Any(r => r.Id == m.ReportId && r.SourceId == source));
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var ids = new SearchReports(db).Ids(filter.Q);
            mentions = mentions.Where(m => ids.Contains(m.ReportId));
        }

        return mentions;
    }

    /// <summary>One incident with its report, or null.</summary>
    public async Task<(Mention Mention, Report Report)?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var mention = await db.Mentions.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mention is null)
        {
            return null;
        }

        var report = await db.Reports.AsNoTracking().Include(r => r.Source).Include(r => r.Evidence).FirstAsync(r => r.Id == mention.ReportId, cancellationToken);
        return (mention, report);
    }

    private IQueryable<IncidentRow> Project(IQueryable<Mention> mentions) =>
        from m in mentions
        join r in db.Reports on m.ReportId equals r.Id
        select new IncidentRow(m.Id, m.Type, m.Date, m.DateEnd, m.Place, m.Admin1, m.KilledMin, m.KilledMax, m.InjuredMin, m.InjuredMax, m.ArrestedMin, m.ArrestedMax,
            r.Id, r.Title, r.Source == null ? null : r.Source.Name, m.Confidence);
}
