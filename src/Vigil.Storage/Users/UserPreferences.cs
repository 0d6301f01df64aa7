using Vigil.Core;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Users;

/// <summary>
/// Sets a user's own interface language and calendar. Not audited: they change how the app reads to that user,
/// never what is recorded.
/// </summary>
public sealed class UserPreferences(VigilDbContext db)
{
    /// <summary>The interface languages: English and Persian.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "fa"];

    /// <summary>The calendars dates can be shown in.</summary>
    public static readonly IReadOnlyList<string> Calendars = [Gregorian, SolarHijri];

    /// <summary>The Gregorian calendar.</summary>
    public const string Gregorian = "gregorian";

    /// <summary>The Solar Hijri (Persian) calendar.</summary>
    public const string SolarHijri = "solar_hijri";

    /// <summary>Stores <paramref name="language"/> and <paramref name="calendar"/> (null or empty: automatic); returns a problem naming the field, or null.</summary>
    public async Task<UserMessage?> SetAsync(Guid userId, string? language, string? calendar, CancellationToken cancellationToken = default)
    {
        language = string.IsNullOrWhiteSpace(language) ? null : language.Trim();
        calendar = string.IsNullOrWhiteSpace(calendar) ? null : calendar.Trim();
        if (language is not null && !Languages.Contains(language))
        {
            return $"language: '{language}' is not one of {string.Join(", ", Languages)}.";
        }

        if (calendar is not null && !Calendars.Contains(calendar))
        {
            return $"calendar: '{calendar}' is not one of {string.Join(", ", Calendars)}.";
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return "No such user.";
        }

        user.Language = language;
        user.Calendar = calendar;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
