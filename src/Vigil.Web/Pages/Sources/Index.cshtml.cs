using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Web.Auth;

namespace Vigil.Web.Pages.Sources;

[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(VigilDbContext db) : PageModel
{
    public List<SourceRow> Rows { get; private set; } = [];

    public async Task OnGetAsync() =>
        Rows = await db.Sources.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SourceRow(s.Id, s.Name, s.Kind, db.Reports.Count(r => r.SourceId == s.Id), s.CreatedAt))
            .ToListAsync(HttpContext.RequestAborted);
}

public sealed record SourceRow(Guid Id, string Name, string Kind, int Reports, DateTime CreatedAt);
