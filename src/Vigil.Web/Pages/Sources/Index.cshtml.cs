using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Vigil.Storage.Database;
using Vigil.Storage.Sources;
using Vigil.Storage.Users;
using Vigil.Web.Auth;
using Vigil.Web.Localization;

namespace Vigil.Web.Pages.Sources;

/// <summary>Sources with their kind, affiliation and reliability grade; editors change those with <see cref="EditSource"/> (audited, incidents recomputed).</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(VigilDbContext db, TimeProvider clock, IStringLocalizer<Strings> L) : PageModel
{
    public List<SourceRow> Rows { get; private set; } = [];

    /// <summary>The source being edited (<c>?edit=ID</c>), for editors.</summary>
    public Source? Editing { get; private set; }

    public string? Problem { get; private set; }

    public string? Message { get; private set; }

    public bool CanEdit => User.Allows(Policies.Review);

    public async Task OnGetAsync(Guid? edit, bool saved = false)
    {
        Message = saved ? L["Saved; the incidents it reports were recomputed (best figures, corroboration)."].Value : null;
        if (edit is { } id && CanEdit)
        {
            Editing = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted);
        }

        await LoadAsync();
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id, string? kind, string? affiliation, string? reliability)
    {
        // Razor Pages authorise per page, not per handler: editing needs the review policy's roles.
        if (!CanEdit)
        {
            return Forbid();
        }

        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted);
        if (source is null)
        {
            return NotFound();
        }

        Problem = L.Problem(await new EditSource(db, clock).RunAsync(source.Name, kind, affiliation ?? string.Empty, reliability, User.Actor(), HttpContext.RequestAborted));
        if (Problem is null)
        {
            return Redirect($"/sources?saved=true#s-{id}");
        }

        Editing = source;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() =>
        Rows = await db.Sources.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SourceRow(s.Id, s.Name, s.Kind, s.Affiliation, s.Reliability, db.Reports.Count(r => r.SourceId == s.Id), s.CreatedAt))
            .ToListAsync(HttpContext.RequestAborted);
}

public sealed record SourceRow(Guid Id, string Name, string Kind, string? Affiliation, string Reliability, int Reports, DateTime CreatedAt);
