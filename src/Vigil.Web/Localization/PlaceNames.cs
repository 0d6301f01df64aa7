using Vigil.Core.Extraction.Places;

namespace Vigil.Web.Localization;

/// <summary>
/// An incident's place (a town, a province or the country) in the interface's language: the Persian gazetteer's name
/// («سنندج», «ایران») for the Persian interface, the stored common English name otherwise and for places the gazetteer
/// has no Persian name for (an editor's own wording, a town outside Iran). Display only, like <see cref="ProvinceNames"/>.
/// </summary>
public static class PlaceNames
{
    /// <summary><paramref name="place"/>, a town looked up inside <paramref name="province"/>, as the current reader reads it; empty for null.</summary>
    public static string Of(string? place, string? province) => Of(place, province, UserCulture.Language == "fa");

    /// <summary><paramref name="place"/> in Persian when <paramref name="persian"/>, where the gazetteer has a Persian name.</summary>
    public static string Of(string? place, string? province, bool persian) =>
        place is null ? string.Empty : persian && LocalPlaceNames.Place(place, province, "fa") is { } local ? local : place;
}
