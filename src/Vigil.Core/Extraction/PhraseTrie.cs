using System.Runtime.CompilerServices;

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
    private readonly Node _root = new();

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

        var node = _root;
        foreach (var t in tokens)
        {
            var key = WordTable.Add(phrase.Substring(t.Start, t.Length));
            if (node == _root)
            {
                if (key >> 6 >= _firstWords.Length)
                {
                    Array.Resize(ref _firstWords, Math.Max((key >> 6) + 1, _firstWords.Length * 2));
                }

                _firstWords[key >> 6] |= 1UL << key;
            }

            if (!node.Children.TryGetValue(key, out var next))
            {
                next = new Node();
                node.Children[key] = next;
            }

            node = next;
        }

        if (!node.HasValue)
        {
            Count++;
        }

        node.HasValue = true;
        node.Value = value;
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
        var node = _root;
        for (var i = index; i < limit; i++)
        {
            if (node.Children.Count == 0 || !node.Children.TryGetValue(tokens[i].WordNumber, out var next))
            {
                break;
            }

            node = next;
            if (node.HasValue)
            {
                best = i - index + 1;
                value = node.Value;
            }
        }

        return best;
    }

    private sealed class Node
    {
        public Dictionary<int, Node> Children { get; } = [];

        public bool HasValue { get; set; }

        public T? Value { get; set; }
    }
}
