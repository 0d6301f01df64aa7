namespace Vigil.Web.Dashboard;

/// <summary>Incidents dated to one day within a week (starting Saturday), by type.</summary>
public sealed record DashboardWeek(string Week, Dictionary<string, int> ByType);
