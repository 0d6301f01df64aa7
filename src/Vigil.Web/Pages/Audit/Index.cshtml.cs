using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Vigil.Web.Auth;

namespace Vigil.Web.Pages.Audit;

/// <summary>The audit log, newest first, and on request the result of <c>vigil verify</c>.</summary>
[Authorize(Policy = Policies.Review)]
public sealed class IndexModel(VigilDbContext db, BlobStore blobs) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public List<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public VerifyResult? Verified { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        Verified = await new VerifyStore(db, blobs).RunAsync(cancellationToken: HttpContext.RequestAborted);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        PageNumber = Math.Max(1, PageNumber);
        Total = await db.AuditEntries.CountAsync(HttpContext.RequestAborted);
        Entries = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
    }
}
