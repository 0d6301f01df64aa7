using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Mentions;
using Vigil.Web.Auth;
using Vigil.Web.Dashboard;
using Vigil.Web.Incidents;

namespace Vigil.Web.Api;

internal static class IncidentsApi
{
    public static void MapIncidentsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/incidents", ListAsync).RequireAuthorization(Policies.Read).WithTags("incidents").WithSummary("Incidents (for now: one per report's account) with filters");
        api.MapGet("/incidents/{id:guid}", GetAsync).RequireAuthorization(Policies.Read).WithTags("incidents");
    }

    public static void MapStatsApi(this RouteGroupBuilder api) =>
        api.MapGet("/stats", async ([AsParameters] IncidentFilter filter, VigilDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await new DashboardQuery(db).RunAsync(filter, cancellationToken)))
            .RequireAuthorization(Policies.Read).WithTags("incidents").WithSummary("Counts by type, province, week and city (the dashboard's data)");

    private static async Task<Ok<IncidentPage>> ListAsync([AsParameters] IncidentFilter filter, VigilDbContext db, CancellationToken cancellationToken)
    {
        var (rows, total) = await new IncidentQuery(db).ListAsync(filter, cancellationToken);
        return TypedResults.Ok(new IncidentPage(total, Math.Max(1, filter.Page ?? 1), IncidentFilter.PageSize, rows));
    }

    private static async Task<Results<Ok<Mention>, NotFound>> GetAsync(Guid id, VigilDbContext db, CancellationToken cancellationToken) =>
        await db.Mentions.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is { } m ? TypedResults.Ok(m) : TypedResults.NotFound();
}

/// <summary>One page of incidents.</summary>
internal sealed record IncidentPage(int Total, int Page, int PageSize, List<IncidentRow> Rows);
