using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Vigil.Storage.Incidents;

/// <summary>
/// A place in a list of incidents newest first (<see cref="NewestIncidents"/>): the machine start date and id of a row, and the
/// number of the page that row is on. A list continues after it (<c>after=</c>, the next page) or before it (<c>before=</c>, the
/// previous page) by comparing dates and ids, so a deep page costs what the first does, where an offset reads and skips every
/// row in front of it. Written <c>PAGE.YYYYMMDD.ID</c> (<c>PAGE.undated.ID</c> for an undated row), for instance
/// <c>3.20221116.0190f3a2c4d87b1e9a5c3d2e1f0a9b8c</c>; clients pass it on as they got it.
/// </summary>
/// <param name="Page">The 1-based page the row is on.</param>
/// <param name="DateFrom">The row's machine start date (the list's order); null when undated.</param>
/// <param name="Id">The row's id (ties on the date are ordered by it).</param>
public readonly record struct IncidentCursor(int Page, DateOnly? DateFrom, Guid Id)
{
    private const string Undated = "undated";

    /// <summary>What a malformed cursor is told (the API's 400 and the page's message).</summary>
    public const string Expected = "is not a place in the list (pass on the next or previous value a list gave)";

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Page}.{(DateFrom is { } d ? d.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : Undated)}.{Id:N}");

    /// <summary>Reads a cursor written by <see cref="ToString"/>; false for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out IncidentCursor cursor)
    {
        cursor = default;
        var parts = text?.Trim().Split('.');
        if (parts is not { Length: 3 }
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var page) || page < 1
            || !Guid.TryParseExact(parts[2], "N", out var id))
        {
            return false;
        }

        DateOnly? date = null;
        if (parts[1] != Undated)
        {
            if (!DateOnly.TryParseExact(parts[1], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return false;
            }

            date = d;
        }

        cursor = new IncidentCursor(page, date, id);
        return true;
    }
}
