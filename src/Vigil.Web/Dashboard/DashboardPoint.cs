namespace Vigil.Web.Dashboard;

/// <summary>A city with its number of incidents.</summary>
public sealed record DashboardPoint(string Place, double Latitude, double Longitude, int Count);
