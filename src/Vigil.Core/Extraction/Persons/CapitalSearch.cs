using System.Buffers;
using System.Runtime.CompilerServices;

namespace Vigil.Core.Extraction.Persons;

/// <summary>
/// Where the name scans' character loops (<see cref="PersonNames.Scan"/>, the person fates' name candidates) go next after
/// a character that opens no name: past every ASCII character that is not a capital, by a vector search, to the next ASCII
/// capital or character outside ASCII. Those loops asked <see cref="UnicodeClasses.IsUpper"/> of every character of the
/// body one at a time; a character skipped here is never upper case, so they stop at the same places.
/// </summary>
internal static class CapitalSearch
{
    // Every ASCII character but A–Z: none of them is upper case.
    private static readonly SearchValues<char> NotCapitals = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x80).Select(c => (char)c).Where(c => !char.IsAsciiLetterUpper(c))));

    /// <summary>
    /// The first index at or after <paramref name="from"/> and before <paramref name="to"/> whose character is an ASCII capital
    /// or lies outside ASCII, or <paramref name="to"/>. The first two characters are asked inline: in Persian, where every
    /// letter lies outside ASCII, a search from a space would stop one character later, a call for every word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Next(string text, int from, int to)
    {
        if (from >= to || MayBeCapital(text[from]))
        {
            return from;
        }

        if (++from >= to || MayBeCapital(text[from]))
        {
            return from;
        }

        var x = text.AsSpan(from, to - from).IndexOfAnyExcept(NotCapitals);
        return x < 0 ? to : from + x;
    }

    /// <summary>
    /// The end of the run of ASCII letters and digits at <paramref name="from"/> (before <paramref name="to"/>), found by a
    /// vector search: the words the name scans read (<c>WordEnd</c>) are mostly such runs, which their loops then go on from
    /// (an apostrophe, a hyphen, a letter outside ASCII). A run that opens outside ASCII (a Persian word) is left to the loop
    /// without a search.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int AsciiLettersAndDigitsEnd(string text, int from, int to)
    {
        if (from >= to || !char.IsAsciiLetterOrDigit(text[from]))
        {
            return from;
        }

        var x = text.AsSpan(from, to - from).IndexOfAnyExcept(AsciiLettersAndDigits);
        return x < 0 ? to : from + x;
    }

    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayBeCapital(char c) => c >= 0x80 || char.IsAsciiLetterUpper(c);
}
