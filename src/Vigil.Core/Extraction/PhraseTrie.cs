using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Vigil.Core.Extraction;

/// <summary>
/// A case-insensitive trie of word sequences ("took to the streets", "IRGC") for longest-match lookup
/// over <see cref="WordToken"/>s. Words are keyed by their <see cref="WordTable"/> number, so a match reads each
/// token's <see cref="WordToken.WordNumber"/> and never its characters. Built once from lexicon data and then
/// read-only, so it is safe to share between threads. Lookups allocate nothing.
/// </summary>
/// <typeparam name="T">The value stored for each phrase.</typeparam>
internal sealed class PhraseTrie<T>
{
    // The trie as arrays: node 0 is the root; an edge (parent node, word number) → child node lives in one open-addressing
    // table for the whole trie. A dictionary per node cost a call and its comparer per step, and the root's was large
    // (`MatchFrom` and its dictionaries' look-ups were 2.3 % of `vigil-extract`'s samples over 12 MB,
    // docs/pipeline/pipeline.md, session 23). A key is (parent << 32) | word; words are numbered from 1, so 0 is an empty slot.
    private long[] _edgeKeys = new long[16];
    private int[] _edgeChildren = new int[16];
    private int _edges;
    private int _shift = 64 - 4;

    // Per node: whether a phrase ends there, and its value.
    private readonly List<bool> _hasValue = [false];
    private readonly List<T?> _values = [default];

    // A cheap pre-filter on the first word, which fails for almost every token of running text: one bit per word
    // number that opens a phrase. Numbers given after the trie was built are past its end, so never a first word.
    private ulong[] _firstWords = [];

    /// <summary>Number of phrases stored.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a phrase (split with <see cref="WordTokenizer"/>); a later value for the same phrase replaces the earlier one.</summary>
    public void Add(string phrase, T value)
    {
        var tokens = WordTokenizer.Tokenize(phrase);
        if (tokens.Count == 0)
        {
            return;
        }

        var node = 0;
        foreach (var t in tokens)
        {
            var key = WordTable.Add(phrase.Substring(t.Start, t.Length));
            if (node == 0)
            {
                if (key >> 6 >= _firstWords.Length)
                {
                    Array.Resize(ref _firstWords, Math.Max((key >> 6) + 1, _firstWords.Length * 2));
                }

                _firstWords[key >> 6] |= 1UL << key;
            }

            var next = Child(node, key);
            if (next < 0)
            {
                next = _hasValue.Count;
                _hasValue.Add(false);
                _values.Add(default);
                AddEdge(node, key, next);
            }

            node = next;
        }

        if (!_hasValue[node])
        {
            Count++;
        }

        _hasValue[node] = true;
        _values[node] = value;
    }

    /// <summary>
    /// The longest phrase starting at token <paramref name="index"/>; returns its length in tokens, or 0.
    /// The tokens must be numbered (<see cref="ExtractionContext"/>'s are) after the trie was built.
    /// A '\n' token never matches inside a phrase.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Match(List<WordToken> tokens, int index, int limit, out T? value)
    {
        // Inlined into the callers, which ask at nearly every token: most tokens open no phrase and are turned away by the
        // filter without a call (the call and its set-up were most of Match's 2.4 % of `vigil-extract`'s samples,
        // docs/pipeline/pipeline.md, session 21).
        if (index < limit && tokens[index].WordNumber is var first && first >> 6 < _firstWords.Length && (_firstWords[first >> 6] & (1UL << first)) != 0)
        {
            return MatchFrom(tokens, index, limit, out value);
        }

        value = default;
        return 0;
    }

    private int MatchFrom(List<WordToken> tokens, int index, int limit, out T? value)
    {
        value = default;
        var best = 0;
        var node = 0;
        var span = CollectionsMarshal.AsSpan(tokens);
        for (var i = index; i < limit && i < span.Length; i++)
        {
            // A token in no trie (number 0) is no edge's word.
            var word = span[i].WordNumber;
            if (word == 0 || (node = Child(node, word)) < 0)
            {
                break;
            }

            if (_hasValue[node])
            {
                best = i - index + 1;
                value = _values[node];
            }
        }

        return best;
    }

    /// <summary>The child of <paramref name="node"/> by <paramref name="word"/>, or -1.</summary>
    private int Child(int node, int word)
    {
        var key = ((long)node << 32) | (uint)word;
        var keys = _edgeKeys;
        var mask = keys.Length - 1;
        for (var i = Slot(key); keys[i] is var k and not 0; i = (i + 1) & mask)
        {
            if (k == key)
            {
                return _edgeChildren[i];
            }
        }

        return -1;
    }

    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >>> _shift);

    private void AddEdge(int node, int word, int child)
    {
        if ((_edges + 1) * 2 > _edgeKeys.Length)
        {
            var (keys, children) = (_edgeKeys, _edgeChildren);
            _edgeKeys = new long[keys.Length * 2];
            _edgeChildren = new int[keys.Length * 2];
            _shift--;
            for (var j = 0; j < keys.Length; j++)
            {
                if (keys[j] != 0)
                {
                    Insert(keys[j], children[j]);
                }
            }
        }

        Insert(((long)node << 32) | (uint)word, child);
        _edges++;
    }

    private void Insert(long key, int child)
    {
        var mask = _edgeKeys.Length - 1;
        var i = Slot(key);
        while (_edgeKeys[i] != 0)
        {
            i = (i + 1) & mask;
        }

        _edgeKeys[i] = key;
        _edgeChildren[i] = child;
    }
}
