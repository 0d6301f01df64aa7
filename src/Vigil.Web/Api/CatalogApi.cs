using System.Globalization;
using System.Text.Json;
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
        api.MapGet("/statements", async Task<Results<Ok<ApiPage<StatementResponse>>, ValidationProblem>> (VigilDbContext db, Guid? speaker, int? page, CancellationToken cancellationToken) =>
            {
                if (ApiProblems.InvalidPage(page) is { } invalid)
                {
                    return invalid;
                }

                var statements = db.Statements.AsNoTracking().Where(s => speaker == null || s.SpeakerId == speaker);
                var total = await statements.Take(ApiPage<StatementResponse>.CountLimit + 1).CountAsync(cancellationToken);
                var rows = await (from s in statements
                                  join p in db.Speakers.AsNoTracking() on s.SpeakerId equals p.Id
                                  orderby s.DateFrom descending, s.Id
                                  select new { s.Id, s.SpeakerId, p.Name, s.Date, s.Quote, s.Outlet, s.MentionCount, s.Sources })
                    .Skip(((page ?? 1) - 1) * ApiPage<StatementResponse>.DefaultSize).Take(ApiPage<StatementResponse>.DefaultSize).ToListAsync(cancellationToken);
                return TypedResults.Ok(Page(total, page, [.. rows.Select(s => new StatementResponse(s.Id, s.SpeakerId, s.Name, s.Date, s.Quote, s.Outlet, s.MentionCount, IncidentResponse.List(Vigil.Storage.Sources.SourceNames.WithoutFileNames(s.Sources))))]));
            })
            .RequireAuthorization(Policies.Read).WithTags("statements").WithName("listStatements").WithSummary("Statements (one utterance, quoted by one or more reports), newest first; speaker = a speaker's id");

    public static void MapSourcesApi(this RouteGroupBuilder api) =>
        api.MapGet("/sources", async Task<Results<Ok<ApiPage<SourceResponse>>, ValidationProblem>> (VigilDbContext db, int? page, CancellationToken cancellationToken) =>
            {
                if (ApiProblems.InvalidPage(page) is { } invalid)
                {
                    return invalid;
                }

                var total = await db.Sources.Take(ApiPage<SourceResponse>.CountLimit + 1).CountAsync(cancellationToken);
                var rows = await db.Sources.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id)
                    .Skip(((page ?? 1) - 1) * ApiPage<SourceResponse>.DefaultSize).Take(ApiPage<SourceResponse>.DefaultSize)
                    .Select(s => new SourceResponse(s.Id, s.Name, s.Kind, s.Affiliation, s.Reliability))
                    .ToListAsync(cancellationToken);
                return TypedResults.Ok(Page(total, page, rows));
            })
            .RequireAuthorization(Policies.Read).WithTags("sources").WithName("listSources").WithSummary("Sources by name, with kind, affiliation and reliability grade");

    public static void MapEvidenceApi(this RouteGroupBuilder api)
    {
        api.MapGet("/evidence", async Task<Results<Ok<ApiPage<EvidenceResponse>>, ValidationProblem>> (HttpContext http, VigilDbContext db, string? report, int? page, CancellationToken cancellationToken) =>
            {
                if (ApiProblems.InvalidPage(page) is { } invalid)
                {
                    return invalid;
                }

                var evidence = db.Evidence.AsNoTracking().Where(e => report == null || e.ReportId == report);
                var total = await evidence.Take(ApiPage<EvidenceResponse>.CountLimit + 1).CountAsync(cancellationToken);
                var rows = await evidence.OrderBy(e => e.IngestedAt).ThenBy(e => e.Id)
                    .Skip(((page ?? 1) - 1) * ApiPage<EvidenceResponse>.DefaultSize).Take(ApiPage<EvidenceResponse>.DefaultSize).ToListAsync(cancellationToken);

                // File names and location/device metadata can identify a witness: editors only.
                var editor = http.User.IsEditor();
                return TypedResults.Ok(Page(total, page, [.. rows.Select(e => new EvidenceResponse(
                    e.Id, e.ReportId, editor ? e.FileName : null, e.MediaType, e.ByteLength,
                    Metadata(editor ? e.MetadataJson : Vigil.Storage.Evidence.LocationMetadata.Strip(e.MetadataJson)), e.IngestedAt))]));
            })
            .RequireAuthorization(Policies.Read).WithTags("evidence").WithName("listEvidence").WithSummary("Evidence files' records, oldest first; report = a report's id (file names and location/device metadata for editors only)");

        // Served as an attachment with a neutral type: a file that claims to be an image but holds HTML
        // or script must never run in Vigil's origin.
        api.MapGet("/evidence/{id}/content", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (string id, VigilDbContext db, BlobStore blobs, CancellationToken cancellationToken) =>
            {
                var e = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
                return e is null || !blobs.Exists(e.Id)
                    ? ApiProblems.NotFound($"evidence file {id}")
                    : TypedResults.File(blobs.Open(e.Id), "application/octet-stream", e.FileName);
            })
            .RequireAuthorization(Policies.Review).WithTags("evidence").WithName("getEvidenceContent").WithSummary("An evidence file's original bytes (editors and admins)")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream");
    }

    private static ApiPage<T> Page<T>(int total, int? page, IReadOnlyList<T> rows) =>
        new(Math.Min(total, ApiPage<T>.CountLimit), total > ApiPage<T>.CountLimit, page ?? 1, ApiPage<T>.DefaultSize, rows);

    private static JsonElement Metadata(string json)
    {
        using var document = JsonDocument.Parse(string.IsNullOrEmpty(json) ? "{}" : json);
        return document.RootElement.Clone();
    }

    public static void MapExportsApi(this RouteGroupBuilder api)
    {
        Export(api, "/exports/incidents.csv", "acled", "text/csv", "vigil-incidents.csv", "exportIncidentsAcled", "Incidents as ACLED-compatible CSV (ACLED's 31 columns, then Vigil's; undated incidents left out and counted in the Vigil-Left-Out header)");
        Export(api, "/exports/incidents.json", "json", "application/json", "vigil-incidents.json", "exportIncidentsJson", "Incidents as JSON, with figures by source and the editor's values");
        Export(api, "/exports/incidents.geojson", "geojson", "application/geo+json", "vigil-incidents.geojson", "exportIncidentsGeoJson", "Located incidents as GeoJSON points (geo_precision 3: only the country is known)");
        Export(api, "/exports/counts.csv", "counts", "text/csv", "vigil-counts.csv", "exportCounts", "Incidents, killed, injured and arrested per date × province × type, with the date's precision");
    }

    private static void Export(RouteGroupBuilder api, string path, string format, string contentType, string fileName, string name, string summary) =>
        api.MapGet(path, (HttpContext http, VigilDbContext db, [AsParameters] ExportQuery query) => ExportAsync(http, db, format, query, contentType + (contentType.StartsWith("text/", StringComparison.Ordinal) ? "; charset=utf-8" : string.Empty), fileName))
            .RequireAuthorization(Policies.Read).WithTags("exports").WithName(name).WithSummary(summary + " (effective values; rejected left out unless status=rejected; viewers: confirmed only)")
            .Produces(StatusCodes.Status200OK, contentType: contentType)
            .ProducesValidationProblem();

    // The same IncidentExport as `vigil export`. It writes synchronously in places, so the output is
    // buffered (memory, then a temporary file) and copied to the response.
    private static async Task ExportAsync(HttpContext http, VigilDbContext db, string format, ExportQuery query, string contentType, string fileName)
    {
        var status = IncidentQuery.For(db, http.User).ConfirmedOnly ? IncidentStatus.Confirmed : query.Status;
        if (status is not null && !IncidentStatus.All.Contains(status))
        {
            await ApiProblems.Invalid("status", $"'{status}' is not a review status ({string.Join(", ", IncidentStatus.All)})").ExecuteAsync(http);
            return;
        }

        var filter = new IncidentFilter { From = query.From, To = query.To, Type = query.Type, Province = query.Province, Status = status, Corroboration = query.Corroboration };
        await using var buffer = new FileBufferingWriteStream();
        var summary = await new IncidentExport(db).WriteAsync(format, filter, buffer, query.Bom == true, http.RequestAborted);
        http.Response.ContentType = contentType;

        // Incidents the format cannot hold (ACLED rows need a date; points need coordinates) are counted here, so a
        // client can tell a partial file from a complete one; the JSON export holds every incident.
        http.Response.Headers["Vigil-Left-Out"] = summary.LeftOut.Count.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await buffer.DrainBufferAsync(http.Response.Body, http.RequestAborted);
    }
}

/// <summary>The export filters (query string).</summary>
/// <param name="Bom">true: a CSV export starts with the UTF-8 byte-order mark (for spreadsheet programs).</param>
internal sealed record ExportQuery(DateOnly? From, DateOnly? To, string? Type, string? Province, string? Status, int? Corroboration, bool? Bom);
