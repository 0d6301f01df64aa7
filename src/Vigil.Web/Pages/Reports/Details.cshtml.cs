using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Mentions;
using Vigil.Storage.Reports;
using Vigil.Storage.Users;
using Vigil.Web.Auth;
using Vigil.Web.Spans;

namespace Vigil.Web.Pages.Reports;

/// <summary>A report: its text with every extracted span highlighted, its incidents, statements and evidence.</summary>
public sealed class DetailsModel(VigilDbContext db, ReportSpans spans) : PageModel
{
    public Report Report { get; private set; } = null!;

    public List<List<Segment>> Lines { get; private set; } = [];

    public List<Mention> Mentions { get; private set; } = [];

    public List<StatementMention> Statements { get; private set; } = [];

    /// <summary>The field highlights were found by re-running today's pipeline: the report was stored before field spans were kept.</summary>
    public bool FieldsReRun { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var report = await db.Reports.AsNoTracking().Include(r => r.Source).Include(r => r.Evidence).FirstOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted);
        if (report is null)
        {
            return NotFound();
        }

        if (!User.Allows(Policies.Read) && !await OwnSubmissions.IsOwnAsync(db, User, id, HttpContext.RequestAborted))
        {
            return Forbid();
        }

        Report = report;
        (var highlights, Mentions, Statements, var reRun) = await spans.ForAsync(report, confirmedOnly: !User.Allows(Policies.Submit),
            User.Allows(Policies.Review) ? IncidentAudience.Editor : IncidentAudience.Reader, HttpContext.RequestAborted);
        FieldsReRun = reRun;
        Lines = SpanLayout.Lay(report.Body, highlights);
        return Page();
    }
}
