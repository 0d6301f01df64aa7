using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Persons;
using Vigil.Web.Api;
using Vigil.Web.Auth;

namespace Vigil.Web.Pages.Persons;

/// <summary>
/// One person, read through <see cref="ReadPerson"/> as <c>/api/v1/persons/{id}</c> reads it: viewers get a 404 unless an
/// editor confirmed the person and marked them publishable, the read is written to the audit log, and admins see those
/// reads in the history. Editors review the person here with the audited operations <c>vigil person ID</c> uses.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class DetailsModel(VigilDbContext db, TimeProvider clock) : PageModel
{
    private static readonly Dictionary<string, string> Done = new(StringComparer.Ordinal)
    {
        ["confirmed"] = "Confirmed.", ["disputed"] = "Marked as disputed.", ["rejected"] = "Rejected.", ["unreviewed"] = "Marked as unreviewed.",
        ["published"] = "Marked publishable: viewers and the public view see this person.", ["unpublished"] = "No longer publishable: viewers no longer see this person.",
    };

    internal PersonDetail Detail { get; private set; } = null!;

    internal PersonResponse View { get; private set; } = null!;

    /// <summary>The person's incidents the reader may open (type and dates), in the order of <see cref="PersonDetail.Incidents"/>.</summary>
    internal List<Incident> Incidents { get; private set; } = [];

    public bool CanReview { get; private set; }

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done) =>
        await ShowAsync(id, done is not null && Done.TryGetValue(done, out var text) ? text : null);

    public async Task<IActionResult> OnPostStatusAsync(Guid id, string? status)
    {
        if (!User.Allows(Policies.Review))
        {
            return Forbid();
        }

        if (status is null || !PersonStatus.All.Contains(status))
        {
            return await FailAsync(id, $"status: not one of {string.Join(", ", PersonStatus.All)}");
        }

        return await new ReviewPerson(db, clock).SetStatusAsync(id, status, User.Actor(), HttpContext.RequestAborted) is { } problem
            ? await FailAsync(id, problem)
            : Redirect($"/persons/{id}?done={status}");
    }

    public async Task<IActionResult> OnPostPublishableAsync(Guid id, bool publishable)
    {
        if (!User.Allows(Policies.Review))
        {
            return Forbid();
        }

        return await new ReviewPerson(db, clock).SetPublishableAsync(id, publishable, User.Actor(), HttpContext.RequestAborted) is { } problem
            ? await FailAsync(id, problem)
            : Redirect($"/persons/{id}?done={(publishable ? "published" : "unpublished")}");
    }

    private async Task<IActionResult> FailAsync(Guid id, string problem)
    {
        Problem = problem;
        return await ShowAsync(id, null);
    }

    private async Task<IActionResult> ShowAsync(Guid id, string? message)
    {
        CanReview = User.Allows(Policies.Review);
        var audience = CanReview ? IncidentAudience.Editor : IncidentAudience.Reader;
        var detail = await new ReadPerson(db, clock).RunAsync(id, audience, User.Actor(), User.Allows(Policies.Admin), HttpContext.RequestAborted);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        View = PersonResponse.Of(detail);
        Message = message;
        var ids = detail.Incidents.ToList();
        var visible = await db.Incidents.AsNoTracking()
            .Where(i => ids.Contains(i.Id) && (CanReview || i.Status == IncidentStatus.Confirmed))
            .ToListAsync(HttpContext.RequestAborted);
        Incidents = [.. ids.Select(i => visible.Find(v => v.Id == i)).OfType<Incident>()];
        return Page();
    }
}
