using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Actors;

/// <summary>Options of the actors stage.</summary>
public sealed class ActorsOptions
{
    /// <summary>Whether to find named people after a title ("Supreme Leader Ali Khamenei"). Default true.</summary>
    public bool IncludePeople { get; set; } = true;

    /// <summary>The most capitalised words read as a person's name after a title. Default 4 ("Ali Akbar Hashemi Rafsanjani").</summary>
    public int MaxNameWords { get; set; } = 4;

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
