using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Web.Incidents;
using Vigil.Web.Store;

namespace Vigil.Web.Dashboard;

/// <summary>
/// The dashboard's numbers over clustered incidents (rejected ones left out): counts by type and by
/// province, counts per week (or month) by type, and city points, all aggregated in SQL.
/// </summary>
public sealed class DashboardQuery(VigilDbContext db, AuditHeadCache? cache = null)
{
    /// <summary>
    /// Everything the dashboard draws, for the incidents <paramref name="incidents"/> shows that match <paramref name="filter"/>;
    /// with a <paramref name="cache"/>, computed once per audit-log head (see <see cref="AuditHeadCache"/>).
    /// </summary>
    public Task<DashboardData> RunAsync(IncidentQuery incidents, IncidentFilter filter, CancellationToken cancellationToken = default) =>
        cache is null
            ? ComputeAsync(incidents, filter, cancellationToken)
            : cache.GetAsync(db, $"dashboard:{incidents.ConfirmedOnly}:{filter.MatchKey}", token => ComputeAsync(incidents, filter, token), cancellationToken);

    private async Task<DashboardData> ComputeAsync(IncidentQuery query, IncidentFilter filter, CancellationToken cancellationToken)
    {
        var incidents = query.Filtered(filter);
        var byType = await incidents.GroupBy(i => i.Type).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byProvince = await incidents.Where(i => i.Admin1 != null && i.Country == "IR").GroupBy(i => i.Admin1!).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var points = await incidents.Where(i => i.Latitude != null && i.Longitude != null && i.GeoPrecision == "city")
            .GroupBy(i => new { i.Place, i.Latitude, i.Longitude }).Select(g => new { g.Key.Place, g.Key.Latitude, g.Key.Longitude, Count = g.Count() })
            .OrderByDescending(p => p.Count).Take(500).ToListAsync(cancellationToken);
        var total = byType.Sum(t => t.Count);
        var reports = await db.Reports.CountAsync(cancellationToken);
        var sources = await db.Sources.CountAsync(cancellationToken);

        // Only incidents dated to the day are on the timeline. Weeks start on Saturday, as Iran's week does;
        // over three years, months instead. Either way the grouping runs in SQL: per month on the date's
        // "YYYY-MM" prefix, per day otherwise (at most ~1,100 days × 11 types), then days into weeks here.
        var dated = incidents.Where(i => i.DateFrom != null && i.Date != null && i.Date.Length == 10);
        var first = await dated.MinAsync(i => i.DateFrom, cancellationToken);
        var last = await dated.MaxAsync(i => i.DateFrom, cancellationToken);
        var unit = "week";
        var counts = new Dictionary<DateOnly, Dictionary<string, int>>();
        void Add(DateOnly at, string type, int count)
        {
            var cell = counts.TryGetValue(at, out var c) ? c : counts[at] = [];
            cell[type] = cell.GetValueOrDefault(type) + count;
        }

        if (first is { } a && last is { } b && b.DayNumber - a.DayNumber > 3 * 365)
        {
            unit = "month";
            var months = await dated.GroupBy(i => new { Month = i.Date!.Substring(0, 7), i.Type })
                .Select(g => new { g.Key.Month, g.Key.Type, Count = g.Count() }).ToListAsync(cancellationToken);
            foreach (var m in months)
            {
                Add(DateOnly.ParseExact(m.Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture), m.Type, m.Count);
            }
        }
        else if (first is not null)
        {
            var days = await dated.GroupBy(i => new { i.DateFrom, i.Type })
                .Select(g => new { g.Key.DateFrom, g.Key.Type, Count = g.Count() }).ToListAsync(cancellationToken);
            foreach (var d in days)
            {
                Add(WeekOf(d.DateFrom!.Value), d.Type, d.Count);
            }
        }

        // Every period between the first and the last is listed (empty ones too) so the bars sit on a true time axis.
        var weeks = new List<DashboardWeek>();
        if (counts.Count > 0)
        {
            Func<DateOnly, DateOnly> next = unit == "month" ? d => d.AddMonths(1) : d => d.AddDays(7);
            for (var at = counts.Keys.Min(); at <= counts.Keys.Max(); at = next(at))
            {
                weeks.Add(new DashboardWeek(at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), counts.GetValueOrDefault(at) ?? []));
            }
        }

        return new DashboardData(
            total,
            reports,
            sources,
            byType.OrderByDescending(t => t.Count).ToDictionary(t => t.Key, t => t.Count),
            byProvince.OrderByDescending(p => p.Count).ToDictionary(p => p.Key, p => p.Count),
            unit,
            weeks,
            points.Select(p => new DashboardPoint(p.Place ?? "?", p.Latitude!.Value, p.Longitude!.Value, p.Count)).ToList());
    }

    private static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 1) % 7));
}
