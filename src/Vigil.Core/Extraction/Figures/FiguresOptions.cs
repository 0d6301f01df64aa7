using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Figures;

/// <summary>Options of the figures stage.</summary>
public sealed class FiguresOptions
{
    /// <summary>
    /// How many tokens may separate a number from a category word after it ("304 people were killed" has two).
    /// Default 6: long enough for "1,500 protesters have reportedly been killed", short enough not to reach
    /// into the next clause.
    /// </summary>
    public int MaxTokensToCategoryAfter { get; set; } = 6;

    /// <summary>
    /// How many tokens may separate a category word from a number after it ("the death toll rose to 300"
    /// counts from the end of "death toll"). Default 3.
    /// </summary>
    public int MaxTokensToCategoryBefore { get; set; } = 3;

    /// <summary>
    /// Whether a bare four-digit number between 1900 and 2100 can be a count. Default false: in news text it
    /// is a year far more often than a head count; "at least 2,000" with a separator or a modifier still counts.
    /// </summary>
    public bool AllowYearLikeNumbers { get; set; }

    /// <summary>
    /// The language pack the stage reads its word lists from. Default <see cref="LanguagePack.English"/>;
    /// <see cref="ExtractionPipeline.CreateDefault"/> builds the stage once per available pack.
    /// </summary>
    public LanguagePack Language { get; set; } = LanguagePack.English;

    /// <summary>A copy of these options reading <paramref name="pack"/>.</summary>
    internal FiguresOptions For(LanguagePack pack)
    {
        var copy = (FiguresOptions)MemberwiseClone();
        copy.Language = pack;
        return copy;
    }
}
