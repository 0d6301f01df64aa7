using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Segmentation;

/// <summary>Settings of the segmentation stage (paragraphs and sentences).</summary>
public sealed class SegmentationOptions
{
    /// <summary>
    /// When true (the default), a single line break inside running text does not start a paragraph
    /// if the line before does not end in sentence punctuation and the next line starts with a lower-case
    /// letter (hard-wrapped text). Otherwise every line break ends a paragraph, since news bodies
    /// often put one paragraph on each line.
    /// </summary>
    public bool JoinSoftWrappedLines { get; set; } = true;

    /// <summary>
    /// How many paragraphs an unclosed quotation may run on before it is taken to be a stray quote
    /// mark and forgotten. Default 12.
    /// </summary>
    public int MaxQuoteParagraphs { get; set; } = 12;

    /// <summary>
    /// Extra title abbreviations (without the period, e.g. "Supt") that never end a sentence, added to
    /// the built-in list. Default empty.
    /// </summary>
    public IReadOnlyList<string> ExtraTitles { get; set; } = [];

    /// <summary>
    /// The language pack the stage reads its word lists from. Default <see cref="LanguagePack.English"/>;
    /// <see cref="ExtractionPipeline.CreateDefault"/> builds the stage once per available pack.
    /// </summary>
    public LanguagePack Language { get; set; } = LanguagePack.English;

    /// <summary>A copy of these options reading <paramref name="pack"/>.</summary>
    internal SegmentationOptions For(LanguagePack pack)
    {
        var copy = (SegmentationOptions)MemberwiseClone();
        copy.Language = pack;
        return copy;
    }
}
