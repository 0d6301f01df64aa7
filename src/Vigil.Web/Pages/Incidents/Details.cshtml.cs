using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;
using Vigil.Storage.Mentions;
using Vigil.Storage.Reports;
using Vigil.Web.Auth;
using Vigil.Web.Incidents;
using Vigil.Web.Spans;

namespace Vigil.Web.Pages.Incidents;

/// <summary>One incident: its fields, the report text around its evidence with the spans highlighted, and its history.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DetailsModel(VigilDbContext db, ReportSpans spans) : PageModel
{
    private const int Context = 600;

    public Mention Mention { get; private set; } = null!;

    public Report Report { get; private set; } = null!;

    public List<List<Segment>> Lines { get; private set; } = [];

    public bool Clipped { get; private set; }

    public List<AuditEntry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var found = await new IncidentQuery(db).FindAsync(id, HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        (Mention, Report) = found.Value;
        var m = Mention;
        var fields = spans.Fields(Report).Where(h => h.End > m.EvidenceStart && h.Start < m.EvidenceEnd);
        var highlights = fields.Prepend(new Highlight(m.EvidenceStart, m.EvidenceEnd, "incident", $"evidence of this incident ({m.Type})"));
        var start = ParagraphStart(Report.Body, Math.Max(0, m.EvidenceStart - Context));
        var end = ParagraphEnd(Report.Body, Math.Min(Report.Body.Length, m.EvidenceEnd + Context));
        Clipped = start > 0 || end < Report.Body.Length;
        Lines = SpanLayout.Lay(Report.Body, highlights, start, end);

        // Until incidents are clustered, an incident's history is its report's extraction and storage.
        History = await db.AuditEntries.AsNoTracking()
            .Where(e => (e.SubjectType == "mentions" || e.SubjectType == "report") && e.SubjectId == Report.Id)
            .OrderBy(e => e.Sequence).ToListAsync(HttpContext.RequestAborted);
        return Page();
    }

    private static int ParagraphStart(string body, int at)
    {
        var i = at == 0 ? -1 : body.LastIndexOf('\n', at);
        return i < 0 ? 0 : i + 1;
    }

    private static int ParagraphEnd(string body, int at)
    {
        var i = body.IndexOf('\n', at);
        return i < 0 ? body.Length : i;
    }
}
