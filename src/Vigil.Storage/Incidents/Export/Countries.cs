namespace Vigil.Storage.Incidents.Export;

/// <summary>
/// The countries the gazetteer places incidents in, with what ACLED's export needs: the English name, the ISO 3166-1
/// numeric code (ACLED's <c>iso</c>) and ACLED's region.
/// </summary>
internal static class Countries
{
    private static readonly Dictionary<string, (string Name, int Numeric, string Region)> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["IR"] = ("Iran", 364, "Middle East"),
        ["IQ"] = ("Iraq", 368, "Middle East"),
        ["TR"] = ("Turkey", 792, "Middle East"),
        ["AF"] = ("Afghanistan", 4, "South Asia"),
        ["US"] = ("United States", 840, "North America"),
    };

    public static string Name(string alpha2) => Known.TryGetValue(alpha2, out var c) ? c.Name : alpha2;

    public static int? Numeric(string alpha2) => Known.TryGetValue(alpha2, out var c) ? c.Numeric : null;

    public static string? Region(string alpha2) => Known.TryGetValue(alpha2, out var c) ? c.Region : null;
}
