using System.Text;
using Vigil.Core.Extraction;
using Vigil.Core.Reports;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Vigil.Storage.Ingest;
using Vigil.Web.Store;

namespace Vigil.Web.Submissions;

/// <summary>
/// Ingests one submitted report (pasted text or an uploaded file) and its evidence with the same
/// <see cref="IngestFiles"/> operation and extraction as <c>vigil ingest</c>, from memory: no temporary file is
/// written and no front matter is built; the form's metadata goes beside the bytes. Inputs are validated by the caller.
/// </summary>
public sealed class SubmitReport(VigilDbContext db, BlobStore blobs, TimeProvider clock, ExtractionPipeline pipeline, StoreOptions store)
{
    /// <summary>
    /// Stores the report, then its evidence (attached to it); returns every file's outcome and the report's id.
    /// A newly stored report is recorded as <paramref name="submitterId"/>'s own (<see cref="Storage.Reports.Report.SubmitterId"/>).
    /// Pasted text is stored as its UTF-8 bytes (line endings as \n), so the same text pasted twice is one report.
    /// </summary>
    public async Task<(List<IngestOutcome> Outcomes, string? ReportId)> RunAsync(SubmitRequest request, string actor, Guid? submitterId = null, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<IngestOutcome>();
        var options = new IngestOptions
        {
            Pipeline = pipeline,
            MaxReportBytes = store.MaxReportBytes,
            MaxEvidenceBytes = store.MaxEvidenceBytes,
            Parallelism = 1,
            SubmitterId = submitterId == Guid.Empty ? null : submitterId,
            StripLocation = StoreSettings.Load(store.Location.DataDirectory).StripLocation,
        };

        var suffix = Guid.NewGuid().ToString("N")[..8];
        var stem = request.File is { } f ? $"{SafeStem(f.FileName)}-{suffix}" : $"web-{clock.GetUtcNow():yyyyMMdd-HHmmss}-{suffix}";
        var report = request.File is { } file
            ? new IngestItem(stem + Path.GetExtension(file.FileName).ToLowerInvariant(), await ReadAsync(file.Content, store.MaxReportBytes, cancellationToken))
            : new IngestItem(
                stem + ".txt",
                new UTF8Encoding(false).GetBytes((request.Text ?? string.Empty).Replace("\r\n", "\n")),
                new ReportMetadata(request.Title, request.Source, request.Published, request.Url, request.Language));
        await new IngestFiles(db, blobs, clock, options).RunAsync([report], actor, outcomes.Add, cancellationToken);
        var reportId = outcomes.FirstOrDefault(o => o.Status is IngestStatus.Stored or IngestStatus.AlreadyStored)?.Id;
        if (reportId is not null && request.Evidence.Count > 0)
        {
            var evidence = new List<IngestItem>(request.Evidence.Count);
            foreach (var upload in request.Evidence)
            {
                evidence.Add(new IngestItem(stem + Path.GetExtension(upload.FileName).ToLowerInvariant(), await ReadAsync(upload.Content, store.MaxEvidenceBytes, cancellationToken), ReportId: reportId));
            }

            await new IngestFiles(db, blobs, clock, options).RunAsync(evidence, actor, outcomes.Add, cancellationToken);
        }

        return (outcomes, reportId);
    }

    // Reads at most one byte past the limit, so an oversized upload is refused by ingest's own check with its
    // own message, without holding more than the limit in memory.
    private static async Task<byte[]> ReadAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, (int)Math.Min(read, limit + 1 - buffer.Length));
            if (buffer.Length > limit)
            {
                break;
            }
        }

        return buffer.ToArray();
    }

    private static string SafeStem(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName));
        var safe = new string(stem.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
        return safe.Length == 0 ? "upload" : safe[..Math.Min(80, safe.Length)];
    }
}
