using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Persons;

/// <summary>Options of the persons stage.</summary>
public sealed class PersonsOptions
{
    /// <summary>Whether a title or office before a capitalised run makes it a person ("Supreme Leader Ali Khamenei"). Default true.</summary>
    public bool TitleRule { get; set; } = true;

    /// <summary>Whether a capitalised run opening with a given name or an honorific is a person ("Mojtaba Zolnour"). Default true.</summary>
    public bool NameRule { get; set; } = true;

    /// <summary>The most capitalised words read as a person's name after a title. Default 4 ("Ali Akbar Hashemi Rafsanjani").</summary>
    public int MaxNameWords { get; set; } = 4;

    /// <summary>How many paragraphs an unclosed quotation may run over before the name rule reads its text again. Default 20 (as the statements stage).</summary>
    public int MaxQuoteParagraphs { get; set; } = 20;

    /// <summary>
    /// The language pack the stage reads its word lists from. Default <see cref="LanguagePack.English"/>;
    /// <see cref="ExtractionPipeline.CreateDefault"/> builds the stage once per available pack.
    /// </summary>
    public LanguagePack Language { get; set; } = LanguagePack.English;

    /// <summary>A copy of these options reading <paramref name="pack"/>.</summary>
    internal PersonsOptions For(LanguagePack pack)
    {
        var copy = (PersonsOptions)MemberwiseClone();
        copy.Language = pack;
        return copy;
    }
}
