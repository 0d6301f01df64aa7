using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Users;
using Vigil.Web.Auth;
using Vigil.Web.Dashboard;
using Vigil.Web.Incidents;
using Vigil.Web.Store;

namespace Vigil.Web.Api;

internal static class IncidentsApi
{
    public static void MapIncidentsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/incidents", ListAsync).RequireAuthorization(Policies.Read).WithTags("incidents").WithName("listIncidents")
            .WithSummary("Clustered incidents, newest first, with filters (viewers: confirmed only; rejected left out unless status=rejected)")
            .WithDescription("Pages: `after=` the `next` value of a page gives the page after it, `before=` its `previous` value the page before; a cursor costs the same at any depth. "
                + "`page=` (1-based, at most 200) still reads a page by number, by offset. Without `q` the count goes ten pages past the page's start at most: "
                + "`more` true means there are more than `total`. With `q`, `total` counts the matches up to 10,000.");
        api.MapGet("/incidents/{id:guid}", GetAsync).RequireAuthorization(Policies.Read).WithTags("incidents").WithName("getIncident")
            .WithSummary("One incident: machine and editor values, figures by source, mentions with their evidence text, history");
    }

    public static void MapStatsApi(this RouteGroupBuilder api) =>
        api.MapGet("/stats", async Task<Results<Ok<DashboardData>, ValidationProblem>> ([AsParameters] IncidentFilter filter, [FromQuery] string? calendar, VigilDbContext db, AuditHeadCache cache, HttpContext http, CancellationToken cancellationToken) =>
                Validate(filter) is { } invalid ? invalid
                : calendar is not null && !UserPreferences.Calendars.Contains(calendar) ? ApiProblems.Invalid("calendar", $"'{calendar}' is not one of {string.Join(", ", UserPreferences.Calendars)}")
                : TypedResults.Ok(await new DashboardQuery(db, cache).RunAsync(IncidentQuery.For(db, http.User), filter, calendar ?? UserPreferences.Gregorian, cancellationToken)))
            .RequireAuthorization(Policies.Read).WithTags("incidents").WithName("getIncidentStats")
            .WithSummary("Counts by type, province, week and city (the dashboard's data), with the incident list's filters; month buckets in the Gregorian calendar, or the Solar Hijri one with calendar=solar_hijri");

    private static async Task<Results<Ok<IncidentListPage>, ValidationProblem>> ListAsync([AsParameters] IncidentFilter filter, VigilDbContext db, AuditHeadCache cache, HttpContext http, CancellationToken cancellationToken)
    {
        if (Validate(filter) is { } invalid)
        {
            return invalid;
        }

        if (filter.Page is > IncidentFilter.MaxPage)
        {
            return ApiProblems.Invalid("page", $"at most {IncidentFilter.MaxPage}: narrow the filters to reach older incidents");
        }

        foreach (var (name, value) in new[] { ("after", filter.After), ("before", filter.Before) })
        {
            if (value is not null && !IncidentCursor.TryParse(value, out _))
            {
                return ApiProblems.Invalid(name, $"'{value}' {IncidentCursor.Expected}");
            }
        }

        if (filter is { After: not null, Before: not null })
        {
            return ApiProblems.Invalid("before", "give after or before, not both");
        }

        var page = await IncidentQuery.For(db, http.User, cache).ListAsync(filter, cancellationToken);
        return TypedResults.Ok(new IncidentListPage(page.Total, page.More, page.Page, IncidentFilter.PageSize, page.Rows, page.Next?.ToString(), page.Previous?.ToString()));
    }

    private static async Task<Results<Ok<IncidentResponse>, ProblemHttpResult>> GetAsync(Guid id, VigilDbContext db, HttpContext http, CancellationToken cancellationToken) =>
        await IncidentQuery.For(db, http.User).DetailAsync(id, cancellationToken) is { } detail
            ? TypedResults.Ok(IncidentResponse.Of(detail))
            : ApiProblems.NotFound($"incident {id}");

    // Values that bind but mean nothing: an unknown type or status, an inverted range, a page below 1.
    private static ValidationProblem? Validate(IncidentFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Type) && !IncidentQuery.Types.Contains(filter.Type))
        {
            return ApiProblems.Invalid("type", $"'{filter.Type}' is not an incident type ({string.Join(", ", IncidentQuery.Types)})");
        }

        if (!string.IsNullOrWhiteSpace(filter.Status) && !Vigil.Storage.Incidents.IncidentStatus.All.Contains(filter.Status))
        {
            return ApiProblems.Invalid("status", $"'{filter.Status}' is not a review status ({string.Join(", ", Vigil.Storage.Incidents.IncidentStatus.All)})");
        }

        if (filter is { From: { } from, To: { } to } && to < from)
        {
            return ApiProblems.Invalid("to", "is before from");
        }

        return ApiProblems.InvalidPage(filter.Page);
    }
}
