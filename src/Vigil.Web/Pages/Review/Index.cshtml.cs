using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Vigil.Storage;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Web.Auth;
using Vigil.Web.Incidents;
using Vigil.Web.Localization;
using Vigil.Web.Spans;

namespace Vigil.Web.Pages.Review;

/// <summary>
/// The review queue: the unreviewed incident waiting longest (its first mention extracted earliest), with its
/// evidence, and the editor's actions on it — confirm, dispute, reject, set a field's value, merge into another
/// incident — each one the audited Storage operation the CLI uses.
/// </summary>
[Authorize(Policy = Policies.Review)]
public sealed class IndexModel(VigilDbContext db, ReportSpans spans, TimeProvider clock, IStringLocalizer<Strings> L) : PageModel
{
    private string? Done(string? done) => done switch
    {
        "confirmed" => L["Confirmed."].Value, "disputed" => L["Marked as disputed."].Value, "rejected" => L["Rejected."].Value, "edited" => L["Value set; the machine value is kept beside it."].Value, "merged" => L["Merged."].Value,
        _ => null,
    };

    public IncidentEvidence? Evidence { get; private set; }

    public int Waiting { get; private set; }

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>Shows <paramref name="id"/>, or the next unreviewed incident after <paramref name="after"/> (skipped ones), or the first.</summary>
    public async Task<IActionResult> OnGetAsync(Guid? id, Guid? after, string? done, Guid? last)
    {
        Message = Done(done) is { } text ? text + (last is { } l ? " " + L["(incident {0})", Figures.ShortId(l)].Value : "") : null;
        return await ShowAsync(id, after);
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, string status)
    {
        if (status is not (IncidentStatus.Confirmed or IncidentStatus.Disputed or IncidentStatus.Rejected))
        {
            return await FailAsync(id, L.Problem(Outcome.Invalid("status", $"'{status}' is not one of {"confirmed, disputed, rejected"}"))!);
        }

        return L.Problem(await new ReviewIncident(db, clock).SetStatusAsync(id, status, User.Actor(), HttpContext.RequestAborted)) is { } problem
            ? await FailAsync(id, problem)
            : Redirect($"/review?after={id}&done={status}&last={id}");
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id, string? field, string? value)
    {
        // A date typed in the Solar Hijri calendar (or with Persian digits) is stored as the Gregorian day it names.
        value = value?.Trim() ?? string.Empty;
        if (field is "date" or "date_end" && !value.All(c => char.IsAsciiDigit(c) || c == '-') && DateDisplay.TryParse(value, out var day))
        {
            value = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        return L.Problem(await new ReviewIncident(db, clock).SetFieldAsync(id, field ?? string.Empty, value, User.Actor(), HttpContext.RequestAborted)) is { } problem
            ? await FailAsync(id, problem)
            : Redirect($"/review?id={id}&done=edited&last={id}");
    }

    /// <summary>Merges the shown incident into <paramref name="into"/> (which keeps its status and editor values).</summary>
    public async Task<IActionResult> OnPostMergeAsync(Guid id, string? into)
    {
        var target = await IncidentIds.ResolveAsync(db, into, "into", HttpContext.RequestAborted);
        if (!target.Succeeded)
        {
            return await FailAsync(id, L["Merge"].Value + ": " + L.Problem(target.Result));
        }

        var targetId = target.Value;
        return L.Problem(await new MergeIncidents(db, clock).RunAsync(targetId, id, User.Actor(), HttpContext.RequestAborted)) is { } problem
            ? await FailAsync(id, L["Merge"].Value + ": " + problem)
            : Redirect($"/review?done=merged&last={targetId}");
    }

    private async Task<IActionResult> FailAsync(Guid id, string problem)
    {
        Problem = problem;
        return await ShowAsync(id, null);
    }

    private async Task<IActionResult> ShowAsync(Guid? id, Guid? after)
    {
        var query = new IncidentQuery(db);
        var waiting = query.Visible(IncidentStatus.Unreviewed);
        Waiting = await waiting.CountAsync(HttpContext.RequestAborted);
        var next = id ?? await NextAsync(waiting, after);
        if (next is { } found && await query.DetailAsync(found, HttpContext.RequestAborted) is { } detail)
        {
            Evidence = await IncidentEvidence.OfAsync(detail, spans, HttpContext.RequestAborted);
        }
        else if (id is not null)
        {
            return NotFound();
        }

        return Page();
    }

    private async Task<Guid?> NextAsync(IQueryable<Incident> waiting, Guid? after)
    {
        var ordered = waiting.OrderBy(i => i.Id);
        if (after is { } a)
        {
            // After the last unreviewed one, start again from the first.
            var later = await waiting.Where(i => i.Id.CompareTo(a) > 0).OrderBy(i => i.Id).Select(i => (Guid?)i.Id).FirstOrDefaultAsync(HttpContext.RequestAborted);
            if (later is not null)
            {
                return later;
            }
        }

        return await ordered.Select(i => (Guid?)i.Id).FirstOrDefaultAsync(HttpContext.RequestAborted);
    }
}
