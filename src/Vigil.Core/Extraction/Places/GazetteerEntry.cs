namespace Vigil.Core.Extraction.Places;

/// <summary>A <see cref="Place"/> with what the gazetteer knows about its importance.</summary>
/// <param name="Place">The place itself (name, admin1, country, coordinates, precision).</param>
/// <param name="Population">GeoNames population; 0 when unknown.</param>
/// <param name="IsSeat">Seat of a province or county, or a city the alias table names.</param>
/// <param name="IsCapital">A national capital.</param>
/// <param name="IsOfficialCity">An official Iranian city (shahr), not a village.</param>
internal sealed record GazetteerEntry(Place Place, int Population, bool IsSeat, bool IsCapital, bool IsOfficialCity)
{
    /// <summary>A village or hamlet: small or of unknown size, and neither a seat nor an official city.</summary>
    public bool IsMinor(int minimumPopulation) =>
        Place.Precision == GeoPrecision.City && Population < minimumPopulation && !IsSeat && !IsCapital && !IsOfficialCity;
}
