using System.Collections.Frozen;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace Vigil.Core.Evaluation;

/// <summary>
/// The text rules of score.py, character for character: <c>norm()</c>, the place alias table, surnames,
/// the front-matter cut and Python's <c>round(x, 3)</c>.
/// </summary>
internal static class ScoreText
{
    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>
    {
        ["khowy"] = "khoy", ["khvoy"] = "khoy", ["esfahan"] = "isfahan", ["kordestan"] = "kurdistan",
        ["kurdestan"] = "kurdistan", ["ardebil"] = "ardabil", ["eastazarbaijan"] = "eastazerbaijan",
        ["westazarbaijan"] = "westazerbaijan", ["mazandaran"] = "mazandaran", ["sistanbaluchestan"] = "sistanandbaluchestan",
        ["sistanvabaluchestan"] = "sistanandbaluchestan", ["khorasanrazavi"] = "razavikhorasan",
        ["kazerun"] = "kazerun", ["kazeroon"] = "kazerun", ["kohgiluyehandboyerahmad"] = "kohgiluyehandbuyerahmad",
        ["chaharmahalandbakhtiari"] = "chaharmahallandbakhtiari",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> CountryNames = new Dictionary<string, string>
    {
        ["IR"] = "iran", ["IQ"] = "iraq", ["US"] = "unitedstates", ["TR"] = "turkey", ["AF"] = "afghanistan",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] RemovedWords = ["province", "city", "county", "the"];

    /// <summary>score.py <c>norm(s)</c>: NFKD without combining marks, lower case, without the words province/city/county/the, only [a-z0-9] and Arabic letters.</summary>
    public static string Norm(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return string.Empty;
        }

        var folded = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }

            if (ScoreFoldTable.IsCombining(cp))
            {
                continue;
            }

