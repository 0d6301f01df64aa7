using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Places;

/// <summary>Options of the places stage.</summary>
public sealed class PlacesOptions
{
    /// <summary>
    /// ISO 3166-1 alpha-2 code of the country a report is about ("IR"). Ambiguous names resolve to
    /// places in this country first. Default null: inferred from the text (the country named most
    /// often, counting demonyms such as "Iranian" and the country's provinces).
    /// </summary>
    public string? HomeCountry { get; set; }

    /// <summary>
    /// A town smaller than this (or of unknown size) that is neither an administrative seat nor an
    /// official city is tagged only with corroboration: its province named nearby, or "village of X",
    /// "X county", or "in X". Default 1000.
    /// </summary>
    public int MinimumPopulation { get; set; } = 1000;

    /// <summary>Characters on either side of a name searched for its province (corroboration and disambiguation). Default 200.</summary>
    public int ContextWindow { get; set; } = 200;

    /// <summary>
    /// When true, demonyms ("Iranian protesters") are tagged as country-level places with
    /// <see cref="DemonymConfidence"/>. Default false: an adjective is not a place mention.
    /// </summary>
    public bool TagDemonyms { get; set; }

    /// <summary>Confidence given to a demonym tagged as its country. Default 0.4.</summary>
    public double DemonymConfidence { get; set; } = 0.4;

    /// <summary>
    /// The language pack the stage reads its word lists from. Default <see cref="LanguagePack.English"/>;
    /// <see cref="ExtractionPipeline.CreateDefault"/> builds the stage once per available pack.
    /// </summary>
    public LanguagePack Language { get; set; } = LanguagePack.English;

    /// <summary>A copy of these options reading <paramref name="pack"/>.</summary>
    internal PlacesOptions For(LanguagePack pack)
    {
        var copy = (PlacesOptions)MemberwiseClone();
        copy.Language = pack;
        return copy;
    }
}
