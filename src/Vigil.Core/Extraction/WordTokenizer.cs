using System.Runtime.InteropServices;

namespace Vigil.Core.Extraction;

/// <summary>
/// Splits text into words, numbers and punctuation in one linear pass without allocating strings.
/// Apostrophes and hyphens are separate tokens ("regime’s" is regime ’ s; "22-year-old" is 22 - year - old),
/// so lexicon lookups see bare words. Whitespace is dropped; a line break is kept as a '\n' punctuation
/// token because it ends a heading or a paragraph.
/// </summary>
internal static class WordTokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/> in <c>[start, end)</c> to <paramref name="into"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<WordToken> into)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '\n')
            {
                into.Add(new WordToken(i, 1, WordKind.Punct));
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (UnicodeClasses.IsDigit(c))
            {
                var j = i + 1;
                var letters = false;
                while (j < end)
                {
                    var d = text[j];
                    if (UnicodeClasses.IsDigit(d))
                    {
                        j++;
                    }
                    else if ((d == ',' || d == '.') && j + 1 < end && UnicodeClasses.IsDigit(text[j + 1]))
                    {
                        j += 2;
                    }
                    else if (UnicodeClasses.IsLetter(d))
                    {
                        letters = true;
                        j++;
                    }
                    else
                    {
                        break;
                    }
                }

                into.Add(new WordToken(i, j - i, letters ? WordKind.Word : WordKind.Number));
                i = j;
            }
            else if (UnicodeClasses.IsLetter(c))
            {
                var j = i + 1;
                while (j < end && (UnicodeClasses.IsLetterOrDigit(text[j]) || UnicodeClasses.IsNonSpacingMark(text[j])))
                {
                    j++;
                }

                into.Add(new WordToken(i, j - i, WordKind.Word));
                i = j;
            }
            else
            {
                into.Add(new WordToken(i, 1, WordKind.Punct));
                i++;
            }
        }
    }

    /// <summary>Tokenizes the whole text.</summary>
    public static List<WordToken> Tokenize(string text)
    {
        var list = new List<WordToken>();
        Tokenize(text, list);
        return list;
    }

    /// <summary>Tokenizes the whole text into <paramref name="into"/>, which must be empty (a list used before keeps its capacity).</summary>
    public static void Tokenize(string text, List<WordToken> into)
    {
        // Reports run 4.1 (Persian) to 5 (English) characters a token: an estimate of one in five was short for nearly
        // every report, so the list grew once, allocating three times what it kept.
        into.EnsureCapacity((text.Length / 4) + 16);
        Tokenize(text, 0, text.Length, into);
    }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public static int FirstAtOrAfter(List<WordToken> tokens, int offset) => FirstAtOrAfter(CollectionsMarshal.AsSpan(tokens), offset);

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>, by halving over the array itself.</summary>
    public static int FirstAtOrAfter(ReadOnlySpan<WordToken> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
