namespace Vigil.Core.Extraction;

/// <summary>
/// A set of words held as their <see cref="WordTable"/> numbers, one bit each: a token numbered after the set was made
/// (<see cref="ExtractionContext.Tokens"/>) is in it exactly when its characters equal one of the words ignoring case, as a
/// set with <see cref="StringComparer.OrdinalIgnoreCase"/> would answer, without hashing them again.
/// </summary>
internal sealed class WordNumberSet
{
    // Bit n: the word numbered n is in the set.
    private readonly ulong[] _bits;

    /// <summary>Numbers <paramref name="words"/> in <see cref="WordTable"/> (those it does not hold yet get new numbers).</summary>
    public WordNumberSet(IEnumerable<string> words)
    {
        var numbers = words.Select(WordTable.Add).ToList();
        _bits = new ulong[(numbers.Count == 0 ? 0 : numbers.Max() >> 6) + 1];
        foreach (var number in numbers)
        {
            _bits[number >> 6] |= 1UL << number;
        }
    }

    /// <summary>True when the word numbered <paramref name="number"/> is in the set; false for 0 (a word in no set).</summary>
    public bool Contains(int number) => (uint)(number >> 6) < (uint)_bits.Length && (_bits[number >> 6] & (1UL << number)) != 0;
}
