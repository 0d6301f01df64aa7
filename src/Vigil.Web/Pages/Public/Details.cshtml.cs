using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Persons;
using Vigil.Web.Incidents;
using Vigil.Web.Store;

namespace Vigil.Web.Pages.Public;

/// <summary>One confirmed incident in the public view: effective values, figures by source, sources, the named persons an editor confirmed and marked publishable. No report text or evidence.</summary>
[AllowAnonymous]
public sealed class DetailsModel(VigilDbContext db, StoreOptions store) : PageModel
{
    public IncidentRow Row { get; private set; } = null!;

    public IReadOnlyList<SourceFigure> Figures { get; private set; } = [];

    /// <summary>The incident's named persons an editor confirmed and marked publishable (the public view shows no others).</summary>
    public List<Person> Persons { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var incident = store.Public ? await new IncidentQuery(db, confirmedOnly: true).FindAsync(id, HttpContext.RequestAborted) : null;
        if (incident is null)
        {
            return NotFound();
        }

        Row = IncidentQuery.Row(incident);
        Figures = SourceFigure.WithoutFileNames(incident);
        Persons = await new ListPersons(db).OfIncidentAsync(id, IncidentAudience.Reader, HttpContext.RequestAborted);
        return Page();
    }
}
