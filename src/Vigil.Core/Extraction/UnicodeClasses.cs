using System.Globalization;
using System.Runtime.CompilerServices;

namespace Vigil.Core.Extraction;

/// <summary>
/// The character classes the stages' scans ask of every character: exactly <see cref="char.IsLetter(char)"/>,
/// <see cref="char.IsLetterOrDigit(char)"/>, <see cref="char.IsDigit(char)"/>, <see cref="char.IsUpper(char)"/>,
/// <see cref="char.IsLower(char)"/> and two category tests, answered inline for ASCII and the Arabic-script ranges
/// Persian is written in, and by the runtime for anything else. Outside Latin-1 the runtime looks the category up in a
/// three-level table behind a call: over Persian reports that call was 7–8 % of <c>vigil-extract</c>'s samples
/// (docs/pipeline/pipeline.md, session 21). A test compares every answer with the runtime's for all 65,536 UTF-16 code units.
/// </summary>
internal static class UnicodeClasses
{
    /// <summary><see cref="char.IsLetter(char)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) =>
        c < 0x80 ? char.IsAsciiLetter(c) : IsArabicLetter(c) || char.IsLetter(c);

    /// <summary><see cref="char.IsLetterOrDigit(char)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetterOrDigit(char c) =>
        c < 0x80 ? char.IsAsciiLetterOrDigit(c) : IsArabicLetter(c) || IsArabicDigit(c) || char.IsLetterOrDigit(c);

    /// <summary>The character's category is <see cref="UnicodeCategory.NonSpacingMark"/> (a Persian short vowel, a combining accent).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNonSpacingMark(char c) =>
        c >= '\u0300' && ((uint)(c - '\u064B') <= '\u065F' - '\u064B' || (!IsArabicLetter(c) && char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark));

    /// <summary>
    /// A letter of any category or a number of any category: a regular expression's <c>[\p{L}\p{N}]</c>, which the fate cues'
    /// word boundaries follow (<see cref="char.IsLetterOrDigit(char)"/> leaves out letter-like and other numbers such as 'Ⅻ' and '²').
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetterOrNumber(char c) =>
        c < 0x80 ? char.IsAsciiLetterOrDigit(c) : IsArabicLetter(c) || IsArabicDigit(c) || char.GetUnicodeCategory(c) is <= UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    /// <summary><see cref="char.IsDigit(char)"/>: a decimal digit of any script.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) =>
        c < 0x80 ? char.IsAsciiDigit(c) : IsArabicDigit(c) || (!IsArabicLetter(c) && char.IsDigit(c));

    /// <summary><see cref="char.IsUpper(char)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUpper(char c) =>
        c < 0x80 ? char.IsAsciiLetterUpper(c) : !IsArabicLetter(c) && char.IsUpper(c);

    /// <summary><see cref="char.IsLower(char)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLower(char c) =>
        c < 0x80 ? char.IsAsciiLetterLower(c) : !IsArabicLetter(c) && char.IsLower(c);

    // Arabic letters: hamza to yeh (with the tatweel, a modifier letter), and alef wasla to yeh barree, which hold Persian's
    // own letters (peh, tcheh, jeh, keheh, gaf, Farsi yeh).
    private static bool IsArabicLetter(char c) =>
        (uint)(c - '\u0620') <= '\u064A' - '\u0620' || (uint)(c - '\u0671') <= '\u06D3' - '\u0671';

    // Arabic-Indic and extended (Persian) digits.
    private static bool IsArabicDigit(char c) =>
        (uint)(c - '\u0660') <= 9 || (uint)(c - '\u06F0') <= 9;
}
