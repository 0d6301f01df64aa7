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

    /// <summary>The first 12 characters of a hash, or the whole value when shorter (a deletion records "deleted").</summary>
    public static string Abbreviate(string value) => value.Length > 12 ? value[..12] + "…" : value;

    private async Task LoadAsync()
    {
        // Out-of-range pages (negative, or so large that the offset overflows) show the first or an empty page.
        PageNumber = Math.Clamp(PageNumber, 1, int.MaxValue / PageSize);
        Total = await db.AuditEntries.CountAsync(HttpContext.RequestAborted);
        Entries = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
    }
}
