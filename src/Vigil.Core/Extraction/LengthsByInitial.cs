namespace Vigil.Core.Extraction;

/// <summary>
/// A pre-filter for a set of words compared ignoring case (<see cref="StringComparer.OrdinalIgnoreCase"/>): for each
/// ASCII letter, the lengths of the set's words that start with it in either case. <see cref="MayContain"/> is false only
/// when no word of the set can equal the given one, so a look-up may be skipped; it costs a table read where the set's
/// look-up hashes the whole word.
/// </summary>
internal sealed class LengthsByInitial
{
    // Bit n of slot c: some word of length n starts with letter 'a' + c, in either case.
    private readonly ulong[] _lengths = new ulong[26];

    /// <summary>Takes the lengths of <paramref name="words"/>.</summary>
    public LengthsByInitial(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            var c = word[0];
            if (c >= 0x80 && (char.ToUpperInvariant(c) < 0x80 || char.ToLowerInvariant(c) < 0x80))
            {
                // A word opening with a non-ASCII letter whose case pair is ASCII (the Kelvin sign, "k"): no filter then,
                // rather than depend on the runtime's casing table to say whether the comparison equates them.
                Array.Fill(_lengths, ulong.MaxValue);
                return;
            }

            if (char.IsAsciiLetter(c) && word.Length < 64)
            {
                _lengths[(c | 0x20) - 'a'] |= 1UL << word.Length;
            }
        }
    }

    /// <summary>
    /// False only when no word of the set can equal <paramref name="word"/> ignoring case: it starts with an ASCII letter,
    /// and no word of its length starts with that letter in either case. Any other first character, an empty word and a
    /// word of 64 characters or more are true.
    /// </summary>
    public bool MayContain(ReadOnlySpan<char> word) =>
        word.IsEmpty || !char.IsAsciiLetter(word[0]) || word.Length >= 64 || (_lengths[(word[0] | 0x20) - 'a'] & (1UL << word.Length)) != 0;
}
