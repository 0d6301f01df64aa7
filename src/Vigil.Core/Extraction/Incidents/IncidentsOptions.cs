using Vigil.Core.Extraction.Places;
using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Incidents;

/// <summary>Options of the incidents stage.</summary>
public sealed class IncidentsOptions
{
    /// <summary>Incidents below this confidence are dropped. Default 0.45: a strong trigger alone passes, a weak one needs support.</summary>
    public double MinConfidence { get; set; } = 0.45;

    /// <summary>
    /// Triggers weaker than this ("protesters", "disturbances" …) count only when their sentence holds no stronger
    /// trigger, so "security forces killed protesters" is a killing, not also a protest. Default 0.5.
    /// </summary>
    public double WeakTriggerStrength { get; set; } = 0.5;

    /// <summary>The longest evidence span in characters (the gold guideline's limit). Default 300.</summary>
    public int MaxEvidenceLength { get; set; } = 300;

    /// <summary>How many tokens before a trigger are searched for a hypothetical frame ("fear of", "calls for", "if"). Default 6.</summary>
    public int FrameWindow { get; set; } = 6;

    /// <summary>How many tokens before a verb trigger are searched for a modal or a negation ("will be arrested", "did not protest"). Default 3.</summary>
    public int ModalWindow { get; set; } = 3;

    /// <summary>
    /// The country an incident is placed in when neither its sentence nor its paragraph names a place, used only
    /// when the report names a place in that country (or the country itself). Default Iran; null to leave such
    /// incidents without a location.
    /// </summary>
    public Place? DefaultCountry { get; set; } = new("Iran", null, "IR", 32.4279, 53.6880, GeoPrecision.Country);

    /// <summary>
    /// Whether an incident whose sentence and paragraph give no date takes the report's publication date
    /// (at day precision). Default true: news reports recent events.
    /// </summary>
    public bool DateFromPublication { get; set; } = true;

    /// <summary>
    /// The language pack the stage reads its word lists from. Default <see cref="LanguagePack.English"/>;
    /// <see cref="ExtractionPipeline.CreateDefault"/> builds the stage once per available pack.
    /// </summary>
    public LanguagePack Language { get; set; } = LanguagePack.English;

    /// <summary>A copy of these options reading <paramref name="pack"/>.</summary>
    internal IncidentsOptions For(LanguagePack pack)
    {
        var copy = (IncidentsOptions)MemberwiseClone();
        copy.Language = pack;
        return copy;
    }
}
