namespace Vigil.Web.Api;

/// <summary>
/// <c>/api/v1</c>: the same data and the same authorisation as the pages, for scripts (API tokens) and
/// the dashboard's own scripts (the session cookie). Every endpoint requires sign-in; each names its policy.
/// </summary>
internal static class VigilApi
{
    public static IEndpointRouteBuilder MapVigilApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization();
        api.MapReportsApi();
        api.MapIncidentsApi();
        api.MapPersonsApi();
        api.MapReviewApi();
        api.MapStatementsApi();
        api.MapSourcesApi();
        api.MapEvidenceApi();
        Media.MediaApi.MapMediaApi(api);
        api.MapExportsApi();
        api.MapStatsApi();
        return app;
    }
}
