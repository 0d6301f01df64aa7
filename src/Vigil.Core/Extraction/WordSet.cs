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
    private readonly WordNumberSet _numbers;

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

        // The words numbered in WordTable when the class is made, as its lexicon loads: a report's tokens read from
        // ExtractionContext.Tokens after that carry their number, so a stage that asks the class of every token
        // (ContainsToken) tests a bit instead of reading the token's characters.
        _numbers = new WordNumberSet(set);
    }

    /// <summary>The class's words.</summary>
    public FrozenSet<string> Set { get; }

    /// <summary>Whether <paramref name="word"/> is one of the class's words, ignoring case.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lengths.MayContain(word) && _lookup.Contains(word);

    /// <summary>
    /// Whether <paramref name="token"/>'s word is one of the class's words, ignoring case, by its <see cref="WordTable"/>
    /// number: the same answer as <see cref="Contains(ReadOnlySpan{char})"/> of its characters for a token of
    /// <see cref="ExtractionContext.Tokens"/> read after this class was made (the context numbers its tokens again when
    /// the table has grown since); a token never numbered is in no class.
    /// </summary>
    public bool ContainsToken(WordToken token) => _numbers.Contains(token.WordNumber);
}
