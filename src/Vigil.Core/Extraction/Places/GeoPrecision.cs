namespace Vigil.Core.Extraction.Places;

/// <summary>
/// How precisely a place is known, after ACLED's geo_precision: a named town or city (1), a
/// province or region (2 in our export mapping, see README), or only the country (3).
/// </summary>
public enum GeoPrecision
{
    /// <summary>A named city, town or village.</summary>
    City = 1,

    /// <summary>A first-level administrative division (an Iranian province).</summary>
    Province = 2,

    /// <summary>Only the country is known.</summary>
    Country = 3,
}
