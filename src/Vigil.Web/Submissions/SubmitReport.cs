using System.Text;
using Vigil.Core.Extraction;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Vigil.Storage.Ingest;
using Vigil.Web.Store;

namespace Vigil.Web.Submissions;

/// <summary>
/// Ingests one submitted report (pasted text or an uploaded file) and its evidence with the same
/// <see cref="IngestFiles"/> operation and extraction as <c>vigil ingest</c>. The files pass through a
/// private folder under the data directory that is removed afterwards. Inputs are validated by the caller.
/// </summary>
public sealed class SubmitReport(VigilDbContext db, BlobStore blobs, TimeProvider clock, ExtractionPipeline pipeline, StoreOptions store)
{
    /// <summary>
    /// Stores the report, then its evidence (attached to it); returns every file's outcome and the report's id.
    /// A newly stored report is recorded as <paramref name="submitterId"/>'s own (<see cref="Storage.Reports.Report.SubmitterId"/>).
    /// </summary>
    public async Task<(List<IngestOutcome> Outcomes, string? ReportId)> RunAsync(SubmitRequest request, string actor, Guid? submitterId = null, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<IngestOutcome>();
        var folder = Path.Combine(store.Location.DataDirectory, "uploads", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            // A unique stem, so the evidence is attached to this report and no other.
            var suffix = Guid.NewGuid().ToString("N")[..8];
            var stem = request.File is { } f ? $"{SafeStem(f.FileName)}-{suffix}" : $"web-{clock.GetUtcNow():yyyyMMdd-HHmmss}-{suffix}";
            var reportPath = Path.Combine(folder, stem + (request.File is { } g ? Path.GetExtension(g.FileName).ToLowerInvariant() : ".txt"));
            if (request.File is { } file)
            {
                await using var output = File.Create(reportPath);
                await file.Content.CopyToAsync(output, cancellationToken);
            }
            else
            {
                await File.WriteAllTextAsync(reportPath, FrontMatterOf(request) + (request.Text ?? string.Empty).Replace("\r\n", "\n"), new UTF8Encoding(false), cancellationToken);
            }

            var options = new IngestOptions
            {
                Pipeline = pipeline,
                MaxReportBytes = store.MaxReportBytes,
                MaxEvidenceBytes = store.MaxEvidenceBytes,
                Parallelism = 1,
                SubmitterId = submitterId == Guid.Empty ? null : submitterId,
                StripLocation = StoreSettings.Load(store.Location.DataDirectory).StripLocation,
            };
            await new IngestFiles(db, blobs, clock, options).RunAsync([reportPath], actor, outcomes.Add, cancellationToken: cancellationToken);
            var reportId = outcomes.FirstOrDefault(o => o.Status is IngestStatus.Stored or IngestStatus.AlreadyStored)?.Id;
            if (reportId is not null && request.Evidence.Count > 0)
            {
                // Each in its own folder under the report's stem: attached through the stored report's file name.
                var paths = new List<string>();
                for (var i = 0; i < request.Evidence.Count; i++)
                {
                    var sub = Directory.CreateDirectory(Path.Combine(folder, "e" + i)).FullName;
                    var path = Path.Combine(sub, stem + Path.GetExtension(request.Evidence[i].FileName).ToLowerInvariant());
                    await using (var output = File.Create(path))
                    {
                        await request.Evidence[i].Content.CopyToAsync(output, cancellationToken);
                    }

                    paths.Add(path);
                }

                await new IngestFiles(db, blobs, clock, options).RunAsync(paths, actor, outcomes.Add, cancellationToken: cancellationToken);
            }

            return (outcomes, reportId);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string FrontMatterOf(SubmitRequest request)
    {
        var lines = new StringBuilder("---\n");
        void Add(string key, string? value)
        {
            var clean = value?.Replace('\r', ' ').Replace('\n', ' ').Trim();
            if (!string.IsNullOrEmpty(clean))
            {
                lines.Append(key).Append(": ").Append(clean).Append('\n');
            }
        }

        Add("title", request.Title);
        Add("source", request.Source);
        Add("published", request.Published?.ToString("yyyy-MM-dd"));
        Add("url", request.Url);
        Add("language", request.Language);
        return lines.Append("---\n").ToString();
    }

    private static string SafeStem(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(fileName));
        var safe = new string(stem.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray());
        return safe.Length == 0 ? "upload" : safe[..Math.Min(80, safe.Length)];
    }
}
