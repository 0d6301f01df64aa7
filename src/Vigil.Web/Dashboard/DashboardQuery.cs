using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Web.Incidents;
using Vigil.Web.Store;
using Vigil.Storage.Incidents;
using Vigil.Storage.Users;
using Vigil.Web.Localization;

namespace Vigil.Web.Dashboard;

/// <summary>
/// The dashboard's numbers over clustered incidents (rejected ones left out): counts by type and by
/// province, counts per week (or month) by type, and city points, aggregated in SQL, with the incidents an
/// editor changed counted by their effective values.
/// </summary>
public sealed class DashboardQuery(VigilDbContext db, AuditHeadCache? cache = null)
{
    /// <summary>
    /// Everything the dashboard draws, for the incidents <paramref name="incidents"/> shows that match <paramref name="filter"/>,
    /// month buckets in <paramref name="calendar"/> (<see cref="UserPreferences.Gregorian"/> or <see cref="UserPreferences.SolarHijri"/>);
    /// with a <paramref name="cache"/>, computed once per audit-log head (see <see cref="AuditHeadCache"/>).
    /// </summary>
    public Task<DashboardData> RunAsync(IncidentQuery incidents, IncidentFilter filter, string calendar, CancellationToken cancellationToken = default) =>
        cache is null
            ? ComputeAsync(incidents, filter, calendar, cancellationToken)
            : cache.GetAsync(db, $"dashboard:{incidents.ConfirmedOnly}:{calendar}:{filter.MatchKey}", token => ComputeAsync(incidents, filter, calendar, token), cancellationToken);

