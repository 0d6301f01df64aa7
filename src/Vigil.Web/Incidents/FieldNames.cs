namespace Vigil.Web.Incidents;

/// <summary>An incident's editable fields in plain words, for pickers and tables (the stored names stay as they are).</summary>
public static class FieldNames
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["type"] = "Type",
        ["date"] = "Date",
        ["date_end"] = "End date (of a range)",
        ["place"] = "Place",
        ["admin1"] = "Province",
        ["country"] = "Country",
        ["killed"] = "Killed",
        ["injured"] = "Injured",
        ["arrested"] = "Arrested",
        ["actors"] = "Who acted",
        ["victims"] = "Who it was done to",
        ["notes"] = "Editor's note",
    };

    public static string Of(string field) => Words.TryGetValue(field, out var words) ? words : field.Replace('_', ' ');
}
