namespace Vigil.Core.Extraction.Languages;

/// <summary>
/// Guesses a report's language from its script when the report does not say: the script most of the first
/// letters are written in, and for Arabic script which of Persian, Urdu and Arabic by the share of letters only one of
/// them uses (<see cref="ArabicScript"/>). A Latin-script text is taken as English (the only Latin-script pack); a guess,
/// never a verdict, which front matter's <c>language:</c> overrides, except that a text declared Persian whose letters
/// read as Arabic or Urdu is not run through the Persian pack (<see cref="ExtractionPipeline"/> says so in its note).
/// </summary>
internal static class ScriptLanguage
{
    private const int SampleLetters = 2_000;

    /// <summary>The ISO 639-1 code of the text's likely language, or null when it has no letters.</summary>
    public static string? Detect(ReadOnlySpan<char> text)
    {
        int latin = 0, arabic = 0, persian = 0, persianForms = 0, arabicForms = 0, urdu = 0, cyrillic = 0, greek = 0, hebrew = 0, han = 0, kana = 0, hangul = 0, other = 0, letters = 0;
        // Words opening with the Arabic article «ال»: about one Arabic word in four, rare in Persian.
        var article = 0;
        var wordStart = true;
        var alefFirst = false;
        foreach (var c in text)
        {
            if (!UnicodeClasses.IsLetter(c))
            {
                wordStart = true;
                alefFirst = false;
                continue;
            }

            if (++letters > SampleLetters)
            {
                break;
            }

            if (alefFirst && c == '\u0644')
            {
                article++;
            }

            alefFirst = wordStart && c == '\u0627';
            wordStart = false;

            switch (c)
            {
                case < '\u0250':
                    latin++;
                    break;
                case >= '\u0370' and < '\u0400':
                    greek++;
                    break;
                case >= '\u0400' and < '\u0530':
                    cyrillic++;
                    break;
                case >= '\u0590' and < '\u0600':
                    hebrew++;
                    break;
                case >= '\u0600' and < '\u0780' or >= '\uFB50' and < '\uFE00' or >= '\uFE70' and < '\uFF00':
                    arabic++;
                    if (c is '\u067E' or '\u0686' or '\u0698' or '\u06AF')
                    {
                        persian++;
                    }
                    else if (c is '\u06A9' or '\u06CC')
                    {
                        persianForms++;
                    }
                    else if (c is '\u0629' or '\u0623' or '\u0625')
                    {
                        arabicForms++;
                    }
                    else if (c is '\u0679' or '\u0688' or '\u0691' or '\u06BA' or '\u06BE' or '\u06C1' or '\u06D2')
                    {
                        urdu++;
                    }

                    break;
                case >= '\u3040' and < '\u3100':
                    kana++;
                    break;
                case >= '\u4E00' and < '\uA000':
                    han++;
                    break;
                case >= '\uAC00' and < '\uD7B0':
                    hangul++;
                    break;
                default:
                    other++;
                    break;
            }
        }

        if (letters == 0)
        {
            return null;
        }

        var best = Math.Max(Math.Max(Math.Max(latin, arabic), Math.Max(cyrillic, greek)), Math.Max(Math.Max(hebrew, han + kana), Math.Max(hangul, other)));
        return best == latin ? "en"
            : best == arabic ? ArabicScript(arabic, persian, persianForms, arabicForms + article, urdu)
            : best == cyrillic ? "ru"
            : best == greek ? "el"
            : best == hebrew ? "he"
            : best == han + kana ? (kana > 0 ? "ja" : "zh")
            : best == hangul ? "ko"
            : "und";
    }

    /// <summary>
    /// Persian, Urdu or Arabic, from counts of Arabic-script letters. Urdu when its own letters (ٹ ڈ ڑ ں ھ ہ ے) appear at
    /// least twice and make at least 1 % of them (a stray «ھ» in Persian web text does not make it Urdu). Otherwise Arabic
    /// when letters Persian hardly writes (ة أ إ) and words opening with the article «ال» outnumber the letters only Persian writes (پ چ ژ گ and Persian ک ی): a foreign
    /// name with «پ» does not make an Arabic text Persian, and Persian typed with Arabic ي/ك (common on the web) stays
    /// Persian, those two letters telling nothing. A text with none of them is taken as Persian.
    /// </summary>
    internal static string ArabicScript(int letters, int persianOnly, int persianForms, int arabicOnly, int urduOnly) =>
        urduOnly >= 2 && urduOnly * 100 >= letters ? "ur"
        : arabicOnly > persianOnly + persianForms ? "ar"
        : "fa";
}
