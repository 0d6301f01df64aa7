namespace Vigil.Core.Extraction.Places;

/// <summary>A gazetteer entry: a city, a province or a country.</summary>
/// <param name="Name">Common English name ("Tehran", "Khoy", "Kurdistan", "Iran").</param>
/// <param name="Admin1">English name of the first-level division (province) it lies in; for a province, the province itself; null for a country.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code ("IR").</param>
/// <param name="Latitude">WGS84 latitude in degrees.</param>
/// <param name="Longitude">WGS84 longitude in degrees.</param>
/// <param name="Precision">Whether this is a city, a province or a country.</param>
public sealed record Place(string Name, string? Admin1, string Country, double Latitude, double Longitude, GeoPrecision Precision)
{
    /// <summary>
    /// The place's name in the local language and script ("تهران" for Tehran), from the gazetteer's Persian aliases and
    /// the Persian pack's place-names.txt; null when the gazetteer has none. The contract's <c>location.name_local</c>.
    /// </summary>
    public string? LocalName { get; init; }
}