            if (ScoreFoldTable.TryDecompose(cp, out var decomposed))
            {
                folded.Append(decomposed);
            }
            else if (cp > 0xFFFF)
            {
                folded.Append(char.ConvertFromUtf32(cp));
            }
            else
            {
                folded.Append((char)cp);
            }
        }

        var lower = folded.ToString().ToLowerInvariant();
        var withoutWords = RemoveWords(lower);
        withoutWords = withoutWords.Replace("-e ", " ", StringComparison.Ordinal).Replace('’', '\'');
        var result = new StringBuilder(withoutWords.Length);
        foreach (var c in withoutWords)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or (>= '\u0600' and <= '\u06ff'))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    /// <summary>score.py <c>place(s)</c>: the normalised name through the alias table.</summary>
    public static string Place(string? s)
    {
        var n = Norm(s);
        return Aliases.TryGetValue(n, out var alias) ? alias : n;
    }

    /// <summary>The normalised name of a country code, or null when score.py does not know it.</summary>
    public static string? CountryName(string code) => CountryNames.GetValueOrDefault(code);

    /// <summary>score.py <c>name_tokens(s)</c>: Arabic letter variants unified to the Persian ones, brackets to spaces, each whitespace-separated word normalised, empty ones dropped.</summary>
    public static List<string> NameTokens(string? s)
    {
        var unified = new StringBuilder((s ?? string.Empty).Length);
        foreach (var c in s ?? string.Empty)
        {
            switch (c)
            {
                case 'ي' or 'ى': unified.Append('ی'); break;
                case 'ك': unified.Append('ک'); break;
                case 'ة' or 'ۀ': unified.Append('ه'); break;
                case 'أ' or 'إ' or 'ٱ': unified.Append('ا'); break;
                case 'ؤ': unified.Append('و'); break;
                case 'ـ': break;
                case '(' or ')': unified.Append(' '); break;
                default: unified.Append(c); break;
            }
        }

        var text = unified.ToString();
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || IsPythonSpace(text[i]);
            if (space && start >= 0)
            {
                var n = Norm(text[start..i]);
                if (n.Length > 0)
                {
                    tokens.Add(n);
                }

                start = -1;
            }
            else if (!space && start < 0)
            {
                start = i;
            }
        }

        return tokens;
    }

    /// <summary>score.py <c>surname(s)</c>: the last whitespace-separated token that normalises to something.</summary>
    public static string Surname(string? s)
    {
        var text = (s ?? string.Empty).Replace('(', ' ');
        var last = string.Empty;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || IsPythonSpace(text[i]);
            if (space && start >= 0)
            {
                var n = Norm(text[start..i]);
                if (n.Length > 0)
                {
                    last = n;
                }

                start = -1;
            }
            else if (!space && start < 0)
            {
                start = i;
            }
        }

        return last;
    }

    /// <summary>score.py <c>body_of(text)</c>, after Python's universal-newline reading: the text after the front-matter block.</summary>
    public static string BodyOf(string fileText)
    {
        var text = fileText.Contains('\r', StringComparison.Ordinal)
            ? fileText.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : fileText;
        if (text.StartsWith("---", StringComparison.Ordinal))
        {
            var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
            if (end >= 0)
            {
                var nl = text.IndexOf('\n', end + 4);
                return nl >= 0 ? text[(nl + 1)..] : string.Empty;
            }
        }

        return text;
    }

    /// <summary>
    /// Python's <c>round(x, 3)</c>: half-to-even on the exact binary value of <paramref name="x"/>, then the
    /// nearest double. (Math.Round scales by 1000 first, which rounds 2.6745 differently.)
    /// </summary>
    public static double Round3(double x)
    {
        if (x == 0 || !double.IsFinite(x))
        {
            return x;
        }

        var bits = BitConverter.DoubleToInt64Bits(x);
        var negative = bits < 0;
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;
        BigInteger q;
        if (exponent >= 0)
        {
            q = new BigInteger(mantissa) * 1000 << exponent;
        }
        else
        {
            var num = new BigInteger(mantissa) * 1000;
            var den = BigInteger.One << -exponent;
            q = BigInteger.DivRem(num, den, out var rem);
            var twice = rem * 2;
            if (twice > den || (twice == den && !q.IsEven))
            {
                q += 1;
            }
        }

        var value = double.Parse(q.ToString(CultureInfo.InvariantCulture) + "e-3", NumberStyles.Float, CultureInfo.InvariantCulture);
        return negative ? -value : value;
    }

    /// <summary>A double as Python's <c>repr</c> writes it for values in the scorer's range ("0.5", "1.0").</summary>
    public static string PythonFloat(double x)
    {
        var s = x.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.', StringComparison.Ordinal) || s.Contains('E', StringComparison.Ordinal) || s.Contains("Infinity", StringComparison.Ordinal) || s == "NaN"
            ? s
            : s + ".0";
    }

    /// <summary>Number of code points in <paramref name="s"/> before UTF-16 index <paramref name="index"/> (Python indexes strings by code point).</summary>
    public static int CodePointIndex(string s, int index)
    {
        var pairs = 0;
        for (var i = 0; i + 1 < index; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                pairs++;
                i++;
            }
        }

        return index - pairs;
    }

    /// <summary>The first <paramref name="count"/> code points of <paramref name="s"/> (Python's <c>s[:count]</c>).</summary>
    public static string TakeCodePoints(string s, int count)
    {
        var i = 0;
        for (var taken = 0; i < s.Length && taken < count; taken++)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        }

        return s[..i];
    }

    /// <summary>Number of code points in <paramref name="s"/>.</summary>
    public static int CodePointLength(string s) => CodePointIndex(s, s.Length);

    private static string RemoveWords(string s)
    {
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            var matched = 0;
            if (!IsWordBefore(s, i))
            {
                foreach (var word in RemovedWords)
                {
                    if (i + word.Length <= s.Length && string.CompareOrdinal(s, i, word, 0, word.Length) == 0 && !IsWordAt(s, i + word.Length))
                    {
                        matched = word.Length;
                        break;
                    }
                }
            }

            if (matched > 0)
            {
                sb.Append(' ');
                i += matched;
            }
            else
            {
                sb.Append(s[i]);
                i++;
            }
        }

        return sb.ToString();
    }

    private static bool IsWordBefore(string s, int i)
    {
        if (i == 0)
        {
            return false;
        }

        if (char.IsLowSurrogate(s[i - 1]) && i >= 2 && char.IsHighSurrogate(s[i - 2]))
        {
            return IsPythonWord(char.ConvertToUtf32(s[i - 2], s[i - 1]));
        }

        return IsPythonWord(s[i - 1]);
    }

    private static bool IsWordAt(string s, int i)
    {
        if (i >= s.Length)
        {
            return false;
        }

        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            return IsPythonWord(char.ConvertToUtf32(s[i], s[i + 1]));
        }

        return IsPythonWord(s[i]);
    }

    // Python's re \w for str patterns: alphanumeric (letters and numerics of every script) or '_'.
    private static bool IsPythonWord(int cp)
    {
        if (cp == '_')
        {
            return true;
        }

        if (cp is >= 0xD800 and <= 0xDFFF)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    // Python's str.split() separators.
    private static bool IsPythonSpace(char c) =>
        char.IsWhiteSpace(c) || c is '\u001c' or '\u001d' or '\u001e' or '\u001f';
}
