using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Ingest;
using Vigil.Storage.Reports;
using Vigil.Web.Auth;
using Vigil.Web.Store;
using Vigil.Web.Submissions;

namespace Vigil.Web.Api;

internal static class ReportsApi
{
    public static void MapReportsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/reports", ListAsync).RequireAuthorization(Policies.Read).WithTags("reports").WithName("listReports").WithSummary("Reports, newest first; q = full-text search (every word must occur)");
        api.MapGet("/reports/{id}", GetAsync).RequireAuthorization(Policies.Read).WithTags("reports").WithName("getReport").WithSummary("One report with its body, extracted incident mentions and statements");
        api.MapPost("/reports", SubmitAsync).RequireAuthorization(Policies.Submit).WithTags("reports").WithName("submitReport").WithSummary("Submit a report's text; it is ingested and extracted like `vigil ingest`");
    }

    private static async Task<Results<Ok<ApiPage<ReportSummary>>, ValidationProblem>> ListAsync(VigilDbContext db, string? q, int? page, CancellationToken cancellationToken)
    {
        if (ApiProblems.InvalidPage(page) is { } invalid)
        {
            return invalid;
        }

        var reports = db.Reports.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var ids = new SearchReports(db).Ids(q);
            reports = reports.Where(r => ids.Contains(r.Id));
        }

        var total = await reports.Take(ApiPage<ReportSummary>.CountLimit + 1).CountAsync(cancellationToken);
        var rows = await reports.OrderByDescending(r => r.Published).ThenByDescending(r => r.IngestedAt).ThenBy(r => r.Id)
            .Skip(((page ?? 1) - 1) * ApiPage<ReportSummary>.DefaultSize).Take(ApiPage<ReportSummary>.DefaultSize)
            .Select(r => new ReportSummary(r.Id, r.Title, r.SourceId, r.Source == null ? null : r.Source.Name, r.Published, r.Url, r.Language, r.WordCount, r.IngestedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ApiPage<ReportSummary>(Math.Min(total, ApiPage<ReportSummary>.CountLimit), total > ApiPage<ReportSummary>.CountLimit, page ?? 1, ApiPage<ReportSummary>.DefaultSize, rows));
    }

    private static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> GetAsync(HttpContext http, VigilDbContext db, string id, CancellationToken cancellationToken)
    {
        var r = await db.Reports.AsNoTracking().Include(x => x.Source).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (r is null)
        {
            return ApiProblems.NotFound($"report {id}");
        }

        // Viewers see machine values of confirmed incidents only, as on the incident list.
        var mentions = await Spans.ReportSpans.VisibleMentionsAsync(db, id, confirmedOnly: !http.User.IsEditor(), cancellationToken);
        var statements = await db.StatementMentions.AsNoTracking().Where(s => s.ReportId == id).OrderBy(s => s.Ordinal).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ReportDetail(
            new ReportSummary(r.Id, r.Title, r.SourceId, r.Source?.Name, r.Published, r.Url, r.Language, r.WordCount, r.IngestedAt),
            r.Body,
            [.. mentions.Select(m => ReportMentionResponse.Of(m, r.Body))],
            [.. statements.Select(s => ReportStatementResponse.Of(s, r.Body))]));
    }

    private static async Task<Results<Created<SubmitResponse>, Ok<SubmitResponse>, ValidationProblem>> SubmitAsync(SubmitReportRequest body, SubmitReport submit, StoreOptions store, HttpContext http, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return ApiProblems.Invalid("text", "the report's text is required");
        }

        if (Encoding.UTF8.GetByteCount(body.Text) > store.MaxReportBytes)
        {
            return ApiProblems.Invalid("text", $"at most {store.MaxReportBytes} bytes");
        }

        var (outcomes, reportId) = await submit.RunAsync(
            new SubmitRequest { Text = body.Text, Title = body.Title, Source = body.Source, Published = body.Published, Url = body.Url, Language = body.Language },
            http.User.Actor(),
            http.User.UserId(),
            cancellationToken);
        var outcome = outcomes[0];
        return outcome.Status switch
        {
            IngestStatus.Stored => TypedResults.Created($"/api/v1/reports/{reportId}", new SubmitResponse(reportId, outcome.Status, outcome.Message)),
            IngestStatus.AlreadyStored => TypedResults.Ok(new SubmitResponse(reportId, outcome.Status, outcome.Message)),
            _ => ApiProblems.Invalid("text", outcome.Message ?? "could not be ingested"),
        };
    }
}

/// <summary>A report without its body.</summary>
internal sealed record ReportSummary(string Id, string? Title, Guid? SourceId, string? Source, DateOnly? Published, string? Url, string? Language, int WordCount, DateTime IngestedAt);

/// <summary>A report with its body and what extraction found in it (spans index into the body).</summary>
internal sealed record ReportDetail(ReportSummary Report, string Body, IReadOnlyList<ReportMentionResponse> Mentions, IReadOnlyList<ReportStatementResponse> Statements);

/// <summary>A report to submit: its text and optional metadata (<c>source</c>: the news agency, NGO or office that published it).</summary>
internal sealed record SubmitReportRequest([property: Required] string Text, string? Title, string? Source, DateOnly? Published, string? Url, string? Language);

/// <summary>The stored report's id, what happened (stored, or already_stored when the same text was submitted before) and a note.</summary>
internal sealed record SubmitResponse(string? Id, IngestStatus Status, string? Message);
