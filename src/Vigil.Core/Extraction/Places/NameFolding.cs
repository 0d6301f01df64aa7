using System.Globalization;
using System.Runtime.CompilerServices;

namespace Vigil.Core.Extraction.Places;

/// <summary>
/// Folds place names to the keys the <see cref="Gazetteer"/> is indexed by: lower case, Latin
/// diacritics removed ("Kāzerūn" → "kazerun", "Naţanz" → "natanz"), apostrophes and ayn/hamza
/// marks dropped, any other non-letter a token break. Core runs with invariant globalization, so the
/// folding table (Data/fold.tsv, generated from Unicode decompositions) replaces string.Normalize.
/// </summary>
internal sealed class NameFolding
{
    private const int TableSize = 0x2000;

    // Folded text for each char below TableSize: null = a token break, "" = dropped, else its folding.
    private readonly string?[] _table = new string?[TableSize];

    public NameFolding(TextReader foldTable)
    {
        for (var c = 0; c < TableSize; c++)
        {
            var ch = (char)c;
            _table[c] = UnicodeClasses.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch).ToString()
                : IsDropped(ch) ? string.Empty
                : null;
        }

        while (foldTable.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab > 0 && int.TryParse(line.AsSpan(0, tab), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code) && code < TableSize)
            {
                _table[code] = line[(tab + 1)..];
            }
        }
    }

    /// <summary>True for a char that belongs to a word in running text (letters, digits, combining marks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) =>
        c < 0x80 ? char.IsAsciiLetterOrDigit(c) : IsWordCharOutsideAscii(c);

    private static bool IsWordCharOutsideAscii(char c) => UnicodeClasses.IsLetterOrDigit(c) || IsMark(c);

    /// <summary>Appends the folding of one char to <paramref name="buffer"/>; false when it breaks a token.</summary>
    /// <remarks>
    /// Inlined up to its ASCII path: the places scan folds every character of every name candidate through it, and the call
    /// was most of its cost on English text (`Append` and `IsWordChar` 13.8 M of 884 M instructions of `vigil-extract` over
    /// 400 English reports, docs/pipeline/pipeline.md, session 26).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Append(char c, Span<char> buffer, ref int length)
    {
        if (c < 0x80)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                c = (char)(c | 0x20);
            }
            else if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return c is '\'' or '`';
            }

            if (length < buffer.Length)
            {
                buffer[length++] = c;
            }

            return true;
        }

        return AppendOutsideAscii(c, buffer, ref length);
    }

    private bool AppendOutsideAscii(char c, Span<char> buffer, ref int length)
    {
        string? folded;
        if (c < TableSize)
        {
            folded = _table[c];
        }
        else if (UnicodeClasses.IsLetterOrDigit(c))
        {
            // Persian, CJK …: lower-casing is the only folding.
            if (length < buffer.Length)
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }

            return true;
        }
        else
        {
            folded = IsDropped(c) || IsMark(c) ? string.Empty : null;
        }

        if (folded is null)
        {
            return false;
        }

        foreach (var f in folded)
        {
            if (length < buffer.Length)
            {
                buffer[length++] = f;
            }
        }

        return true;
    }

    /// <summary>
    /// The key of a whole name: folded tokens joined by one space ("Bandar-e ‘Abbās" → "bandar e abbas").
    /// </summary>
    public string Key(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length * 3 + 8, 1024)];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in name)
        {
            var before = length;
            if (Append(c, buffer, ref length))
            {
                if (pendingSpace && length > before && before > 0)
                {
                    // Insert the token break before the chars just appended.
                    if (length < buffer.Length)
                    {
                        buffer[before..length].CopyTo(buffer[(before + 1)..]);
                        buffer[before] = ' ';
                        length++;
                    }

                    pendingSpace = false;
                }
                else if (length > before)
                {
                    pendingSpace = false;
                }
            }
            else if (length > 0)
            {
                pendingSpace = true;
            }
        }

        return new string(buffer[..length]);
    }

    private static bool IsMark(char c)
    {
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    // Apostrophes, ayn/hamza letters' stand-ins and combining marks vanish inside a name.
    private static bool IsDropped(char c) =>
        c is '\'' or '`' or '\u00B4' or '\u2018' or '\u2019' or '\u02BB' or '\u02BC' or '\u02BE' or '\u02BF' or '\u200C' or '\u200D'
        || (c >= 0x0300 && c <= 0x036F);
}
