using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Web.Auth;

namespace Vigil.Web.Pages.Speakers;

/// <summary>People and organisations quoted by the reports, with how many statements each made.</summary>
[Authorize(Policy = Policies.Read)]
public sealed class IndexModel(VigilDbContext db) : PageModel
{
    public List<SpeakerRow> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var counts = await db.Statements.AsNoTracking().GroupBy(t => t.SpeakerId)
            .Select(g => new { g.Key, Count = g.Count(), Latest = g.Max(t => t.DateFrom) })
            .ToDictionaryAsync(g => g.Key, HttpContext.RequestAborted);
        var speakers = await db.Speakers.AsNoTracking().ToListAsync(HttpContext.RequestAborted);
        Rows = speakers
            .Select(s => counts.TryGetValue(s.Id, out var c) ? new SpeakerRow(s.Id, s.Name, s.Variants, c.Count, c.Latest) : new SpeakerRow(s.Id, s.Name, s.Variants, 0, null))
            .OrderByDescending(s => s.Statements).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }
}

public sealed record SpeakerRow(Guid Id, string Name, string Variants, int Statements, DateOnly? Latest);
