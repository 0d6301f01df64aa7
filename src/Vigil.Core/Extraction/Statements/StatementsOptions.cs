using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Statements;

/// <summary>Settings of the statements stage.</summary>
public sealed class StatementsOptions
{
    /// <summary>Longest evidence span, in characters, before it is cut around the attribution. Default 300 (the gold guideline's limit).</summary>
    public int MaxEvidenceLength { get; init; } = 300;

    /// <summary>
    /// Fewest words a quotation needs to count as speech when no speech verb introduces it; shorter ones are
    /// scare quotes or titles ("Resistance Units", "terrorists"). Default 4.
    /// </summary>
    public int MinQuoteWords { get; init; } = 4;

    /// <summary>How many characters back a pronoun ("he said") may look for the person it stands for. Default 1500.</summary>
    public int BackReferenceWindow { get; init; } = 1500;

    /// <summary>Longest multi-paragraph quotation followed, in paragraphs. Default 20.</summary>
    public int MaxQuoteParagraphs { get; init; } = 20;

    /// <summary>
    /// Whether a statement the text does not date takes the report's publication date (the annotation guideline's
    /// convention: an undated remark in a press release, briefing or news item was made by the day it was published), marked
    /// <see cref="DateSource.Publication"/> so that storage and the statement clusterer, which keys on the date, can tell it
    /// from a day the text gives (a remark relayed undated by a later report would otherwise take that report's day). Default true.
    public bool DateFromPublication { get; init; } = true;

    /// <summary>
    /// The language pack the stage reads its word lists from. Default <see cref="LanguagePack.English"/>;
    /// <see cref="ExtractionPipeline.CreateDefault"/> builds the stage once per available pack.
    /// </summary>
    public LanguagePack Language { get; set; } = LanguagePack.English;

    /// <summary>A copy of these options reading <paramref name="pack"/>.</summary>
    internal StatementsOptions For(LanguagePack pack)
    {
        var copy = (StatementsOptions)MemberwiseClone();
        copy.Language = pack;
        return copy;
    }
}
