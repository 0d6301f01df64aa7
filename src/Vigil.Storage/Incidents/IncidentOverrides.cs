using System.Text.Json;
using Vigil.Core;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Output;

namespace Vigil.Storage.Incidents;

/// <summary>
/// An editor's values for an incident's fields, kept beside the machine values. Each field an
/// editor may set, its validation, and how an effective value is read (editor's if set, else machine's).
/// </summary>
public static class IncidentOverrides
{
    /// <summary>Fields an editor may set with <c>--set field=value</c>.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["type", "date", "date_end", "place", "admin1", "country", "killed", "injured", "arrested", "actors", "victims", "notes"];

    /// <summary>Reads the overrides of an incident.</summary>
    public static Dictionary<string, string> Of(Incident incident) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(incident.OverridesJson) ?? [];

    /// <summary>Checks a value for a field: <see cref="Outcome.Ok"/>, or <see cref="OutcomeKind.Invalid"/> naming the field. An empty value clears the override.</summary>
    public static Outcome Validate(string field, string value)
    {
        if (!Fields.Contains(field))
        {
            return Outcome.Invalid("field", $"unknown field '{field}' (one of: {string.Join(", ", Fields)})");
        }

        if (value.Length == 0)
        {
            return Outcome.Ok;
        }

        return Problem(field, value) is { } problem ? Outcome.Invalid(field, problem) : Outcome.Ok;
    }

    // A switch statement, not a switch expression: an expression's arms would be built into English strings first.
    private static UserMessage? Problem(string field, string value)
    {
        switch (field)
        {
            case "type" when ExtractionJson.ParseType(value) is null:
                return $"'{value}' is not an incident type";
            case "date" or "date_end" when PartialDate.Parse(value) is null:
                return $"'{value}' is not YYYY-MM-DD, YYYY-MM or YYYY";
            case "country" when value.Length != 2 || !value.All(char.IsAsciiLetterUpper):
                return $"'{value}' is not an ISO 3166-1 alpha-2 code like IR";
            case "killed" or "injured" or "arrested" when ParseFigure(value) is null:
                return $"'{value}' is not a figure (N, N-M or N+)";
            default:
                return null;
        }
    }

    /// <summary>Parses "N", "N-M" or "N+" into (min, max).</summary>
    public static (int Min, int? Max)? ParseFigure(string value)
    {
        value = value.Trim();
        if (value.EndsWith('+') && int.TryParse(value[..^1], out var open) && open >= 0)
        {
            return (open, null);
        }

        var dash = value.IndexOf('-', 1);
        if (dash > 0 && int.TryParse(value[..dash], out var lo) && int.TryParse(value[(dash + 1)..], out var hi) && lo >= 0 && hi >= lo)
        {
            return (lo, hi);
        }

        return int.TryParse(value, out var exact) && exact >= 0 ? (exact, exact) : null;
    }

    /// <summary>The effective value of a text field: the editor's when set, else the machine's.</summary>
    public static string? Effective(Dictionary<string, string> overrides, string field, string? machine) =>
        overrides.TryGetValue(field, out var human) ? human : machine;

    /// <summary>The effective best figure for a category: the editor's minimum when set, else the most reliable source's.</summary>
    public static int? EffectiveFigure(Dictionary<string, string> overrides, string field, int? machine) =>
        overrides.TryGetValue(field, out var human) && ParseFigure(human) is { } f ? f.Min : machine;
}
