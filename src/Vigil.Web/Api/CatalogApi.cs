using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Vigil.Storage.Incidents;
using Vigil.Storage.Incidents.Export;
using Vigil.Web.Auth;
using Vigil.Web.Incidents;

namespace Vigil.Web.Api;

/// <summary>Statements, sources, evidence and exports.</summary>
internal static class CatalogApi
{
    public static void MapStatementsApi(this RouteGroupBuilder api) =>
        api.MapGet("/statements", async (VigilDbContext db, Guid? speaker, int? page, CancellationToken cancellationToken) =>
                TypedResults.Ok((await (from s in db.Statements.AsNoTracking()
                                       join p in db.Speakers.AsNoTracking() on s.SpeakerId equals p.Id
                                       where speaker == null || s.SpeakerId == speaker
                                       orderby s.DateFrom descending, s.Id
                                       select new StatementRow(s.Id, s.SpeakerId, p.Name, s.Date, s.Quote, s.Outlet, s.MentionCount, s.Sources))
                    .Skip((Math.Clamp(page ?? 1, 1, 10_000) - 1) * 100).Take(100).ToListAsync(cancellationToken))
                    .Select(r => r with { Sources = Vigil.Storage.Sources.SourceNames.WithoutFileNames(r.Sources) }).ToList()))
            .RequireAuthorization(Policies.Read).WithTags("statements").WithSummary("Statements (one utterance, quoted by one or more reports), newest first; speaker = a speaker's id");

    public static void MapSourcesApi(this RouteGroupBuilder api) =>
        api.MapGet("/sources", async (VigilDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await db.Sources.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken)))
            .RequireAuthorization(Policies.Read).WithTags("sources");

    public static void MapEvidenceApi(this RouteGroupBuilder api)
    {
        api.MapGet("/evidence", async (HttpContext http, VigilDbContext db, string? reportId, CancellationToken cancellationToken) =>
            {
                var rows = await db.Evidence.AsNoTracking().Where(e => reportId == null || e.ReportId == reportId).OrderBy(e => e.IngestedAt).Take(1000).ToListAsync(cancellationToken);

                // File names and location/device metadata can identify a witness: editors only.
                var editor = http.User.IsEditor();
                return TypedResults.Ok(rows.Select(e => new EvidenceRow(
                    e.Id, e.ReportId, editor ? e.FileName : null, e.MediaType, e.ByteLength,
                    editor ? e.MetadataJson : Vigil.Storage.Evidence.LocationMetadata.Strip(e.MetadataJson), e.IngestedAt)).ToList());
            })
            .RequireAuthorization(Policies.Read).WithTags("evidence").WithSummary("Evidence files' metadata (file names, location and device fields for editors only)");

        // Served as an attachment with a neutral type: a file that claims to be an image but holds HTML
        // or script must never run in Vigil's origin.
        api.MapGet("/evidence/{id}/content", async Task<Results<FileStreamHttpResult, NotFound>> (string id, VigilDbContext db, BlobStore blobs, CancellationToken cancellationToken) =>
            {
                var e = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
                return e is null || !blobs.Exists(e.Id)
                    ? TypedResults.NotFound()
                    : TypedResults.File(blobs.Open(e.Id), "application/octet-stream", e.FileName);
            })
            .RequireAuthorization(Policies.Review).WithTags("evidence").WithSummary("An evidence file's original bytes (editors and admins)");
    }

    public static void MapExportsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/exports/incidents.csv", (HttpContext http, VigilDbContext db, [AsParameters] ExportQuery query) => ExportAsync(http, db, "acled", query, "text/csv; charset=utf-8", "vigil-incidents.csv"))
            .RequireAuthorization(Policies.Read).WithTags("exports").WithSummary("Incidents as ACLED-compatible CSV (effective values; rejected left out unless status=rejected; viewers: confirmed only)");
        api.MapGet("/exports/incidents.json", (HttpContext http, VigilDbContext db, [AsParameters] ExportQuery query) => ExportAsync(http, db, "json", query, "application/json; charset=utf-8", "vigil-incidents.json"))
            .RequireAuthorization(Policies.Read).WithTags("exports").WithSummary("Incidents as JSON, with figures by source and the editor's values");
        api.MapGet("/exports/incidents.geojson", (HttpContext http, VigilDbContext db, [AsParameters] ExportQuery query) => ExportAsync(http, db, "geojson", query, "application/geo+json", "vigil-incidents.geojson"))
            .RequireAuthorization(Policies.Read).WithTags("exports").WithSummary("Located incidents as GeoJSON points");
        api.MapGet("/exports/counts.csv", (HttpContext http, VigilDbContext db, [AsParameters] ExportQuery query) => ExportAsync(http, db, "counts", query, "text/csv; charset=utf-8", "vigil-counts.csv"))
            .RequireAuthorization(Policies.Read).WithTags("exports").WithSummary("Incidents, killed, injured and arrested per day × province × type");
    }

    // The same IncidentExport as `vigil export`. It writes synchronously in places, so the output is
    // buffered (memory, then a temporary file) and copied to the response.
    private static async Task ExportAsync(HttpContext http, VigilDbContext db, string format, ExportQuery query, string contentType, string fileName)
    {
        var status = IncidentQuery.For(db, http.User).ConfirmedOnly ? IncidentStatus.Confirmed : query.Status;
        if (status is not null && !IncidentStatus.All.Contains(status))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var filter = new Vigil.Storage.Incidents.Export.IncidentFilter(query.From, query.To, query.Type, query.Province, status, query.Corroboration);
        await using var buffer = new FileBufferingWriteStream();
        await new IncidentExport(db).WriteAsync(format, filter, buffer, http.RequestAborted);
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await buffer.DrainBufferAsync(http.Response.Body, http.RequestAborted);
    }
}

/// <summary>A statement with its speaker's name.</summary>
internal sealed record StatementRow(Guid Id, Guid SpeakerId, string Speaker, string? Date, string Quote, string? Outlet, int Mentions, string Sources);

/// <summary>An evidence file's row as a reader may see it: <see cref="FileName"/> is null and location/device fields are stripped from <see cref="MetadataJson"/> for everyone but editors.</summary>
internal sealed record EvidenceRow(string Id, string? ReportId, string? FileName, string MediaType, long ByteLength, string MetadataJson, DateTime IngestedAt);

/// <summary>The export filters (query string).</summary>
internal sealed record ExportQuery(DateOnly? From, DateOnly? To, string? Type, string? Province, string? Status, int? Corroboration);
