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

    /// <summary>The interface text (a localisation key) of a person's fate, stored as the English lower-case word.</summary>
    public static string Fate(string fate) => fate switch
    {
        "killed" => "Killed",
        "injured" => "Injured",
        "arrested" => "Arrested",
        "executed" => "Executed",
        "sentenced" => "Sentenced",
        "disappeared" => "Disappeared",
        "released" => "Released",
        _ => "Other fate",
    };

    /// <summary>A figure across sources: the range, and the most reliable source's figure when the sources differ ("3–66, most reliable 66").</summary>
    public static string AcrossSources(int? min, int? max, int? best) =>
        min is null ? string.Empty
        : best is { } b && min != max && !(max is null && b == min) ? Range(min, max) + ", most reliable " + b.ToString("N0", CultureInfo.InvariantCulture)
        : Range(min, max);

    /// <summary>The short id lists show (<see cref="Vigil.Storage.Incidents.IncidentIds.ShortForm(Guid)"/>).</summary>
    public static string ShortId(Guid id) => Vigil.Storage.Incidents.IncidentIds.ShortForm(id);
}
