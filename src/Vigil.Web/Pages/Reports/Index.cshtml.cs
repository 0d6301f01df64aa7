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

    /// <summary>The reports counted: up to <see cref="CountedPages.Ahead"/> pages from this page's start, no further.</summary>
    public int Total { get; private set; }

    /// <summary>True when the count stopped before the end ("more than <see cref="Total"/>").</summary>
    public bool More { get; private set; }

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var reports = db.Reports.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var ids = new SearchReports(db).Ids(Q);
            reports = reports.Where(r => ids.Contains(r.Id));
        }

        // Newest first, in the order of the (published, ingested) index: a page reads its own rows and those before it.
        PageNumber = Math.Clamp(PageNumber, 1, CountedPages.MaxPage(PageSize));
        var skip = (PageNumber - 1) * PageSize;
        var newest = reports.OrderByDescending(r => r.Published).ThenByDescending(r => r.IngestedAt);
        Rows = await newest
            .Skip(skip).Take(PageSize)
            .Select(r => new ReportListRow(
                r.Id,
                r.Title,
                r.FileName,
                r.Source == null ? null : r.Source.Name,
                r.Published,
                r.WordCount,
                db.Mentions.Count(m => m.ReportId == r.Id),
                r.Evidence.Count))
            .ToListAsync(cancellationToken);
        (Total, More) = await CountedPages.CountAsync(newest, skip, Rows.Count, PageSize, cancellationToken);
    }
}

public sealed record ReportListRow(string Id, string? Title, string FileName, string? Source, DateOnly? Published, int Words, int Incidents, int Evidence);
