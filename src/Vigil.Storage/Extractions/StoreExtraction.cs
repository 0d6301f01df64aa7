using Vigil.Core.Extraction;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;

namespace Vigil.Storage.Extractions;

/// <summary>Records which pipeline extracted a report and the field spans it found, with its audit entry (ingest and reextract).</summary>
public static class StoreExtraction
{
    /// <summary>The audit action of a stored or replaced extraction record.</summary>
    public const string Action = "extraction.stored";

    /// <summary>The audit subject type of an extraction record (its id is the report's).</summary>
    public const string SubjectType = "report_extraction";

    /// <summary>Adds the record for a new report, inside the caller's transaction.</summary>
    public static async Task AddAsync(VigilDbContext db, AuditLog audit, string reportId, ExtractionResult result, DateTime now, string actor, CancellationToken cancellationToken)
    {
        var row = Row(reportId, result, now);
        db.ReportExtractions.Add(row);
        await audit.AppendAsync(actor, Action, SubjectType, reportId, AuditPayload.HashOf(row), cancellationToken);
    }

    /// <summary>The record of a new report, for a caller that writes it itself (ingest's batch) and audits it with <see cref="AuditPayload.HashOf(ReportExtraction)"/>.</summary>
    public static ReportExtraction Row(string reportId, ExtractionResult result, DateTime now) =>
        new() { ReportId = reportId, PipelineVersion = PipelineVersion.Current, SpansJson = FieldSpans.ToJson(FieldSpans.Of(result)), ExtractedAt = now };

    /// <summary>Replaces (or adds) the record of a re-extracted report, inside the caller's transaction.</summary>
    public static async Task ReplaceAsync(VigilDbContext db, AuditLog audit, string reportId, ExtractionResult result, DateTime now, string actor, CancellationToken cancellationToken)
    {
        var row = await db.ReportExtractions.FindAsync([reportId], cancellationToken);
        if (row is null)
        {
            await AddAsync(db, audit, reportId, result, now, actor, cancellationToken);
            return;
        }

        row.PipelineVersion = PipelineVersion.Current;
        row.SpansJson = FieldSpans.ToJson(FieldSpans.Of(result));
        row.ExtractedAt = now;
        await audit.AppendAsync(actor, Action, SubjectType, reportId, AuditPayload.HashOf(row), cancellationToken);
    }
}
