using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Reports;
using Vigil.Web.Auth;

namespace Vigil.Web.Pages.Reports;

[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(VigilDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    // From the query only: [BindProperty] read Razor Pages' own "page" route value (the page's name) first, so ?page=N was lost.
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public List<ReportListRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public async Task OnGetAsync()
    {
        var reports = db.Reports.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var ids = new SearchReports(db).Ids(Q);
            reports = reports.Where(r => ids.Contains(r.Id));
        }

        Total = await reports.CountAsync(HttpContext.RequestAborted);
        PageNumber = Math.Clamp(PageNumber, 1, int.MaxValue / PageSize);
        Rows = await reports
            .OrderByDescending(r => r.Published).ThenByDescending(r => r.IngestedAt)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(r => new ReportListRow(
                r.Id,
                r.Title,
                r.FileName,
                r.Source == null ? null : r.Source.Name,
                r.Published,
                r.WordCount,
                db.Mentions.Count(m => m.ReportId == r.Id),
                r.Evidence.Count))
            .ToListAsync(HttpContext.RequestAborted);
    }
}

public sealed record ReportListRow(string Id, string? Title, string FileName, string? Source, DateOnly? Published, int Words, int Incidents, int Evidence);
