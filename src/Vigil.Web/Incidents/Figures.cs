using System.Globalization;

namespace Vigil.Web.Incidents;

/// <summary>How counts read on pages: "3", "3–5", "≥ 3", or empty when the report gives none.</summary>
public static class Figures
{
    public static string Range(int? min, int? max) => (min, max) switch
    {
        (null, _) => string.Empty,
        ({ } a, null) => "≥ " + a.ToString("N0", CultureInfo.InvariantCulture),
        ({ } a, { } b) when a == b => a.ToString("N0", CultureInfo.InvariantCulture),
        ({ } a, { } b) => a.ToString("N0", CultureInfo.InvariantCulture) + "–" + b.ToString("N0", CultureInfo.InvariantCulture),
    };

    public static string Dates(string? date, string? end) => date is null ? string.Empty : end is null || end == date ? date : date + " – " + end;

    public static string Type(string type) => type.Replace('_', ' ');
}
