namespace Vigil.Core.Extraction;

/// <summary>
/// A case-insensitive trie of word sequences ("took to the streets", "IRGC") for longest-match lookup
/// over <see cref="WordToken"/>s. Built once from lexicon data and then read-only, so it is safe to share
/// between threads. Lookups use span-keyed dictionaries and allocate nothing.
/// </summary>
/// <typeparam name="T">The value stored for each phrase.</typeparam>
internal sealed class PhraseTrie<T>
{
    private readonly Node _root = new();

    // A cheap pre-filter on the first word, which fails for almost every token of running text: the pair of its
    // first character (ASCII, folded to lower case; slot 0 for any other) and its length must occur among the
    // phrases' first words. One bit per length (63 = "63 or longer") in the mask of each first character.
    private readonly ulong[] _firstLengths = new ulong[128];

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

        var head = tokens[0];
        var c0 = char.ToLowerInvariant(phrase[head.Start]);
        _firstLengths[c0 < 128 ? c0 : 0] |= 1UL << Math.Min(head.Length, 63);

        var node = _root;
        foreach (var t in tokens)
        {
            var key = phrase.Substring(t.Start, t.Length);
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
    /// A '\n' token never matches inside a phrase.
    /// </summary>
    public int Match(string text, List<WordToken> tokens, int index, int limit, out T? value)
    {
        value = default;
        if (index >= limit)
        {
            return 0;
        }

        var first = tokens[index];
        var c = text[first.Start];
        c = c < 128 ? (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)) : char.ToLowerInvariant(c);
        if ((_firstLengths[c < 128 ? c : 0] & (1UL << Math.Min(first.Length, 63))) == 0)
        {
            return 0;
        }

        var best = 0;
        var node = _root;
        for (var i = index; i < limit; i++)
        {
            var t = tokens[i];
            if (node.Children.Count == 0 || !node.Lookup.TryGetValue(t.Of(text), out var next))
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
        public Node()
        {
            Children = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
            Lookup = Children.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public Dictionary<string, Node> Children { get; }

        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

        public bool HasValue { get; set; }

        public T? Value { get; set; }
    }
}
