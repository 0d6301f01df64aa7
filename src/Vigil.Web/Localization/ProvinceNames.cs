using Vigil.Core.Extraction.Places;

namespace Vigil.Web.Localization;

/// <summary>
/// An Iranian province's name in the interface's language: the Persian gazetteer's name («کردستان») for the Persian
/// interface, the stored common English name ("Kurdistan") otherwise and for names the gazetteer does not know.
/// Display only: filters and links keep the stored name.
/// </summary>
public static class ProvinceNames
{
    /// <summary><paramref name="name"/> as the current reader reads it; empty for null.</summary>
    public static string Of(string? name) => Of(name, UserCulture.Language == "fa");

    /// <summary><paramref name="name"/> in Persian when <paramref name="persian"/>, where the gazetteer has a Persian name.</summary>
    public static string Of(string? name, bool persian) =>
        name is null ? string.Empty : persian && LocalPlaceNames.Province(name, "fa") is { } local ? local : name;
}
