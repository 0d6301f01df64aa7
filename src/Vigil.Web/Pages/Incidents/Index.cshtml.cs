using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Sources;
using Vigil.Web.Auth;
using Vigil.Web.Incidents;
using Vigil.Web.Store;
using Vigil.Storage.Incidents;

namespace Vigil.Web.Pages.Incidents;

/// <summary>Clustered incidents with filters and full-text search over their reports.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(VigilDbContext db, AuditHeadCache cache) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public IncidentFilter Filter { get; set; } = new();

    public IncidentPage List { get; private set; } = new([], 1, 0, false, null, null);

    public List<IncidentRow> Rows => List.Rows;

    /// <summary>True when after= or before= is not a place a list gave (edited by hand): the list starts from the newest.</summary>
    public bool BadCursor { get; private set; }

    public bool ConfirmedOnly { get; private set; }

    public List<string> Provinces { get; private set; } = [];

    public List<Source> Sources { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var query = IncidentQuery.For(db, User, cache);
        ConfirmedOnly = query.ConfirmedOnly;
        BadCursor = (Filter.After is { } after && !IncidentCursor.TryParse(after, out _)) || (Filter.Before is { } before && !IncidentCursor.TryParse(before, out _));
        List = await query.ListAsync(Filter, HttpContext.RequestAborted);
        Provinces = await ProvinceChoices.ReadAsync(db, query, cache, HttpContext.RequestAborted);
        Sources = await cache.GetAsync(db, "sources", token => db.Sources.AsNoTracking().OrderBy(s => s.Name).Take(500).ToListAsync(token), HttpContext.RequestAborted);
    }
}
