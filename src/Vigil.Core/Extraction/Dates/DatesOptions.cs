using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Dates;

/// <summary>Settings of the dates stage.</summary>
public sealed class DatesOptions
{
    /// <summary>
    /// The words and digits recognised. Default null: the dates lexicon of <see cref="Language"/> (Data/&lt;code&gt;/dates.txt);
    /// for English reports that also write Solar Hijri dates use <c>DateLexicon.English.With(DateLexicon.Persian)</c>.
    /// </summary>
    public DateLexicon? Lexicon { get; set; }

    /// <summary>The lexicon the stage reads: <see cref="Lexicon"/>, or the language pack's.</summary>
    internal DateLexicon EffectiveLexicon => Lexicon ?? DateLexicon.For(Language);

    /// <summary>
    /// The calendar of numeric dates ("2019-11-17", "17/11/2019") and of month names whose lexicon
    /// entry names no calendar. Default <see cref="GregorianDateCalendar.Instance"/>.
    /// </summary>
    public IDateCalendar Calendar { get; set; } = GregorianDateCalendar.Instance;

    /// <summary>
    /// How to read an all-numeric date whose first two parts could both be the month ("05/06/2019"):
    /// null (the default) skips it; true reads day first (05 = day); false reads month first.
    /// Dates that only one reading makes valid ("17/11/2019") are always read.
    /// </summary>
    public bool? DayFirst { get; set; }

    /// <summary>
    /// How many words before a date are searched for a future cue ("will", "next", "upcoming") that
    /// makes a partial date resolve forward instead of back. Default 6; 0 turns future cues off.
    /// </summary>
    public int FutureCueWindow { get; set; } = 6;

    /// <summary>
    /// When the publication date is unknown, resolve partial dates ("November 17", "in July") with the
    /// latest explicit year written before them in the text (older years are background). Default true; when false they are dropped.
    /// </summary>
    public bool YearFromContext { get; set; } = true;

    /// <summary>
    /// When the report has no publication date, whether a full date the page opens with (on a line of its own, or
    /// ending a dateline) anchors partial and relative dates in its place. Default true.
    /// </summary>
    public bool PageDateAsAnchor { get; set; } = true;

    /// <summary>
    /// The language pack the stage reads its word lists from. Default <see cref="LanguagePack.English"/>;
    /// <see cref="ExtractionPipeline.CreateDefault"/> builds the stage once per available pack.
    /// </summary>
    public LanguagePack Language { get; set; } = LanguagePack.English;

    /// <summary>A copy of these options reading <paramref name="pack"/>.</summary>
    internal DatesOptions For(LanguagePack pack)
    {
        var copy = (DatesOptions)MemberwiseClone();
        copy.Language = pack;
        return copy;
    }
}
