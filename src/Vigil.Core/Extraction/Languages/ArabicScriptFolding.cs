namespace Vigil.Core.Extraction.Languages;

/// <summary>
/// The text the stages of an Arabic-script pack (Persian) match against: the body folded to one spelling of each
/// letter, digit and mark, <b>of the same length</b>, so every span found in it indexes the original body unchanged.
/// <list type="bullet">
/// <item>Arabic yeh/alef maksura (ي ى) → Persian yeh ی, Arabic kaf ك → ک, ة ۀ → ه, أ إ ٱ → ا, ؤ → و;</item>
/// <item>Persian (۰–۹) and Arabic-Indic (٠–٩) digits → 0–9, the Arabic decimal and thousands signs ٫ ٬ → . and ,;</item>
/// <item>the zero-width non-joiner and the other invisible marks (ZWJ, LRM, RLM, no-break spaces) → a space, so
/// "می‌شود" reads as "می شود"; the joined form without a ZWNJ ("میشود") is listed by the pack's word lists;</item>
/// <item>kashida (ـ) and short vowel marks (fatha … sukun, superscript alef) are taken out of their word: the word's
/// letters move left over them and spaces fill its end, so the word still starts where it started;</item>
/// <item>Persian punctuation → the Latin marks the stages read: ، → ',', ؛ → '.' (it ends a sentence in Persian), ؟ → '?', ٪ → '%', « » → “ ”.</item>
/// </list>
/// Linear, one pass, one allocation; text without such characters comes back as the same string.
/// </summary>
public static class ArabicScriptFolding
{
    /// <summary>The folded text (same length as <paramref name="text"/>); the same instance when nothing changes.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (Map(text[i]) != text[i])
            {
                first = i;
                break;
            }
        }

        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (dest, state) =>
        {
            var (src, from) = state;
            src.AsSpan(0, from).CopyTo(dest);
            var w = from;
            var pending = 0;   // marks taken out of the current word, paid back as spaces at its end
            for (var r = from; r < src.Length; r++)
            {
                var c = Map(src[r]);
                if (c == Dropped)
                {
                    pending++;
                    continue;
                }

                if (pending > 0 && !UnicodeClasses.IsLetterOrDigit(c))
                {
                    dest.Slice(w, pending).Fill(' ');
                    w += pending;
                    pending = 0;
                }

                dest[w++] = c;
            }

            dest.Slice(w, pending).Fill(' ');
        });
    }

    private const char Dropped = '\uFFFF';

    // Map's answers below U+0700 (ASCII, Latin-1 and the Arabic block: nearly every character of a Persian report), read
    // from a table of 3.5 KB made from MapAny itself: the switch, a call per character, was 1.4 % of `vigil-extract`'s
    // samples over 6 MB of Persian reports (docs/pipeline/pipeline.md, session 23).
    private static readonly char[] Below0700 = MakeTable();

    private static char[] MakeTable()
    {
        var table = new char[0x700];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = MapAny((char)c);
        }

        return table;
    }

    /// <summary>The folded form of one character; <see cref="Dropped"/> for a mark taken out of its word.</summary>
    private static char Map(char c) => c < 0x700 ? Below0700[c] : MapAny(c);

    private static char MapAny(char c) => c switch
    {
        < '\u00A0' => c,
        '\u00A0' or '\u202F' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2009' or '\u200A' or '\u2007' => ' ',
        '\u00AB' => '\u201C',
        '\u00BB' => '\u201D',
        < '\u060C' => c,
        '\u064A' or '\u0649' => '\u06CC',
        '\u0643' => '\u06A9',
        '\u0629' or '\u06C0' => '\u0647',
        '\u0623' or '\u0625' or '\u0671' => '\u0627',
        '\u0624' => '\u0648',
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        '\u066B' => '.',
        '\u066C' => ',',
        '\u066A' => '%',
        '\u060C' => ',',
        '\u061B' => '.',
        '\u061F' => '?',
        '\u0640' or (>= '\u064B' and <= '\u0652') or '\u0670' => Dropped,
        _ => c,
    };
}
