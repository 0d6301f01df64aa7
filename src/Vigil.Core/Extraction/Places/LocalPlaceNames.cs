using System.Collections.Concurrent;
using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Places;

/// <summary>Place names in a language pack's own script, as its gazetteer joins them to the common English names.</summary>
public static class LocalPlaceNames
{
    // A page shows the same few dozen places on every row; the gazetteer's look-up sorts its candidates each time.
    private static readonly ConcurrentDictionary<(string Name, string? Province, string Language), string?> Places = new();

    /// <summary>
    /// The Iranian province <paramref name="name"/> (any spelling the gazetteer knows: "Kurdistan", "Kordestan") as the
    /// pack of <paramref name="language"/> writes it («کردستان» for fa); null for an unknown province or language.
    /// </summary>
    public static string? Province(string name, string language) =>
        LanguagePack.TryGet(language, out var pack) && Gazetteer.For(pack).Province(name) is { LocalName: { Length: > 0 } local } ? local : null;

    /// <summary>
    /// A stored place's common name ("Sanandaj", "Kurdistan", "Iran") as the pack of <paramref name="language"/> writes
    /// it («سنندج»): the gazetteer entry of that exact name, a town taken only inside <paramref name="province"/> when
    /// one is given (two towns may share a name). Null when no such entry has a local name, or for an unknown language:
    /// a name is never guessed from another place's.
    /// </summary>
    public static string? Place(string name, string? province, string language)
    {
        if (name.Length == 0)
        {
            return null;
        }

        // Editors may type any place, so the cache stops growing at a bound no page of gazetteer places reaches.
        return Places.Count < 20_000
            ? Places.GetOrAdd((name, province, language), static key => Find(key.Name, key.Province, key.Language))
            : Places.TryGetValue((name, province, language), out var known) ? known : Find(name, province, language);
    }

    private static string? Find(string name, string? province, string language)
    {
        if (!LanguagePack.TryGet(language, out var pack))
        {
            return null;
        }

        foreach (var entry in Gazetteer.For(pack).Find(name))
        {
            var place = entry.Place;
            var sameName = string.Equals(place.Name, name, StringComparison.OrdinalIgnoreCase);
            var inProvince = province is null || place.Precision != GeoPrecision.City || string.Equals(place.Admin1, province, StringComparison.OrdinalIgnoreCase);
            if (sameName && inProvince && place.LocalName is { Length: > 0 } local)
            {
                return local;
            }
        }

        return null;
    }
}
