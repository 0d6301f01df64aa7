using System.Globalization;
using System.Text;

namespace Vigil.Core.Persons;

/// <summary>
/// The consonant skeleton of a name word, the same for its Latin spellings and its Persian/Arabic-script form:
/// vowels and the letters Persian writes as vowels (ا و ی, and w v y in Latin) are dropped, letters Persian
/// pronounces alike are one class (ث س ص and s; ذ ز ض ظ and z; ت ط and t; ح ه and h; غ ق and gh, q), digraphs are
/// one consonant (kh, sh, ch, zh, gh), doubled consonants are one, and a word-final h (the silent ه of "Fatemeh")
/// is dropped. "Mohammad", "Muhammed" and «محمد» are all "mhmd"; "Abdolhamid" and «عبدالحمید» are "bdlhmd".
/// </summary>
public static class NameSkeleton
{
    /// <summary>The skeleton of one word (any script); empty when it has no consonant.</summary>
    public static string Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var folded = Fold(word);
        var sb = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var next = i + 1 < folded.Length ? folded[i + 1] : '\0';
            char? cls = c switch
            {
                'k' when next == 'h' => Skip(ref i, 'x'),
                's' when next == 'h' => Skip(ref i, 'S'),
                'c' when next == 'h' => Skip(ref i, 'C'),
                'z' when next == 'h' => Skip(ref i, 'J'),
                'g' when next == 'h' => Skip(ref i, 'G'),
                'd' when next == 'h' => Skip(ref i, 'z'),
                't' when next == 'h' => Skip(ref i, 's'),
                'p' when next == 'h' => Skip(ref i, 'f'),
                'q' => 'G',
                'c' => 'k',
                'x' => 'x',
                'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'v' => null,
                >= 'a' and <= 'z' => c,
                'ب' => 'b',
                'پ' => 'p',
                'ت' or 'ط' => 't',
                'ث' or 'س' or 'ص' => 's',
                'ج' => 'j',
                'چ' => 'C',
                'ح' or 'ه' or 'ة' => 'h',
                'خ' => 'x',
                'د' => 'd',
                'ذ' or 'ز' or 'ض' or 'ظ' => 'z',
                'ر' => 'r',
                'ژ' => 'J',
                'ش' => 'S',
                'غ' or 'ق' => 'G',
                'ف' => 'f',
                'ک' or 'ك' => 'k',
                'گ' => 'g',
                'ل' => 'l',
                'م' => 'm',
                'ن' => 'n',
                _ => null, // ا آ أ إ و ی ي ى ع ء ئ ؤ, apostrophes (the ain) and anything else
            };
            if (cls is { } k && (sb.Length == 0 || sb[^1] != k))
            {
                sb.Append(k);
            }
        }

        // A word-final h is the silent ه («فاطمه», "Fatemeh") that other spellings leave out ("Fatima").
        if (sb.Length > 1 && sb[^1] == 'h' && EndsWithSilentH(folded))
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    /// <summary>Lower case, without diacritics and tatweel, Arabic letter forms unified to the Persian ones.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '\u0640')
            {
                continue;
            }

            sb.Append(c switch
            {
                'ي' or 'ى' => 'ی',
                'ك' => 'ک',
                'ة' => 'ه',
                _ => char.ToLowerInvariant(c),
            });
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static char Skip(ref int i, char cls)
    {
        i++;
        return cls;
    }

    private static bool EndsWithSilentH(string folded) =>
        folded.EndsWith('ه') || folded.EndsWith("eh", StringComparison.Ordinal) || folded.EndsWith("ah", StringComparison.Ordinal);
}
