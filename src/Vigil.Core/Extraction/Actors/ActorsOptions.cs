using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Actors;

/// <summary>Options of the actors stage.</summary>
public sealed class ActorsOptions
{
    /// <summary>Whether named people after a title (found by the persons stage: "Supreme Leader Ali Khamenei") are actors. Default true.</summary>
    public bool IncludePeople { get; set; } = true;

    /// <summary>
    /// The language pack the stage reads its word lists from. Default <see cref="LanguagePack.English"/>;
    /// <see cref="ExtractionPipeline.CreateDefault"/> builds the stage once per available pack.
    /// </summary>
    public LanguagePack Language { get; set; } = LanguagePack.English;

    /// <summary>A copy of these options reading <paramref name="pack"/>.</summary>
    internal ActorsOptions For(LanguagePack pack)
    {
        var copy = (ActorsOptions)MemberwiseClone();
        copy.Language = pack;
        return copy;
    }
}
