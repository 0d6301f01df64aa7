using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Reports;
using Vigil.Storage.Database;
using Vigil.Storage.Reports;
using Vigil.Web.Auth;
using Vigil.Web.Store;
using Vigil.Web.Submissions;

namespace Vigil.Web.Api;

internal static class ReportsApi
{
    public static void MapReportsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reports", ListAsync).RequireAuthorization(Policies.Read).WithTags("reports").WithSummary("Reports, newest first; q = full-text search (every word must occur)");
        api.MapGet("/reports/{id}", GetAsync).RequireAuthorization(Policies.Read).WithTags("reports").WithSummary("One report with its body, extracted incidents (mentions) and statements");
        api.MapPost("/reports", SubmitAsync).RequireAuthorization(Policies.Submit).WithTags("reports").WithSummary("Submit a report's text; it is ingested and extracted like `vigil ingest`");
    }

    private static async Task<Ok<List<ReportSummary>>> ListAsync(VigilDbContext db, string? q, int? page, CancellationToken cancellationToken)
    {
        var reports = db.Reports.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var ids = new SearchReports(db).Ids(q);
            reports = reports.Where(r => ids.Contains(r.Id));
        }

        var rows = await reports.OrderByDescending(r => r.Published).ThenByDescending(r => r.IngestedAt)
            .Skip((Math.Max(1, page ?? 1) - 1) * 100).Take(100)
            .Select(r => new ReportSummary(r.Id, r.Title, r.SourceId, r.Source == null ? null : r.Source.Name, r.Published, r.Url, r.Language, r.WordCount, r.IngestedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows);
    }

    private static async Task<Results<Ok<ReportDetail>, NotFound>> GetAsync(HttpContext http, VigilDbContext db, string id, CancellationToken cancellationToken)
    {
        var r = await db.Reports.AsNoTracking().Include(x => x.Source).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null)
        {
            return TypedResults.NotFound();
        }

        // Viewers see machine values of confirmed incidents only, as on the incident list.
        var mentions = await Spans.ReportSpans.VisibleMentionsAsync(db, id, confirmedOnly: !http.User.IsEditor(), cancellationToken);
        var statements = await db.StatementMentions.AsNoTracking().Where(s => s.ReportId == id).OrderBy(s => s.Ordinal).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ReportDetail(
            new ReportSummary(r.Id, r.Title, r.SourceId, r.Source?.Name, r.Published, r.Url, r.Language, r.WordCount, r.IngestedAt),
            r.Body,
            mentions,
            statements));
    }

    private static async Task<Results<Created<SubmitResponse>, ValidationProblem>> SubmitAsync(SubmitReportRequest body, SubmitReport submit, StoreOptions store, HttpContext http, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body.Text))
        {
            problems["text"] = ["the report's text is required"];
        }
        else if (Encoding.UTF8.GetByteCount(body.Text) > store.MaxReportBytes)
        {
            problems["text"] = [$"at most {store.MaxReportBytes} bytes"];
        }

        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems);
        }

        var (outcomes, reportId) = await submit.RunAsync(
            new SubmitRequest { Text = body.Text, Title = body.Title, Outlet = body.Outlet, Published = body.Published, Url = body.Url, Language = body.Language },
            http.User.Actor(),
            cancellationToken);
        var outcome = outcomes[0];
        return TypedResults.Created($"/api/v1/reports/{reportId}", new SubmitResponse(reportId, outcome.Status.ToString(), outcome.Message));
    }
}

/// <summary>A report without its body.</summary>
internal sealed record ReportSummary(string Id, string? Title, Guid? SourceId, string? Source, DateOnly? Published, string? Url, string? Language, int WordCount, DateTime IngestedAt);

/// <summary>A report with its body and what extraction stored for it (spans index into the body).</summary>
internal sealed record ReportDetail(ReportSummary Report, string Body, List<Vigil.Storage.Mentions.Mention> Incidents, List<Vigil.Storage.Mentions.StatementMention> Statements);

/// <summary>A report to submit: its text and optional metadata.</summary>
internal sealed record SubmitReportRequest([property: Required] string Text, string? Title, string? Outlet, DateOnly? Published, string? Url, string? Language);

/// <summary>The stored report's id (null when it failed), the ingest status and its message.</summary>
internal sealed record SubmitResponse(string? Id, string Status, string? Message);
