using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Vigil.Storage.Evidence;
using Vigil.Storage.Mentions;
using Vigil.Storage.Sources;
using Vigil.Web.Auth;
using Vigil.Web.Incidents;

namespace Vigil.Web.Api;

/// <summary>Statements, sources, evidence and exports.</summary>
internal static class CatalogApi
{
    public static void MapStatementsApi(this RouteGroupBuilder api) =>
        api.MapGet("/statements", async (VigilDbContext db, int? page, CancellationToken cancellationToken) =>
                TypedResults.Ok(await db.StatementMentions.AsNoTracking().OrderBy(s => s.ReportId).ThenBy(s => s.Ordinal)
                    .Skip((Math.Max(1, page ?? 1) - 1) * 100).Take(100).ToListAsync(cancellationToken)))
            .RequireAuthorization(Policies.Read).WithTags("statements");

    public static void MapSourcesApi(this RouteGroupBuilder api) =>
        api.MapGet("/sources", async (VigilDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await db.Sources.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken)))
            .RequireAuthorization(Policies.Read).WithTags("sources");

    public static void MapEvidenceApi(this RouteGroupBuilder api)
    {
        api.MapGet("/evidence", async (VigilDbContext db, string? reportId, CancellationToken cancellationToken) =>
                TypedResults.Ok(await db.Evidence.AsNoTracking().Where(e => reportId == null || e.ReportId == reportId).OrderBy(e => e.IngestedAt).Take(1000).ToListAsync(cancellationToken)))
            .RequireAuthorization(Policies.Read).WithTags("evidence").WithSummary("Evidence files' metadata");

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
        api.MapGet("/exports/incidents.csv", (VigilDbContext db, HttpContext http) => ExportCsvAsync(db, http))
            .RequireAuthorization(Policies.Read).WithTags("exports").WithSummary("Every incident with its report, source and evidence span, as CSV");
        api.MapGet("/exports/incidents.json", async (VigilDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await db.Mentions.AsNoTracking().OrderBy(m => m.ReportId).ThenBy(m => m.Ordinal).ToListAsync(cancellationToken)))
            .RequireAuthorization(Policies.Read).WithTags("exports");
    }

    private static async Task ExportCsvAsync(VigilDbContext db, HttpContext http)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"vigil-incidents.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false));
        await writer.WriteLineAsync("id,report_id,source,type,date,date_end,place,province,country,latitude,longitude,killed_min,killed_max,injured_min,injured_max,arrested_min,arrested_max,actors,victims,evidence_start,evidence_end,confidence");
        var rows = from m in db.Mentions.AsNoTracking()
                   join r in db.Reports.AsNoTracking() on m.ReportId equals r.Id
                   orderby m.ReportId, m.Ordinal
                   select new { m, Source = r.Source == null ? null : r.Source.Name };
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(http.RequestAborted))
        {
            var m = row.m;
            string?[] fields =
            [
                m.Id.ToString(), m.ReportId, row.Source, m.Type, m.Date, m.DateEnd, m.Place, m.Admin1, m.Country,
                m.Latitude?.ToString("R", CultureInfo.InvariantCulture), m.Longitude?.ToString("R", CultureInfo.InvariantCulture),
                N(m.KilledMin), N(m.KilledMax), N(m.InjuredMin), N(m.InjuredMax), N(m.ArrestedMin), N(m.ArrestedMax),
                m.Actors, m.Victims, N(m.EvidenceStart), N(m.EvidenceEnd), m.Confidence.ToString("R", CultureInfo.InvariantCulture),
            ];
            await writer.WriteLineAsync(string.Join(',', fields.Select(Quote)));
        }
    }

    private static string? N(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    // RFC 4180 quoting; a leading = + - @ is prefixed with ' so a spreadsheet never runs a cell as a formula.
    private static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '@' or '\t' or '\r' || (value[0] == '-' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
