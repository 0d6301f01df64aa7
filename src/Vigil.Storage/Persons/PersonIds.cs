using Microsoft.EntityFrameworkCore;
using Vigil.Core;
using Vigil.Storage.Database;

namespace Vigil.Storage.Persons;

/// <summary>Person ids as people type them: the full UUID or a unique suffix of 6 to 12 hex digits (lists show the last 12).</summary>
public static class PersonIds
{
    /// <summary>Resolves a full id or a unique suffix; the error says what went wrong (and never names the person).</summary>
    public static async Task<(Guid? Id, UserMessage? Error)> ResolveAsync(VigilDbContext db, string? text, CancellationToken cancellationToken = default)
    {
        text = text?.Trim() ?? string.Empty;
        if (Guid.TryParse(text, out var full))
        {
            if (!await db.Persons.AnyAsync(p => p.Id == full, cancellationToken))
            {
                return (null, $"no person {full}");
            }

            return (full, null);
        }

        var suffix = text.Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        if (suffix.Length is < 6 or > 12 || !suffix.All(char.IsAsciiHexDigit))
        {
            return (null, "not a person id (a UUID, or its last 6 to 12 hex digits)");
        }

#pragma warning disable CA1862, CA1311 // ToLower() is translated to SQL; stored GUID text is upper case on SQLite and lower case on PostgreSQL
        var matches = await db.Persons.AsNoTracking().Where(p => p.Id.ToString().ToLower().EndsWith(suffix)).Select(p => p.Id).Take(2).ToListAsync(cancellationToken);
#pragma warning restore CA1862, CA1311
        switch (matches.Count)
        {
            case 0:
                return (null, $"no person ends in {suffix}");
            case 1:
                return (matches[0], null);
            default:
                return (null, $"more than one person ends in {suffix}: give more digits");
        }
    }
}
