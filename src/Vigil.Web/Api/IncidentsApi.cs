using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Vigil.Storage.Database;
using Vigil.Web.Auth;
using Vigil.Web.Dashboard;
using Vigil.Web.Incidents;
using Vigil.Web.Store;

namespace Vigil.Web.Api;

internal static class IncidentsApi
{
    public static void MapIncidentsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/incidents", ListAsync).RequireAuthorization(Policies.Read).WithTags("incidents")
            .WithSummary("Clustered incidents, newest first, with filters (viewers: confirmed only; rejected left out unless status=rejected)");
        api.MapGet("/incidents/{id:guid}", GetAsync).RequireAuthorization(Policies.Read).WithTags("incidents")
            .WithSummary("One incident: machine and editor values, figures by source, mentions with their evidence text, history");
    }

    public static void MapStatsApi(this RouteGroupBuilder api) =>
        api.MapGet("/stats", async ([AsParameters] IncidentFilter filter, VigilDbContext db, AuditHeadCache cache, HttpContext http, CancellationToken cancellationToken) =>
                TypedResults.Ok(await new DashboardQuery(db, cache).RunAsync(IncidentQuery.For(db, http.User), filter, cancellationToken)))
            .RequireAuthorization(Policies.Read).WithTags("incidents").WithSummary("Counts by type, province, week and city (the dashboard's data)");

    private static async Task<Ok<IncidentPage>> ListAsync([AsParameters] IncidentFilter filter, VigilDbContext db, AuditHeadCache cache, HttpContext http, CancellationToken cancellationToken)
    {
        var (rows, total) = await IncidentQuery.For(db, http.User, cache).ListAsync(filter, cancellationToken);
        return TypedResults.Ok(new IncidentPage(Math.Min(total, IncidentQuery.CountLimit), total > IncidentQuery.CountLimit, Math.Clamp(filter.Page ?? 1, 1, IncidentFilter.MaxPage), IncidentFilter.PageSize, rows));
    }

    private static async Task<Results<Ok<IncidentDetail>, NotFound>> GetAsync(Guid id, VigilDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        await IncidentQuery.For(db, http.User).DetailAsync(id, cancellationToken) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();
}

/// <summary>One page of incidents; <c>More</c> is true when there are more than <c>Total</c> (counting stops at 10,000).</summary>
internal sealed record IncidentPage(int Total, bool More, int Page, int PageSize, List<IncidentRow> Rows);
