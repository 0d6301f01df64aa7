using System.Collections.Frozen;

namespace Vigil.Core.Extraction;

/// <summary>
/// A word class compared ignoring case (<see cref="StringComparer.OrdinalIgnoreCase"/>), asked of a word in place: the
/// class's first letters and lengths (<see cref="LengthsByInitial"/>) answer most words that are not in it with a table
/// read, before the set hashes the whole word. Stages that ask a class of every word of a sentence pay the hash only for
/// words that could be in it.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly LengthsByInitial _lengths;

    /// <summary>Wraps <paramref name="set"/>, which must compare ignoring case (a frozen set wraps the comparer it was given, so its behaviour is checked).</summary>
    public WordSet(FrozenSet<string> set)
    {
        if (set.Count > 0 && (!set.Comparer.Equals("Aa", "aA") || set.Comparer.Equals("a", "\u0430")))
        {
            throw new ArgumentException("A word set compares ignoring case (StringComparer.OrdinalIgnoreCase).", nameof(set));
        }

        Set = set;
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _lengths = new LengthsByInitial(set);
    }

    /// <summary>The class's words.</summary>
    public FrozenSet<string> Set { get; }

    /// <summary>Whether <paramref name="word"/> is one of the class's words, ignoring case.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lengths.MayContain(word) && _lookup.Contains(word);
}
