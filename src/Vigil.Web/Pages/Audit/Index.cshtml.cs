using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Audit;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Vigil.Web.Auth;

namespace Vigil.Web.Pages.Audit;

/// <summary>The audit log, newest first, and on request the result of <c>vigil verify</c>.</summary>
[Authorize(Policy = Policies.Review)]
public sealed class IndexModel(VigilDbContext db, BlobStore blobs) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Who: an actor exactly as recorded ("web:ana", "cli:root").</summary>
    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    /// <summary>What: one action ("incident.confirmed").</summary>
    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    /// <summary>The subject's id, whole or as lists show it (a UUID's last digits, a hash's first).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Subject { get; set; }

    /// <summary>Entries on or after this day (UTC).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>Entries on or before this day (UTC).</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>The actions recorded so far, for the filter's drop-down.</summary>
    public List<string> Actions { get; private set; } = [];

    public List<AuditEntry> Entries { get; private set; } = [];

    public int Total { get; private set; }

    public VerifyResult? Verified { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        Verified = await new VerifyStore(db, blobs).RunAsync(cancellationToken: HttpContext.RequestAborted);
        await LoadAsync();
        return Page();
    }

    /// <summary>The first 12 characters of a hash, or the whole value when shorter (a deletion records "deleted").</summary>
    public static string Abbreviate(string value) => value.Length > 12 ? value[..12] + "…" : value;

    private async Task LoadAsync()
    {
        // Out-of-range pages (negative, or so large that the offset overflows) show the first or an empty page.
        PageNumber = Math.Clamp(PageNumber, 1, int.MaxValue / PageSize);
        var entries = Filtered();
        Total = await entries.CountAsync(HttpContext.RequestAborted);
        Entries = await entries.OrderByDescending(e => e.Sequence).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
        Actions = await db.AuditEntries.AsNoTracking().Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(HttpContext.RequestAborted);
    }

    private IQueryable<AuditEntry> Filtered()
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim();
            entries = entries.Where(e => e.Actor == actor);
        }

        if (!string.IsNullOrWhiteSpace(Action))
        {
            var action = Action.Trim();
            entries = entries.Where(e => e.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(Subject))
        {
            // Ids are stored in lower case; a UUID is shown by its end, a hash by its start.
            var subject = Subject.Trim().ToLowerInvariant();
            entries = entries.Where(e => e.SubjectId == subject || e.SubjectId.StartsWith(subject) || e.SubjectId.EndsWith(subject));
        }

        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.At < end);
        }

        return entries;
    }

    /// <summary>The page that shows an entry's subject, if it has one.</summary>
    public static string? LinkOf(AuditEntry e) => e.SubjectType switch
    {
        "incident" => $"/incidents/{e.SubjectId}",
        "report" or "mentions" => $"/reports/{e.SubjectId}",
        "speaker" => $"/speakers/{e.SubjectId}",
        "source" => $"/sources?edit={e.SubjectId}",
        "user" => "/users",
        _ => null,
    };

    /// <summary>This page filtered to one more value (the links in the table).</summary>
    public string FilterLink(string name, string value)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Request.QueryString.Value)
            .Where(kv => kv.Key != "page" && kv.Key != name)
            .Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value.ToString()))
            .Append(new KeyValuePair<string, string?>(name, value));
        return "/audit" + QueryString.Create(query);
    }
}
