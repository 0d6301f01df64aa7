using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Vigil.Core;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Persons;
using Vigil.Web.Api;
using Vigil.Web.Auth;
using Vigil.Web.Localization;

namespace Vigil.Web.Pages.Persons;

/// <summary>
/// One person, read through <see cref="ReadPerson"/> as <c>/api/v1/persons/{id}</c> reads it: viewers get a 404 unless an
/// editor confirmed the person and marked them publishable, the read is written to the audit log, and admins see those
/// reads in the history. Editors review the person here with the audited operations <c>vigil person ID</c> uses.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class DetailsModel(VigilDbContext db, TimeProvider clock, IStringLocalizer<Strings> L) : PageModel
{
    private string? Done(string? done) => done switch
    {
        "confirmed" => L["Confirmed."].Value, "disputed" => L["Marked as disputed."].Value, "rejected" => L["Rejected."].Value, "unreviewed" => L["Marked as unreviewed."].Value,
        "published" => L["Marked publishable: viewers and the public view see this person."].Value, "unpublished" => L["No longer publishable: viewers no longer see this person."].Value,
        "edited" => L["Editor's value saved beside the machine's."].Value, "merged" => L["Merged: the other person's mentions are now this person's."].Value,
        "split" => L["Split: the chosen mentions are now a new, unreviewed person."].Value,
        _ => null,
    };

    internal PersonDetail Detail { get; private set; } = null!;

    internal PersonResponse View { get; private set; } = null!;

    /// <summary>The person's incidents the reader may open (type and dates), in the order of <see cref="PersonDetail.Incidents"/>.</summary>
    internal List<Incident> Incidents { get; private set; } = [];

    public bool CanReview { get; private set; }

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>
    /// Set by a review action for the page it redirects to: the editor's click is already in the audit log as the review,
    /// so showing its outcome is not a second, read entry. Kept in TempData (a protected cookie), not the query string,
    /// so a reader cannot skip the read entry by adding <c>?done=</c> to the address.
    /// </summary>
    [TempData]
    public Guid? ReviewedPerson { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done)
    {
        var afterReview = ReviewedPerson == id;
        ReviewedPerson = null;
        return await ShowAsync(id, Done(done), recordRead: !afterReview);
    }

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
            : ShowOutcome(id, status);
    }

    public async Task<IActionResult> OnPostPublishableAsync(Guid id, bool publishable)
    {
        if (!User.Allows(Policies.Review))
        {
            return Forbid();
        }

        return await new ReviewPerson(db, clock).SetPublishableAsync(id, publishable, User.Actor(), HttpContext.RequestAborted) is { } problem
            ? await FailAsync(id, problem)
            : ShowOutcome(id, publishable ? "published" : "unpublished");
    }

    /// <summary>Sets (an empty value clears) an editor's value for <paramref name="field"/>, beside the machine's.</summary>
    public async Task<IActionResult> OnPostEditAsync(Guid id, string? field, string? value)
    {
        if (!User.Allows(Policies.Review))
        {
            return Forbid();
        }

        return await new ReviewPerson(db, clock).SetFieldAsync(id, field ?? string.Empty, (value ?? string.Empty).Trim(), User.Actor(), HttpContext.RequestAborted) is { } problem
            ? await FailAsync(id, problem)
            : ShowOutcome(id, "edited");
    }

    /// <summary>Merges the person <paramref name="other"/> (its id, or the short id the lists show) into this one.</summary>
    public async Task<IActionResult> OnPostMergeAsync(Guid id, string? other)
    {
        if (!User.Allows(Policies.Review))
        {
            return Forbid();
        }

        var (otherId, error) = await PersonIds.ResolveAsync(db, other, HttpContext.RequestAborted);
        if (otherId is null)
        {
            return await FailAsync(id, $"other person: {error}");
        }

        return await new MergePersons(db, clock).RunAsync(id, otherId.Value, User.Actor(), HttpContext.RequestAborted) is { } problem
            ? await FailAsync(id, problem)
            : ShowOutcome(id, "merged");
    }

    /// <summary>Splits the chosen <paramref name="mentions"/> off into a new person, and shows that person.</summary>
    public async Task<IActionResult> OnPostSplitAsync(Guid id, List<Guid>? mentions)
    {
        if (!User.Allows(Policies.Review))
        {
            return Forbid();
        }

        var (created, problem) = await new SplitPerson(db, clock).RunAsync(id, mentions ?? [], User.Actor(), HttpContext.RequestAborted);
        return created is { } newId ? ShowOutcome(newId, "split") : await FailAsync(id, problem ?? "split failed");
    }

    private RedirectResult ShowOutcome(Guid id, string done)
    {
        ReviewedPerson = id;
        return Redirect($"/persons/{id}?done={done}");
    }

    // The problem in the reader's language (Storage's messages are templates with values: Strings.fa.resx).
    private async Task<IActionResult> FailAsync(Guid id, UserMessage problem)
    {
        Problem = L.Say(problem);
        return await ShowAsync(id, null, recordRead: false);
    }

    private async Task<IActionResult> ShowAsync(Guid id, string? message, bool recordRead)
    {
        CanReview = User.Allows(Policies.Review);
        var audience = CanReview ? IncidentAudience.Editor : IncidentAudience.Reader;
        var detail = await new ReadPerson(db, clock).RunAsync(id, audience, recordRead ? User.Actor() : null, User.Allows(Policies.Admin), HttpContext.RequestAborted);
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
