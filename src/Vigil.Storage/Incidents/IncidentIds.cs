using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Incidents;

/// <summary>
/// Ids as people see and type them, the same in the CLI and the web app: an incident (any UUID) is shown by its
/// last 12 hex digits, because the first ones of a time-ordered UUID are shared by everything made in the same
/// second; a report or evidence file (a SHA-256) by its first 12. An incident can be typed as the full id or a
/// unique suffix of 6 to 12 hex digits.
/// </summary>
public static class IncidentIds
{
    /// <summary>The short form lists show: the last 12 hex digits.</summary>
    public static string ShortForm(Guid id) => id.ToString("N")[^12..];

    /// <summary>The short form of any stored id: a UUID's last 12 hex digits, a hash's first 12, anything shorter as it is.</summary>
    public static string ShortForm(string id) =>
        Guid.TryParse(id, out var guid) ? ShortForm(guid) : id.Length > 12 ? id[..12] : id;

    /// <summary>Resolves a full id or a unique suffix: the id, Invalid (not an id; more than one match, named <paramref name="parameter"/>) or NotFound.</summary>
    public static async Task<Outcome<Guid>> ResolveAsync(VigilDbContext db, string? text, string parameter = "id", CancellationToken cancellationToken = default)
    {
        text = text?.Trim() ?? string.Empty;
        if (Guid.TryParse(text, out var full))
        {
            return await db.Incidents.AnyAsync(i => i.Id == full, cancellationToken) ? full : Outcome.NotFound($"incident {full}");
        }

        var suffix = text.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (suffix.Length is < 6 or > 12 || !suffix.All(char.IsAsciiHexDigit))
        {
            return Outcome.Invalid(parameter, $"'{text}' is not an incident id (a UUID, or its last 6 to 12 hex digits)");
        }

        // The last 12 hex digits are the UUID's last group, so a suffix of at most 12 needs no dash handling.
#pragma warning disable CA1862, CA1311 // ToLower() is translated to SQL; stored GUID text is upper case on SQLite and lower case on PostgreSQL
        var matches = await db.Incidents.AsNoTracking().Where(i => i.Id.ToString().ToLower().EndsWith(suffix)).Select(i => i.Id).Take(2).ToListAsync(cancellationToken);
#pragma warning restore CA1862, CA1311
        return matches.Count switch
        {
            0 => Outcome.NotFound($"incident ends in {suffix}"),
            1 => matches[0],
            _ => Outcome.Invalid(parameter, $"more than one incident ends in {suffix}: give more digits"),
        };
    }
}
