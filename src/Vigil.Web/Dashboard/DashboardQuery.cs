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

        // Weeks start on Saturday, as Iran's week does. Every week between the first and the last is
        // listed (empty ones too) so the bars sit on a true time axis; over three years, months instead.
        var days = byDay.Select(d => (Day: d.DateFrom!.Value, d.Type, d.Count)).ToList();
        var unit = "week";
        Func<DateOnly, DateOnly> bucket = WeekOf;
        Func<DateOnly, DateOnly> next = d => d.AddDays(7);
        if (days.Count > 0 && days.Max(d => d.Day).DayNumber - days.Min(d => d.Day).DayNumber > 3 * 365)
        {
            unit = "month";
            bucket = d => new DateOnly(d.Year, d.Month, 1);
            next = d => d.AddMonths(1);
        }

        var counts = days.GroupBy(d => bucket(d.Day)).ToDictionary(g => g.Key, g => g.GroupBy(d => d.Type).ToDictionary(t => t.Key, t => t.Sum(d => d.Count)));
        var weeks = new List<DashboardWeek>();
        if (counts.Count > 0)
        {
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
