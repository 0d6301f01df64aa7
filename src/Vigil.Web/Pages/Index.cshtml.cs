using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage.Database;
using Vigil.Storage.Users;
using Vigil.Web.Auth;
using Vigil.Web.Dashboard;
using Vigil.Web.Incidents;
using Vigil.Web.Localization;
using Vigil.Web.Store;
using Vigil.Storage.Incidents;

namespace Vigil.Web.Pages;

[Authorize]
public sealed class IndexModel(VigilDbContext db, AuditHeadCache cache, DateDisplay dates) : PageModel
{
    public DashboardData Data { get; private set; } = null!;

    public bool ConfirmedOnly { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        // Those who may submit but not read (contributors) see only their own submissions: their home is the submit page.
        if (!User.Allows(Policies.Read))
        {
            return Redirect("/submit");
        }

        var incidents = IncidentQuery.For(db, User);
        ConfirmedOnly = incidents.ConfirmedOnly;
        Data = await new DashboardQuery(db, cache).RunAsync(incidents, new IncidentFilter(), dates.CalendarName, HttpContext.RequestAborted);
        return Page();
    }
}