    private async Task<DashboardData> ComputeAsync(IncidentQuery query, IncidentFilter filter, string calendar, CancellationToken cancellationToken)
    {
        // Incidents an editor changed are counted by their effective values, in memory (they are few); the
        // rest are grouped in SQL by the machine values in the indexed columns. The id list is one parameter,
        // however many incidents are edited.
        // A wave with parts is counted as its parts (days and places, as ACLED counts), never as well as them.
        var all = (await query.FilteredAsync(filter, cancellationToken)).Where(i => !db.Incidents.Any(p => p.PartOfId == i.Id));
        var edited = (await query.EditedAsync(cancellationToken)).ToDictionary(e => e.Id);
        var editedIds = edited.Keys.ToList();
        var incidents = editedIds.Count == 0 ? all : all.Where(i => !EF.Parameter(editedIds).Contains(i.Id));
        var changed = editedIds.Count == 0
            ? []
            : (await all.Where(i => EF.Parameter(editedIds).Contains(i.Id)).Select(i => new { i.Id, i.Latitude, i.Longitude, i.GeoPrecision }).ToListAsync(cancellationToken))
                .Select(i => (Incident: edited[i.Id], i.Latitude, i.Longitude, i.GeoPrecision)).ToList();

        var byType = (await incidents.GroupBy(i => i.Type).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(t => t.Key, t => t.Count);
        var byProvince = (await incidents.Where(i => i.Admin1 != null && i.Country == "IR").GroupBy(i => i.Admin1!).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(p => p.Key, p => p.Count);
        var points = (await incidents.Where(i => i.Latitude != null && i.Longitude != null && i.GeoPrecision == "city")
            .GroupBy(i => new { i.Place, i.Latitude, i.Longitude }).Select(g => new { g.Key.Place, g.Key.Latitude, g.Key.Longitude, Count = g.Count() })
            .OrderByDescending(p => p.Count).Take(500).ToListAsync(cancellationToken))
            .ToDictionary(p => (Place: p.Place ?? "?", Latitude: p.Latitude!.Value, Longitude: p.Longitude!.Value), p => p.Count);
        foreach (var (incident, latitude, longitude, precision) in changed)
        {
            byType[incident.Type] = byType.GetValueOrDefault(incident.Type) + 1;
            if (incident.Admin1 is { } province && incident.Country == "IR")
            {
                byProvince[province] = byProvince.GetValueOrDefault(province) + 1;
            }

            if (latitude is { } lat && longitude is { } lon && precision == "city")
            {
                var key = (incident.Place ?? "?", lat, lon);
                points[key] = points.GetValueOrDefault(key) + 1;
            }
        }

        var total = byType.Values.Sum();
        var reports = await db.Reports.CountAsync(cancellationToken);
        var sources = await db.Sources.CountAsync(cancellationToken);

        // Only incidents dated to the day are on the timeline. Weeks start on Saturday, as Iran's week does;
        // over three years, months instead. Either way the grouping runs in SQL: per month on the date's
        // "YYYY-MM" prefix, per day otherwise (at most ~1,100 days × 11 types), then days into weeks here.
        var dated = incidents.Where(i => i.DateFrom != null && i.Date != null && i.Date.Length == 10);
        var datedChanged = changed.Select(c => c.Incident).Where(e => e.DateFrom is not null && e.Date is { Length: 10 }).ToList();
        var first = datedChanged.Select(e => e.DateFrom).Append(await dated.MinAsync(i => i.DateFrom, cancellationToken)).Min();
        var last = datedChanged.Select(e => e.DateFrom).Append(await dated.MaxAsync(i => i.DateFrom, cancellationToken)).Max();
        var unit = "week";
        var counts = new Dictionary<DateOnly, Dictionary<string, int>>();
        void Add(DateOnly at, string type, int count)
        {
            var cell = counts.TryGetValue(at, out var c) ? c : counts[at] = [];
            cell[type] = cell.GetValueOrDefault(type) + count;
        }

        var solar = calendar == UserPreferences.SolarHijri;
        if (first is { } a && last is { } b && b.DayNumber - a.DayNumber > 3 * 365)
        {
            unit = "month";
            if (solar)
            {
                // Solar Hijri months begin around the 21st of a Gregorian month, so no "YYYY-MM" prefix groups them: days
                // are grouped in SQL (at most a few thousand days × 11 types) and gathered into Solar months here.
                var days = await dated.GroupBy(i => new { i.DateFrom, i.Type })
                    .Select(g => new { g.Key.DateFrom, g.Key.Type, Count = g.Count() }).ToListAsync(cancellationToken);
                foreach (var d in days)
                {
                    Add(DateDisplay.MonthStart(d.DateFrom!.Value, solar: true), d.Type, d.Count);
                }
            }
            else
            {
                var months = await dated.GroupBy(i => new { Month = i.Date!.Substring(0, 7), i.Type })
                    .Select(g => new { g.Key.Month, g.Key.Type, Count = g.Count() }).ToListAsync(cancellationToken);
                foreach (var m in months)
                {
                    Add(DateOnly.ParseExact(m.Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture), m.Type, m.Count);
                }
            }

            foreach (var e in datedChanged)
            {
                Add(DateDisplay.MonthStart(e.DateFrom!.Value, solar), e.Type, 1);
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

            foreach (var e in datedChanged)
            {
                Add(WeekOf(e.DateFrom!.Value), e.Type, 1);
            }
        }

        // Every period between the first and the last is listed (empty ones too) so the bars sit on a true time axis.
        var weeks = new List<DashboardWeek>();
        if (counts.Count > 0)
        {
            // 31 days on from a month's first day is always in the next month, in either calendar.
            Func<DateOnly, DateOnly> next = unit == "month" ? d => DateDisplay.MonthStart(d.AddDays(31), solar) : d => d.AddDays(7);
            for (var at = counts.Keys.Min(); at <= counts.Keys.Max(); at = next(at))
            {
                weeks.Add(new DashboardWeek(at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), counts.GetValueOrDefault(at) ?? []));
            }
        }

        return new DashboardData(
            total,
            reports,
            sources,
            byType.OrderByDescending(t => t.Value).ToDictionary(t => t.Key, t => t.Value),
            byProvince.OrderByDescending(p => p.Value).ToDictionary(p => p.Key, p => p.Value),
            unit,
            unit == "month" && solar ? UserPreferences.SolarHijri : UserPreferences.Gregorian,
            weeks,
            points.OrderByDescending(p => p.Value).Take(500).Select(p => new DashboardPoint(p.Key.Place, p.Key.Latitude, p.Key.Longitude, p.Value)).ToList());
    }

    private static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 1) % 7));
}
