using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Web.Incidents;

namespace Vigil.Web.Dashboard;

/// <summary>The dashboard's numbers: counts by type and by province, counts per week by type, and city points.</summary>
public sealed class DashboardQuery(VigilDbContext db)
{
    /// <summary>Everything the dashboard draws, for the incidents matching <paramref name="filter"/>.</summary>
    public async Task<DashboardData> RunAsync(IncidentFilter filter, CancellationToken cancellationToken = default)
    {
        var mentions = new IncidentQuery(db).Filtered(filter);
        var byType = await mentions.GroupBy(m => m.Type).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byProvince = await mentions.Where(m => m.Admin1 != null && m.Country == "IR").GroupBy(m => m.Admin1!).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byDay = await mentions.Where(m => m.DateFrom != null && m.Date != null && m.Date.Length == 10)
            .GroupBy(m => new { m.DateFrom, m.Type }).Select(g => new { g.Key.DateFrom, g.Key.Type, Count = g.Count() }).ToListAsync(cancellationToken);
        var points = await mentions.Where(m => m.Latitude != null && m.Longitude != null && m.GeoPrecision == "city")
            .GroupBy(m => new { m.Place, m.Latitude, m.Longitude }).Select(g => new { g.Key.Place, g.Key.Latitude, g.Key.Longitude, Count = g.Count() })
            .OrderByDescending(p => p.Count).Take(500).ToListAsync(cancellationToken);
        var total = byType.Sum(t => t.Count);
        var reports = await db.Reports.CountAsync(cancellationToken);
        var sources = await db.Sources.CountAsync(cancellationToken);

        // Weeks start on Saturday, as Iran's week does.
        var weeks = byDay.GroupBy(d => WeekOf(d.DateFrom!.Value))
            .OrderBy(g => g.Key)
            .Select(g => new DashboardWeek(g.Key.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g.GroupBy(d => d.Type).ToDictionary(t => t.Key, t => t.Sum(d => d.Count))))
            .ToList();
        return new DashboardData(
            total,
            reports,
            sources,
            byType.OrderByDescending(t => t.Count).ToDictionary(t => t.Key, t => t.Count),
            byProvince.OrderByDescending(p => p.Count).ToDictionary(p => p.Key, p => p.Count),
            weeks,
            points.Select(p => new DashboardPoint(p.Place ?? "?", p.Latitude!.Value, p.Longitude!.Value, p.Count)).ToList());
    }

    private static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 1) % 7));
}
