namespace Vigil.Core.Extraction.Languages;

/// <summary>
/// Guesses a report's language from its script when the report does not say: the script most of the first
/// letters are written in, and for Arabic script whether letters only Persian uses appear (پ چ ژ گ ک ی), or letters only Urdu uses (ٹ ڈ ڑ ں ھ ے: Urdu).
/// A Latin-script text is taken as English (the only Latin-script pack); a guess, never a verdict, which
/// front matter's <c>language:</c> overrides.
/// </summary>
internal static class ScriptLanguage
{
    private const int SampleLetters = 2_000;

    /// <summary>The ISO 639-1 code of the text's likely language, or null when it has no letters.</summary>
    public static string? Detect(ReadOnlySpan<char> text)
    {
        int latin = 0, arabic = 0, persian = 0, urdu = 0, cyrillic = 0, greek = 0, hebrew = 0, han = 0, kana = 0, hangul = 0, other = 0, letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (++letters > SampleLetters)
            {
                break;
            }

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
                    if (c is '\u067E' or '\u0686' or '\u0698' or '\u06AF' or '\u06A9' or '\u06CC')
                    {
                        persian++;
                    }
                    else if (c is '\u0679' or '\u0688' or '\u0691' or '\u06BA' or '\u06BE' or '\u06D2')
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
            : best == arabic ? (urdu > 0 ? "ur" : persian > 0 ? "fa" : "ar")
            : best == cyrillic ? "ru"
            : best == greek ? "el"
            : best == hebrew ? "he"
            : best == han + kana ? (kana > 0 ? "ja" : "zh")
            : best == hangul ? "ko"
            : "und";
    }
}
