using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Sources;
using Vigil.Web.Auth;
using Vigil.Web.Incidents;

namespace Vigil.Web.Pages.Incidents;

[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(VigilDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public IncidentFilter Filter { get; set; } = new();

    public List<IncidentRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public List<string> Provinces { get; private set; } = [];

    public List<Source> Sources { get; private set; } = [];

    public async Task OnGetAsync()
    {
        (Rows, Total) = await new IncidentQuery(db).ListAsync(Filter, HttpContext.RequestAborted);
        Provinces = await db.Mentions.AsNoTracking().Where(m => m.Admin1 != null).Select(m => m.Admin1!).Distinct().OrderBy(p => p).ToListAsync(HttpContext.RequestAborted);
        Sources = await db.Sources.AsNoTracking().OrderBy(s => s.Name).Take(500).ToListAsync(HttpContext.RequestAborted);
    }
}
