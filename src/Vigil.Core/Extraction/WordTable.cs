using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Vigil.Core.Extraction;

/// <summary>
/// One number for every word of every <see cref="PhraseTrie{T}"/> built in the process, so that a report's token is
/// looked up by its characters once (<see cref="Number"/>) and every trie then matches it by number, instead of
/// each trie hashing the same characters again. Words compare <see cref="StringComparer.OrdinalIgnoreCase"/>, as the
/// tries did: two words get the same number exactly when they are equal ignoring case. Numbers start at 1; 0 means
/// "in no trie". The table only grows (packs load lazily, while other threads extract); safe for any number of
/// readers and writers.
/// </summary>
internal static class WordTable
{
    private static readonly ConcurrentDictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumbersBySpan =
        Numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Lock Gate = new();
    private static int _count;

    /// <summary>
    /// How many words the table holds. Read it before <see cref="Number"/>: a list numbered when the count was N knows
    /// every word added before the count reached N, and needs numbering again (its zeros) once the count has moved.
    /// </summary>
    public static int Count => Volatile.Read(ref _count);

    /// <summary>The number of <paramref name="word"/>, given it a new one when the table does not hold it yet.</summary>
    public static int Add(string word)
    {
        if (Numbers.TryGetValue(word, out var number))
        {
            return number;
        }

        lock (Gate)
        {
            if (!Numbers.TryGetValue(word, out number))
            {
                number = _count + 1;
                Numbers[word] = number;

                // After the word is in the table: a reader that sees the new count finds the word.
                Volatile.Write(ref _count, number);
            }

            return number;
        }
    }

    /// <summary>Gives each token of <paramref name="tokens"/> that has none yet its word's number (0 when no trie holds it).</summary>
    public static void Number(string text, List<WordToken> tokens)
    {
        foreach (ref var token in CollectionsMarshal.AsSpan(tokens))
        {
            if (token.WordNumber == 0 && NumbersBySpan.TryGetValue(token.Of(text), out var number))
            {
                token = token with { WordNumber = number };
            }
        }
    }
}
