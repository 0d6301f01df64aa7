using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Evidence;
using Vigil.Storage.Incidents;
using Vigil.Storage.Media;
using Vigil.Storage.Users;
using Microsoft.Extensions.Localization;
using Vigil.Web.Localization;
using Vigil.Web.Auth;

namespace Vigil.Web.Pages.Media;

/// <summary>
/// One evidence file as media: its thumbnail or keyframes, its facts (device and location for editors only),
/// the other files showing the same picture or footage (earliest report first, with distance and matching
/// frames), and the incidents it is attached to; editors attach it to more, suggested from its reports.
/// </summary>
[Authorize(Policy = Policies.Read)]
public sealed class DetailsModel(VigilDbContext db, TimeProvider clock, MediaReader reader, IStringLocalizer<Strings> L) : PageModel
{
    public EvidenceFile Evidence { get; private set; } = null!;

    public EvidenceFingerprint? Fingerprint { get; private set; }

    public MediaFacts Facts { get; private set; } = new();

    public MediaItem? Item { get; private set; }

    public List<Incident> Linked { get; private set; } = [];

    public List<Incident> Suggested { get; private set; } = [];

    public bool CanEdit => User.IsEditor();

    public bool VideoSupported => reader.CanReadVideo;

    /// <summary>Whether the file has a fingerprint but is in no media item yet (a store fingerprinted before items were kept).</summary>
    public bool Ungrouped { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var file = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, HttpContext.RequestAborted);
        if (file is null)
        {
            return NotFound();
        }

        Evidence = file;
        Fingerprint = await db.EvidenceFingerprints.AsNoTracking().FirstOrDefaultAsync(f => f.EvidenceId == id, HttpContext.RequestAborted);
        Facts = MediaVisibility.For(Fingerprint is null ? new MediaFacts() : FingerprintEvidence.Facts(Fingerprint.FactsJson), CanEdit);
        Item = Fingerprint?.Frames is null ? null : await new FindMediaItems(db).OfAsync(id, HttpContext.RequestAborted);
        Ungrouped = Fingerprint?.Frames is not null && !await db.MediaItemMembers.AsNoTracking().AnyAsync(m => m.EvidenceId == id, HttpContext.RequestAborted);
        var files = Item?.Files.Select(f => f.EvidenceId).ToList() ?? [id];
        var linkedIds = await db.IncidentMedia.AsNoTracking().Where(l => files.Contains(l.EvidenceId)).Select(l => l.IncidentId).Distinct().ToListAsync(HttpContext.RequestAborted);
        Linked = await db.Incidents.AsNoTracking().Where(i => linkedIds.Contains(i.Id)).OrderBy(i => i.DateFrom).ToListAsync(HttpContext.RequestAborted);
        var reports = Item?.Files.Where(f => f.ReportId != null).Select(f => f.ReportId!).ToList() ?? (file.ReportId is { } r ? [r] : []);
        var suggestedIds = await db.Mentions.AsNoTracking().Where(m => reports.Contains(m.ReportId) && m.IncidentId != null && !linkedIds.Contains(m.IncidentId.Value)).Select(m => m.IncidentId!.Value).Distinct().Take(50).ToListAsync(HttpContext.RequestAborted);
        Suggested = await db.Incidents.AsNoTracking().Where(i => suggestedIds.Contains(i.Id)).OrderBy(i => i.DateFrom).ToListAsync(HttpContext.RequestAborted);
        Problem = Request.Query["problem"];
        return Page();
    }

    /// <summary>Attaches this file's media item to an incident (editors).</summary>
    public async Task<IActionResult> OnPostAttachAsync(string id, Guid incident)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var problem = L.Problem(await new LinkMedia(db, clock).AttachAsync(incident, id, User.Actor(), HttpContext.RequestAborted));
        return Redirect(problem is null ? $"/media/{id}" : $"/media/{id}?problem={Uri.EscapeDataString(problem)}");
    }

    /// <summary>Takes this file's media item off an incident (editors).</summary>
    public async Task<IActionResult> OnPostDetachAsync(string id, Guid incident)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var links = await db.IncidentMedia.AsNoTracking().Where(l => l.IncidentId == incident).Select(l => l.EvidenceId).ToListAsync(HttpContext.RequestAborted);
        var item = await new FindMediaItems(db).OfAsync(id, HttpContext.RequestAborted);
        var evidence = links.FirstOrDefault(e => e == id || item?.Files.Any(f => f.EvidenceId == e) == true) ?? id;
        var problem = L.Problem(await new LinkMedia(db, clock).DetachAsync(incident, evidence, User.Actor(), HttpContext.RequestAborted));
        return Redirect(problem is null ? $"/media/{id}" : $"/media/{id}?problem={Uri.EscapeDataString(problem)}");
    }
}
