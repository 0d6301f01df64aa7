using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Cli.Incidents;

/// <summary>
/// Incident ids on the command line: the full id, or its last 12 hex digits as the lists show them
/// (the first digits of a time-ordered UUID are shared by everything made in the same second).
/// </summary>
internal static class IncidentIds
{
    public static string Short(Guid id) => id.ToString("N")[^12..];

    /// <summary>Resolves a full id or a unique suffix; the error says what went wrong.</summary>
    public static async Task<(Guid? Id, string? Error)> ResolveAsync(VigilDbContext db, string text, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(text, out var full))
        {
            return await db.Incidents.AnyAsync(i => i.Id == full, cancellationToken) ? (full, null) : (null, $"no incident {text}");
        }

        var suffix = text.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        if (suffix.Length < 6 || !suffix.All(Uri.IsHexDigit))
        {
            return (null, $"'{text}' is not an incident id (a UUID, or at least its last 6 hex digits)");
        }

        var matches = (await db.Incidents.AsNoTracking().Select(i => i.Id).ToListAsync(cancellationToken))
            .Where(id => id.ToString("N").EndsWith(suffix, StringComparison.Ordinal)).Take(2).ToList();
        return matches.Count switch
        {
            0 => (null, $"no incident ends in {text}"),
            1 => (matches[0], null),
            _ => (null, $"more than one incident ends in {text}: give more digits"),
        };
    }
}
