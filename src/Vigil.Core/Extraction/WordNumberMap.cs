namespace Vigil.Core.Extraction;

/// <summary>
/// A dictionary of words held by their <see cref="WordTable"/> numbers, one slot each: a token numbered after the map was made
/// (<see cref="ExtractionContext.Tokens"/>) finds the value of the word its characters equal ignoring case, as a dictionary with
/// <see cref="StringComparer.OrdinalIgnoreCase"/> would answer, without hashing them again (<see cref="WordNumberSet"/> is the set).
/// </summary>
internal sealed class WordNumberMap<T>
{
    // Slot n: whether the word numbered n is in the map, and its value.
    private readonly (bool Has, T Value)[] _slots;

    /// <summary>Numbers the keys of <paramref name="entries"/> in <see cref="WordTable"/> (those it does not hold yet get new numbers).</summary>
    public WordNumberMap(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var numbered = entries.Select(e => (Number: WordTable.Add(e.Key), e.Value)).ToList();
        _slots = new (bool, T)[numbered.Count == 0 ? 1 : numbered.Max(n => n.Number) + 1];
        foreach (var (number, value) in numbered)
        {
            _slots[number] = (true, value);
        }
    }

    /// <summary>The value of the word numbered <paramref name="number"/>; false for a number no key has (0: a word in no map).</summary>
    public bool TryGetValue(int number, out T value)
    {
        if ((uint)number < (uint)_slots.Length && _slots[number] is (true, var found))
        {
            value = found;
            return true;
        }

        value = default!;
        return false;
    }
}
