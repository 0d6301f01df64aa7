using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Vigil.Core.Reports;
using Vigil.Storage.Database;
using Vigil.Storage.Evidence;
using Vigil.Storage.Ingest;
using Vigil.Web.Auth;
using Vigil.Web.Localization;
using Vigil.Web.Pages.Reports;
using Vigil.Web.Store;
using Vigil.Web.Submissions;

namespace Vigil.Web.Pages.Submit;

/// <summary>
/// Paste a report or upload one, with optional media evidence: runs the same ingest and extraction as
/// <c>vigil ingest</c>. Uploads go to a private folder under the data directory and are removed afterwards.
/// </summary>
[Authorize(Policy = Policies.Submit)]
public sealed class IndexModel(VigilDbContext db, SubmitReport submit, StoreOptions store, IStringLocalizer<Strings> L) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public DateOnly? Published { get; set; }

    [BindProperty]
    public string? SourceUrl { get; set; }

    [BindProperty]
    public IFormFile? ReportFile { get; set; }

    [BindProperty]
    public List<IFormFile> Evidence { get; set; } = [];

    public List<string> Problems { get; } = [];

    public List<IngestOutcome> Outcomes { get; } = [];

    public string? StoredReportId { get; private set; }

    public List<ReportListRow> Mine { get; private set; } = [];

    public async Task OnGetAsync() => await LoadMineAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        // A date that does not bind (no such day, or no date at all) is refused with the binder's message: the report is
        // not stored without the date the submitter meant to give it.
        Problems.AddRange(ModelState.Where(e => e.Value is { Errors.Count: > 0 }).SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage));
        var hasText = !string.IsNullOrWhiteSpace(Text);
        if (hasText == (ReportFile is { Length: > 0 }))
        {
            Problems.Add(L["Paste the report's text or choose a file (one of the two)."].Value);
        }

        if (ReportFile is { Length: > 0 } && ReportReader.FormatOf(ReportFile.FileName) is null)
        {
            Problems.Add(L["A report file must be .txt, .md, .html or .htm."].Value);
        }

        if ((ReportFile?.Length ?? 0) > store.MaxReportBytes || (hasText && Encoding.UTF8.GetByteCount(Text!) > store.MaxReportBytes))
        {
            Problems.Add(L["A report may have at most {0} MB.", (store.MaxReportBytes / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture)].Value);
        }

        foreach (var e in Evidence)
        {
            if (!EvidenceMetadata.MediaTypes.ContainsKey(Path.GetExtension(e.FileName)))
            {
                Problems.Add(L["Evidence must be one of {0}.", string.Join(' ', EvidenceMetadata.MediaTypes.Keys)].Value);
            }
            else if (e.Length > store.MaxEvidenceBytes)
            {
                Problems.Add(L["An evidence file may have at most {0} MB.", (store.MaxEvidenceBytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture)].Value);
            }
        }

        if (Problems.Count > 0)
        {
            await LoadMineAsync();
            return Page();
        }

        var request = new SubmitRequest
        {
            Text = hasText ? Text : null,
            Title = Title,
            Source = Source,
            Published = Published,
            Url = SourceUrl,
            File = hasText ? null : new SubmittedFile(ReportFile!.FileName, ReportFile.OpenReadStream()),
            Evidence = Evidence.Select(e => new SubmittedFile(e.FileName, e.OpenReadStream())).ToList(),
        };
        List<IngestOutcome> outcomes;
        (outcomes, StoredReportId) = await submit.RunAsync(request, User.Actor(), User.UserId(), cancellationToken);
        Outcomes.AddRange(outcomes);
        await LoadMineAsync();
        return Page();
    }

    private async Task LoadMineAsync()
    {
        Mine = await OwnSubmissions.Of(db, User).OrderByDescending(r => r.IngestedAt).Take(100)
            .Select(r => new ReportListRow(r.Id, r.Title, r.FileName, r.Source == null ? null : r.Source.Name, r.Published, r.WordCount, db.Mentions.Count(m => m.ReportId == r.Id), r.Evidence.Count))
            .ToListAsync(HttpContext.RequestAborted);
    }
}
