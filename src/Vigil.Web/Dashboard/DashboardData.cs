namespace Vigil.Web.Dashboard;

/// <summary>
/// What the dashboard draws (also served as JSON to its scripts at <c>/api/v1/stats</c>). <c>TimelineUnit</c> is "week"
/// (starting Saturday) or "month" (spans over three years); <c>TimelineCalendar</c> says whose months: "gregorian", or
/// "solar_hijri" (each bucket keyed by the Gregorian day of its 1st, e.g. 1 Mehr 1401 = "2022-09-23").
/// </summary>
public sealed record DashboardData(
    int Incidents,
    int Reports,
    int Sources,
    Dictionary<string, int> ByType,
    Dictionary<string, int> ByProvince,
    string TimelineUnit,
    string TimelineCalendar,
    List<DashboardWeek> Weeks,
    List<DashboardPoint> Points);
