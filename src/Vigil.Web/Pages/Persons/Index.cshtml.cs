using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Vigil.Core.Extraction.Persons;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Persons;
using Vigil.Web.Auth;
using Vigil.Web.Localization;
using Vigil.Web.Store;

namespace Vigil.Web.Pages.Persons;

/// <summary>
/// Named persons with the filters of <c>/api/v1/persons</c> and <c>vigil persons</c> (the same Storage query): viewers
/// see only persons an editor confirmed and marked publishable. Searching by a name is not audited as a read (no person
/// page is opened), and a searched name is never logged.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(VigilDbContext db, IStringLocalizer<Strings> L, AuditHeadCache cache, PersonListIndex index) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The highest page the list offers (the count is capped, as on the incidents list).</summary>
    public const int MaxPage = ListPersons.CountLimit / PageSize;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public string? Fate { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)] public string? Province { get; set; }

    /// <summary>"child" (a source gives an age under 18) or "adult" (a source gives 18 or more).</summary>
    [BindProperty(SupportsGet = true)] public string? Age { get; set; }

    [BindProperty(SupportsGet = true)] public string? Gender { get; set; }

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    [BindProperty(SupportsGet = true)] public string? Source { get; set; }

    // From the query only: [BindProperty] read Razor Pages' own "page" route value (the page's name) first, so ?page=N was lost.
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public static IReadOnlyList<string> Fates { get; } = [.. Enum.GetNames<Fate>().Select(n => n.ToLowerInvariant())];

    public List<Person> Rows { get; private set; } = [];

    /// <summary>The persons the filters match, counted as far as the page needs (<see cref="More"/>: at least this many).</summary>
    public int Total { get; private set; }

    /// <summary>True when the count stopped before the end: "more than <see cref="Total"/>".</summary>
    public bool More { get; private set; }

    public bool ConfirmedOnly { get; private set; }

    public List<string> Provinces { get; private set; } = [];

    public int CurrentPage => Math.Clamp(PageNumber ?? 1, 1, MaxPage);

    /// <summary>This list's address with page <paramref name="page"/>, the filters kept.</summary>
    public string PageLink(int page) =>
        Request.Path + QueryString.Create(QueryHelpers.ParseQuery(Request.QueryString.Value).Where(kv => kv.Key != "page")
            .Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value.ToString()))
            .Append(new KeyValuePair<string, string?>("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToString();

    public async Task OnGetAsync()
    {
        ConfirmedOnly = !User.Allows(Policies.Review);
        // Values the form never offers are dropped rather than answered with an empty list that looks like "nobody".
        var filter = new PersonFilter
        {
            Fate = Fates.Contains(Fate) ? Fate : null,
            From = From,
            To = To,
            Admin1 = Province,
            AgeMin = Age == "adult" ? PersonFilter.ChildAgeMax + 1 : null,
            AgeMax = Age == "child" ? PersonFilter.ChildAgeMax : null,
            Gender = Gender is "female" or "male" ? Gender : null,
            Status = !ConfirmedOnly && Status is not null && PersonStatus.All.Contains(Status) ? Status : null,
            Source = Source,
            Search = string.IsNullOrWhiteSpace(Q) ? null : Q,
            Audience = ConfirmedOnly ? IncidentAudience.Reader : IncidentAudience.Editor,
        };
        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError("to", L["To is before From."].Value);
        }

        (Rows, Total, More) = await new ListPersons(db, index: index).RunAsync(filter, CurrentPage, PageSize, HttpContext.RequestAborted);
        // The drop-down's provinces change only with a write (each audited), so they are read once per audit head, not
        // once per page: a distinct over every person cost more than the page's own query.
        Provinces = await cache.GetAsync(db, $"person-provinces:{filter.Audience}", token => new PersonFilter { Audience = filter.Audience }.Apply(db.Persons.AsNoTracking())
            .Where(p => p.Admin1 != null).Select(p => p.Admin1!).Distinct().OrderBy(a => a).Take(100).ToListAsync(token), HttpContext.RequestAborted);
    }
}
