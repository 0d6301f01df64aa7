using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Statements;
using Vigil.Web.Auth;

namespace Vigil.Web.Pages.Speakers;

/// <summary>One speaker: the name forms and roles seen, and their statements newest first, undated last (<see cref="SpeakerStatements"/>, as <c>vigil speakers NAME</c>).</summary>
[Authorize(Policy = Policies.Read)]
public sealed class DetailsModel(VigilDbContext db) : PageModel
{
    public Speaker Speaker { get; private set; } = null!;

    public List<Statement> Statements { get; private set; } = [];

    public List<SpeakerRole> Roles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var speaker = await db.Speakers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted);
        if (speaker is null)
        {
            return NotFound();
        }

        Speaker = speaker;
        Roles = JsonSerializer.Deserialize<List<SpeakerRole>>(speaker.RolesJson) ?? [];
        Statements = await SpeakerStatements.Of(db, id).Take(1000).ToListAsync(HttpContext.RequestAborted);
        return Page();
    }
}

/// <summary>A role a speaker was named with, and the first and last dates it was seen.</summary>
public sealed record SpeakerRole(
    [property: System.Text.Json.Serialization.JsonPropertyName("role")] string Role,
    [property: System.Text.Json.Serialization.JsonPropertyName("from")] string? From,
    [property: System.Text.Json.Serialization.JsonPropertyName("to")] string? To);
