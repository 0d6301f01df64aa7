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

    // From the query only: [BindProperty] read Razor Pages' own "page" route value (the page's name) first, so ?page=N was lost.
    [FromQuery(Name = "page")]
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

    /// <summary>The entries counted: up to <see cref="CountedPages.Ahead"/> pages from this page's start, no further.</summary>
    public int Total { get; private set; }

    /// <summary>True when the count stopped before the end ("more than <see cref="Total"/>").</summary>
    public bool More { get; private set; }

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
        var cancellationToken = HttpContext.RequestAborted;

        // One connection for the page's queries (SQLite sets its pragmas on every open).
        await db.Database.OpenConnectionAsync(cancellationToken);

        // Out-of-range pages (negative, or so large that the offset overflows) show the first or an empty page.
        PageNumber = Math.Clamp(PageNumber, 1, CountedPages.MaxPage(PageSize));
        var skip = (PageNumber - 1) * PageSize;
        var newest = (await FilteredAsync(cancellationToken)).OrderByDescending(e => e.Sequence);
        Entries = await newest.Skip(skip).Take(PageSize).ToListAsync(cancellationToken);
        (Total, More) = await CountedPages.CountAsync(newest, skip, Entries.Count, PageSize, cancellationToken);
        Actions = await DistinctAsync(e => e.Action, cancellationToken);
    }

    private async Task<IQueryable<AuditEntry>> FilteredAsync(CancellationToken cancellationToken)
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
            // Ids are stored in lower case; a UUID is shown by its end, a hash by its start. A whole id (a UUID, a SHA-256) is
            // looked up in the subject index under each subject type; a part of one has to be compared with every entry.
            var subject = Subject.Trim().ToLowerInvariant();
            if (Guid.TryParse(subject, out var guid) || subject.Length == 64)
            {
                // As typed, or a UUID in the form ids are stored in (typed without dashes or in braces).
                string[] whole = [subject, guid.ToString()];
                var types = await DistinctAsync(e => e.SubjectType, cancellationToken);
                entries = entries.Where(e => types.Contains(e.SubjectType) && whole.Contains(e.SubjectId));
            }
            else
            {
                entries = entries.Where(e => e.SubjectId == subject || e.SubjectId.StartsWith(subject) || e.SubjectId.EndsWith(subject));
            }
        }

        if (From is not null || To is not null)
        {
            // A date range becomes the range of sequences between its first and last entry (the time index finds both),
            // so the page is read newest first from the log's own order; the dates are still compared on every entry, since
            // nothing forces the clock to move forwards.
            IQueryable<AuditEntry> InRange(IQueryable<AuditEntry> query)
            {
                if (From is { } from)
                {
                    var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                    query = query.Where(e => e.At >= start);
                }

                if (To is { } to)
                {
                    var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                    query = query.Where(e => e.At < end);
                }

                return query;
            }

            var dated = InRange(db.AuditEntries.AsNoTracking());
            entries = InRange(entries);

            // "+ nothing": a bare min(sequence) makes PostgreSQL walk the primary key from the start, testing each entry's time
            // (half a second at two million entries for a month in the middle) instead of reading the time index's range.
            var nothing = 0L;
            var first = await dated.MinAsync(e => (long?)(e.Sequence + nothing), cancellationToken) ?? long.MaxValue;
            var last = await dated.MaxAsync(e => (long?)(e.Sequence + nothing), cancellationToken) ?? long.MinValue;
            entries = entries.Where(e => e.Sequence >= first && e.Sequence <= last);
        }

        return entries;
    }

    // The distinct values of an indexed column, in order, one index probe each (a loose index scan): the log holds few
    // actions and subject types but millions of entries.
    private async Task<List<string>> DistinctAsync(System.Linq.Expressions.Expression<Func<AuditEntry, string>> column, CancellationToken cancellationToken)
    {
        var values = new List<string>();
        while (values.Count < 1000)
        {
            var after = db.AuditEntries.AsNoTracking().Select(column);
            if (values.Count > 0)
            {
                var last = values[^1];
                after = after.Where(v => string.Compare(v, last) > 0);
            }

            var next = await after.OrderBy(v => v).FirstOrDefaultAsync(cancellationToken);
            if (next is null)
            {
                break;
            }

            values.Add(next);
        }

        return values;
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
