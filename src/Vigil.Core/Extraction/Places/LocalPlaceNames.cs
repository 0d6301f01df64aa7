using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Places;

/// <summary>Place names in a language pack's own script, as its gazetteer joins them to the common English names.</summary>
public static class LocalPlaceNames
{
    /// <summary>
    /// The Iranian province <paramref name="name"/> (any spelling the gazetteer knows: "Kurdistan", "Kordestan") as the
    /// pack of <paramref name="language"/> writes it («کردستان» for fa); null for an unknown province or language.
    /// </summary>
    public static string? Province(string name, string language) =>
        LanguagePack.TryGet(language, out var pack) && Gazetteer.For(pack).Province(name) is { LocalName: { Length: > 0 } local } ? local : null;
}
