namespace Vigil.Web.Dashboard;

/// <summary>What the dashboard draws; <c>TimelineUnit</c> is "week" (starting Saturday) or "month" (spans over three years) (also served as JSON to its scripts at <c>/api/v1/stats</c>).</summary>
public sealed record DashboardData(
    int Incidents,
    int Reports,
    int Sources,
    Dictionary<string, int> ByType,
    Dictionary<string, int> ByProvince,
    string TimelineUnit,
    List<DashboardWeek> Weeks,
    List<DashboardPoint> Points);
