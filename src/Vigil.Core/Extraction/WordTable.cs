using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

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

    // The words of ASCII and Arabic-block characters again, in an open-addressing table read without locks: an English or
    // Persian token is hashed and compared inline instead of through the concurrent dictionary's comparer interface
    // (numbering was 5 % of `vigil-extract` over 12 MB of English reports, docs/pipeline/pipeline.md, session 17; over 6 MB
    // of Persian the dictionary's case-folding hash of Arabic letters was 4.6 %, session 21). Arabic letters have no case,
    // so ignoring case such a word is equal only to one that differs in its ASCII letters' case. Written only under Gate; a
    // slot is set once and a grown table is filled before it is published, so a reader sees every word added before the
    // count it read.
    private static AsciiTable _ascii = new(1024);

    // A character outside those ranges equal ignoring case to one inside (ı and I, ſ and S, the Kelvin sign and k): with
    // such a word in the table a token could match a word the inline table does not hold, so every token then goes to the
    // dictionary.
    private static volatile bool _foldsToAscii;

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
                if (HashAscii(word) is { } hash)
                {
                    AddAscii(word, hash, number);
                }
                else if (HasCharFoldingToAscii(word))
                {
                    _foldsToAscii = true;
                }

                // After the word is in the table: a reader that sees the new count finds the word.
                Volatile.Write(ref _count, number);
            }

            return number;
        }
    }

    /// <summary>Gives each token of <paramref name="tokens"/> that has none yet its word's number (0 when no trie holds it).</summary>
    public static void Number(string text, List<WordToken> tokens)
    {
        var dictionaryOnly = _foldsToAscii;
        var ascii = Volatile.Read(ref _ascii);
        foreach (ref var token in CollectionsMarshal.AsSpan(tokens))
        {
            if (token.WordNumber == 0)
            {
                var number = Find(token.Of(text), ascii, dictionaryOnly);
                if (number != 0)
                {
                    token = token with { WordNumber = number };
                }
            }
        }
    }

    private static int Find(ReadOnlySpan<char> word, AsciiTable ascii, bool dictionaryOnly)
    {
        if (!dictionaryOnly && TryHashAscii(word, out var hash))
        {
            // Most tokens are in no trie: the filter (one bit per hash, 1/16 of the slots' bytes) stays in the first-level cache
            // and turns most of them away; the probe reads only the slots' hashes, and the word's characters only when one matches.
            if ((ascii.Filter[(int)(hash >>> ascii.FilterShift) >>> 6] & (1UL << (int)(hash >>> ascii.FilterShift))) == 0)
            {
                return 0;
            }

            // A word of up to eight ASCII characters is compared by its packed characters beside the slot (one cache line for
            // the probe and the comparison); a longer one by its string (session 29: the slot, the words' array and the string
            // were three cache misses for most tokens, which are trie words).
            var slots = ascii.Slots;
            var mask = ascii.Size - 1;
            var packed = -1L; // the token's, packed when a hash first matches; 0 when it cannot be
            for (var i = (int)(hash & (uint)mask); Volatile.Read(ref slots[2 * i]) is var slot and not 0; i = (i + 1) & mask)
            {
                if ((uint)(slot >>> 32) == hash)
                {
                    var chars = slots[(2 * i) + 1];
                    if (chars != 0)
                    {
                        if (packed == -1)
                        {
                            packed = PackFolded(word);
                        }

                        if (chars == packed)
                        {
                            return (int)slot;
                        }
                    }
                    else if (EqualsFolded(word, ascii.Words[i]!))
                    {
                        return (int)slot;
                    }
                }
            }

            return 0;
        }

        return NumbersBySpan.TryGetValue(word, out var number) ? number : 0;
    }

    /// <summary>
    /// FNV-1a over the characters with ASCII letters folded to lower case; null when a character is neither ASCII nor of the
    /// Arabic block (U+0600–U+06FF, none of them cased).
    /// </summary>
    internal static uint? HashAscii(ReadOnlySpan<char> word) => TryHashAscii(word, out var hash) ? hash : null;

    // Inlined into Find, which runs for every token: the nullable result of a call cost a store and a load on the stack.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryHashAscii(ReadOnlySpan<char> word, out uint hash)
    {
        hash = 2166136261u;
        foreach (var c in word)
        {
            if (c >= 0x80 && (uint)(c - '\u0600') > 0xFF)
            {
                return false;
            }

            hash = (hash ^ (char.IsAsciiLetterUpper(c) ? c | 0x20u : c)) * 16777619u;
        }

        return true;
    }

    /// <summary>
    /// The characters of a word of one to eight ASCII characters (none of them NUL), capitals folded to lower case, one
    /// byte each in a <see cref="long"/> (the first in the lowest byte); 0 for any other word. Two such words are equal
    /// ignoring ASCII case exactly when their packings are equal, as <see cref="EqualsFolded"/> says: the packing holds
    /// every character, and no character is 0, so words of different lengths differ.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // once per matching hash in Find, which runs for every token
    internal static long PackFolded(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > 8)
        {
            return 0;
        }

        var packed = 0L;
        for (var j = 0; j < word.Length; j++)
        {
            var c = word[j];
            if (c is '\0' or >= (char)0x80)
            {
                return 0;
            }

            packed |= (long)(char.IsAsciiLetterUpper(c) ? c | 0x20 : c) << (8 * j);
        }

        return packed;
    }

    /// <summary>
    /// <paramref name="token"/> equal ignoring case to the inline table's <paramref name="folded"/> word. Both hold only ASCII
    /// and Arabic-block characters, and only ASCII letters have case among them, so folding the token's ASCII capitals is
    /// <see cref="StringComparison.OrdinalIgnoreCase"/> here, without its call and its paths for other characters (the
    /// comparison was a third of <c>Find</c>'s samples, most tokens of running text being trie words: docs/pipeline/pipeline.md,
    /// session 23).
    /// </summary>
    private static bool EqualsFolded(ReadOnlySpan<char> token, string folded)
    {
        if (token.Length != folded.Length)
        {
            return false;
        }

        for (var j = 0; j < token.Length; j++)
        {
            var c = token[j];
            if ((char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) != folded[j])
            {
                return false;
            }
        }

        return true;
    }

    private static void AddAscii(string word, uint hash, int number)
    {
        var table = _ascii;
        if ((table.Count + 1) * 2 > table.Size)
        {
            var grown = new AsciiTable(table.Size * 2);
            for (var i = 0; i < table.Size; i++)
            {
                if (table.Slots[2 * i] != 0)
                {
                    grown.Insert(table.Words[i]!, table.Slots[2 * i]);
                }
            }

            table = grown;
            Volatile.Write(ref _ascii, grown);
        }

        // Kept in lower case for EqualsFolded: its characters are ASCII or of the Arabic block (HashAscii), among which only
        // ASCII letters have case, so the invariant lower case folds exactly those.
        table.Insert(word.ToLowerInvariant(), ((long)hash << 32) | (uint)number);
    }

    private static bool HasCharFoldingToAscii(string word)
    {
        foreach (var c in word)
        {
            if (!IsInline(c) && (IsInline(char.ToUpperInvariant(c)) || IsInline(char.ToLowerInvariant(c))))
            {
                return true;
            }
        }

        return false;
    }

    // A character of the inline table's words: ASCII or the Arabic block.
    private static bool IsInline(char c) => c < 0x80 || (uint)(c - '\u0600') <= 0xFF;

    /// <summary>
    /// The ASCII words by hash, open addressing. A slot holds the word's hash (high 32 bits) and number (low 32 bits), 0 when
    /// empty, in one array of 8-byte slots, and the words apart: a token that matches no word (most) reads one cache line
    /// of hashes, where an array of entry objects cost a reference, the entry and often its string (session 20).
    /// In front of the slots, a filter of four bits per slot (eight per word or more), set at the word's hash's top bits
    /// (the slot is chosen by its low ones): a token whose bit is clear is in no trie without reading a slot. The slot table
    /// (8 bytes × 2 × every trie word) misses the first-level cache; the filter, a sixteenth of its size, mostly does not
    /// (docs/pipeline/pipeline.md, session 23).
    /// </summary>
    private sealed class AsciiTable(int size)
    {
        /// <summary>The number of slots, a power of two.</summary>
        public readonly int Size = size;

        /// <summary>Slot i at 2i (hash and number) and its word's <see cref="PackFolded"/> at 2i + 1, side by side.</summary>
        public readonly long[] Slots = new long[2 * size];
        public readonly string?[] Words = new string?[size];
        public readonly ulong[] Filter = new ulong[Math.Max(1, size / 16)];

        /// <summary>The hash shifted right by this gives the filter's bit: its top log2(size × 4) bits.</summary>
        public readonly int FilterShift = 32 - BitOperations.Log2((uint)Math.Max(64, size * 4));
        public int Count;

        /// <summary>
        /// Sets a free slot: the word and its filter bit first, then the slot in one 64-bit write, so a reader that sees the
        /// slot sees the word.
        /// </summary>
        public void Insert(string word, long slot)
        {
            var bit = (int)((uint)(slot >>> 32) >>> FilterShift);
            Filter[bit >>> 6] |= 1UL << bit;
            var mask = Size - 1;
            var i = (int)((uint)(slot >>> 32) & (uint)mask);
            while (Slots[2 * i] != 0)
            {
                i = (i + 1) & mask;
            }

            Words[i] = word;
            Slots[(2 * i) + 1] = PackFolded(word);
            Volatile.Write(ref Slots[2 * i], slot);
            Count++;
        }
    }
}
