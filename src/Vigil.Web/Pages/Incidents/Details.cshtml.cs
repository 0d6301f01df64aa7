using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Persons;
using Vigil.Web.Auth;
using Vigil.Web.Incidents;
using Vigil.Web.Spans;

namespace Vigil.Web.Pages.Incidents;

/// <summary>One incident: machine and editor values, figures by source, corroboration, each mention's evidence in its report's text, and its history.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DetailsModel(VigilDbContext db, ReportSpans spans) : PageModel
{
    public IncidentEvidence Evidence { get; private set; } = null!;

    /// <summary>The named persons of this incident the reader may see (viewers: confirmed and publishable only).</summary>
    public List<Person> Persons { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var detail = await IncidentQuery.For(db, User).DetailAsync(id, HttpContext.RequestAborted);
        if (detail is null)
        {
            return NotFound();
        }

        Evidence = await IncidentEvidence.OfAsync(detail, spans, HttpContext.RequestAborted);
        Persons = await new ListPersons(db).OfIncidentAsync(id, User.Allows(Policies.Review) ? IncidentAudience.Editor : IncidentAudience.Reader, HttpContext.RequestAborted);
        return Page();
    }
}
