using Vigil.Core.Extraction.Languages;
using Vigil.Core.Extraction.Places;

namespace Vigil.Core.Extraction.Persons;

/// <summary>Options of the person-fates stage (named victims and detainees).</summary>
public sealed class PersonFatesOptions
{
    /// <summary>The longest evidence span, in characters. Default 300 (the guideline's limit).</summary>
    public int MaxEvidenceLength { get; set; } = 300;

    /// <summary>The most words an apposition between a name and its fate may have ("X, a 22-year-old Kurdish woman who died"). Default 14.</summary>
    public int MaxAppositionWords { get; set; } = 14;

    /// <summary>
    /// The most words between a fate phrase whose slot names nobody and a list of names it opens ("arrested 20 students
    /// in Tehran, including X and Y"; "identified the 11 prisoners as X, Y and Z"). Default 12.
    /// </summary>
    public int MaxListLeadWords { get; set; } = 12;

    /// <summary>The country a fate in an unplaced sentence is placed in when the report names it. Default Iran.</summary>
    public Place? DefaultCountry { get; set; } = new("Iran", null, "IR", 32.4279, 53.6880, GeoPrecision.Country);

    /// <summary>
    /// The language pack the stage reads <c>person-fates.txt</c> and <c>person-words.txt</c> from. Default
    /// <see cref="LanguagePack.English"/>. A pack without those files finds no fates.
    /// </summary>
    public LanguagePack Language { get; set; } = LanguagePack.English;

    /// <summary>A copy of these options reading <paramref name="pack"/>.</summary>
    internal PersonFatesOptions For(LanguagePack pack)
    {
        var copy = (PersonFatesOptions)MemberwiseClone();
        copy.Language = pack;
        return copy;
    }
}
