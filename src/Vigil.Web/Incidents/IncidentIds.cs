using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Web.Incidents;

/// <summary>Incident ids typed by an editor: the full id, or its last 6–12 hex digits as lists show them (like the CLI).</summary>
public static class IncidentIds
{
    /// <summary>Resolves a full id or a unique suffix; the error says what went wrong.</summary>
    public static async Task<(Guid? Id, string? Error)> ResolveAsync(VigilDbContext db, string? text, CancellationToken cancellationToken = default)
    {
        text = text?.Trim() ?? string.Empty;
        if (Guid.TryParse(text, out var full))
        {
            return await db.Incidents.AnyAsync(i => i.Id == full, cancellationToken) ? (full, null) : (null, $"no incident {full}");
        }

        var suffix = text.ToLowerInvariant();
        if (suffix.Length is < 6 or > 12 || !suffix.All(char.IsAsciiHexDigit))
        {
            return (null, "an incident id is a UUID, or its last 6 to 12 hex digits");
        }

        // The last 12 hex digits are the UUID's last group, so a suffix of at most 12 needs no dash handling.
#pragma warning disable CA1862, CA1311 // ToLower() is translated to SQL; stored GUID text is upper case on SQLite and lower case on PostgreSQL
        var matches = await db.Incidents.AsNoTracking().Where(i => i.Id.ToString().ToLower().EndsWith(suffix)).Select(i => i.Id).Take(2).ToListAsync(cancellationToken);
#pragma warning restore CA1862, CA1311
        return matches.Count switch
        {
            0 => (null, $"no incident ends in {suffix}"),
            1 => (matches[0], null),
            _ => (null, $"more than one incident ends in {suffix}: give more digits"),
        };
    }
}
