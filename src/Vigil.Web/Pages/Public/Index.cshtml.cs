using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Web.Dashboard;
using Vigil.Web.Incidents;
using Vigil.Web.Store;
using Vigil.Storage.Incidents;

namespace Vigil.Web.Pages.Public;

/// <summary>
/// The optional public view (<c>Vigil:Public</c>, off by default: then 404): confirmed incidents only, with
/// type, date, place and province filters. No full-text search: it would reveal what unconfirmed reports say.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(VigilDbContext db, StoreOptions store, AuditHeadCache cache) : PageModel
{
    public IncidentPage List { get; private set; } = new([], 1, 0, false, null, null);

    public List<IncidentRow> Rows => List.Rows;

    public Dictionary<string, int> ByType { get; private set; } = [];

    public List<string> Provinces { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public IncidentFilter Filter { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!store.Public)
        {
            return NotFound();
        }

        var filter = new IncidentFilter { Type = Filter.Type, From = Filter.From, To = Filter.To, Province = Filter.Province, Page = Filter.Page, After = Filter.After, Before = Filter.Before };
        var query = new IncidentQuery(db, confirmedOnly: true, cache);
        List = await query.ListAsync(filter, HttpContext.RequestAborted);
        ByType = (await new DashboardQuery(db, cache).RunAsync(query, filter, Vigil.Storage.Users.UserPreferences.Gregorian, HttpContext.RequestAborted)).ByType;
        Provinces = await ProvinceChoices.ReadAsync(db, query, cache, HttpContext.RequestAborted);
        return Page();
    }
}
