using System.Text.Json;
using Vigil.Core;
using Vigil.Core.Extraction.Dates;

namespace Vigil.Storage.Persons;

/// <summary>
/// An editor's values for a person's fields, kept beside the machine values: which fields may be set, their validation,
/// and the effective value (the editor's if set, else the machine's).
/// </summary>
public static class PersonFields
{
    /// <summary>Fields an editor may set with <c>--set field=value</c>.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["name", "name_local", "age", "gender", "admin1", "date", "fate", "notes"];

    /// <summary>The fates an editor may give (one, or several "; "-separated: "arrested; executed").</summary>
    public static IReadOnlyList<string> Fates { get; } = ["killed", "injured", "arrested", "executed", "sentenced", "disappeared", "released", "other"];

    /// <summary>The fates in an editor's fate value, lower case, in the order written.</summary>
    public static List<string> FatesOf(string value) =>
        [.. value.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant())];

    /// <summary>Reads the overrides of a person (a person without any, as most are, without parsing: lists call this for every row, several times).</summary>
    public static Dictionary<string, string> Of(Person person) =>
        person.OverridesJson == "{}" ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(person.OverridesJson) ?? [];

    /// <summary>Checks a value for a field; returns the problem (without the value, which may be a name), or null. An empty value clears the field.</summary>
    public static UserMessage? Validate(string field, string value)
    {
        if (!Fields.Contains(field))
        {
            return $"unknown field '{field}' (one of: {string.Join(", ", Fields)})";
        }

        if (value.Length == 0)
        {
            return null;
        }

        // A switch statement, not a switch expression: an expression's arms would be built into English strings first.
        switch (field)
        {
            case "age" when !int.TryParse(value, out var age) || age is < 0 or > 120:
                return "age: not a whole number of years between 0 and 120";
            case "gender" when value is not ("female" or "male"):
                return "gender: must be female or male";
            case "date" when PartialDate.Parse(value) is null:
                return "date: not YYYY-MM-DD, YYYY-MM or YYYY";
            case "fate" when FatesOf(value) is { } fates && (fates.Count == 0 || !fates.All(Fates.Contains)):
                return $"fate: not one or more of {string.Join(", ", Fates)} (separated by ;)";
            case "name" or "name_local" or "notes" when value.Length > 256:
                return $"{field}: longer than 256 characters";
            default:
                return null;
        }
    }

    /// <summary>The effective fates: the editor's if set, else the machine's, in date order.</summary>
    public static List<string> EffectiveFates(Person person) =>
        Of(person).TryGetValue("fate", out var f) ? FatesOf(f) : [.. person.Fates.Split("; ", StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The effective first and last day: the editor's date if set (its whole span), else the machine's.</summary>
    public static (DateOnly? From, DateOnly? To) EffectiveDates(Person person) =>
        Of(person).TryGetValue("date", out var d) && PartialDate.Parse(d) is { } date ? (date.FirstDay, date.LastDay) : (person.DateFrom, person.DateTo);

    /// <summary>The effective name: the editor's if set, else the machine's.</summary>
    public static string Name(Person person) => Of(person).GetValueOrDefault("name") ?? person.Name;
}
