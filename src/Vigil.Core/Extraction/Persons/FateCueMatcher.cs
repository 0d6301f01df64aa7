namespace Vigil.Core.Extraction.Persons;

/// <summary>
/// Finds the fate phrases of <c>person-fates.txt</c> in text as whole words, longest phrase first ("shot dead" over
/// "shot"): a trie over the phrases' characters, folded with <see cref="char.ToUpperInvariant"/> (the case rule of
/// <see cref="StringComparer.OrdinalIgnoreCase"/>, which the phrases' dictionary uses), where a space of a phrase
/// matches any run of white space. A phrase matches only where the character before it is not a letter, digit or
/// hyphen and the one after it not a letter or digit. Built once from the lexicon; read-only, so shared between
/// threads; allocates nothing when matching and backtracks nowhere (it replaced a <c>RegexOptions.Compiled</c>
/// alternation that was generated and JIT-compiled at every start).
/// </summary>
internal sealed class FateCueMatcher
{
    private readonly Node _root = new();

    /// <param name="phrases">The phrases, each trimmed with single spaces between its words.</param>
    public FateCueMatcher(IEnumerable<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Length == 0)
            {
                continue;
            }

            var node = _root;
            foreach (var c in phrase)
            {
                node = c == ' ' ? node.Space ??= new Node() : node.Child(char.ToUpperInvariant(c), add: true)!;
            }

            node.Ends = true;
        }

        for (var c = '\0'; c < (char)0x80; c++)
        {
            _asciiRoot[c] = _root.Child(char.ToUpperInvariant(c), add: false);
        }
    }

    // The root's child for each ASCII character, its case folded: a phrase is tried at every word's start, and the root has
    // a child for most letters (searching its keys, after a call to fold the case, was most of LongestAt's cost).
    private readonly Node?[] _asciiRoot = new Node?[0x80];

    /// <summary>Whether any phrase occurs in <paramref name="text"/>.</summary>
    public bool IsMatch(ReadOnlySpan<char> text) => Next(text, 0, out _, out _);

    /// <summary>
    /// The first phrase occurrence starting at or after <paramref name="from"/> (the longest at that start); false when
    /// there is none. Callers go on from <c>index + length</c>, as a regular expression's matches do.
    /// </summary>
    public bool Next(ReadOnlySpan<char> text, int from, out int index, out int length)
    {
        for (var p = from; p < text.Length; p++)
        {
            if (p > 0 && (UnicodeClasses.IsLetterOrNumber(text[p - 1]) || text[p - 1] == '-'))
            {
                continue;
            }

            var end = LongestAt(text, p);
            if (end > p)
            {
                index = p;
                length = end - p;
                return true;
            }
        }

        index = 0;
        length = 0;
        return false;
    }

    // The end of the longest phrase starting at p and not followed by a letter or digit; p when there is none.
    private int LongestAt(ReadOnlySpan<char> text, int p)
    {
        var best = p;
        var node = _root;
        var i = p;
        if (i < text.Length && text[i] < 0x80 && _root.Space is null)
        {
            // No phrase opens with a space: the root's child for the first character, or none.
            if (_asciiRoot[text[i]] is not { } first)
            {
                return best;
            }

            node = first;
            i++;
            if (node.Ends && (i == text.Length || !UnicodeClasses.IsLetterOrNumber(text[i])))
            {
                best = i;
            }
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (node.Space is { } space && char.IsWhiteSpace(c))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                node = space;
                continue; // a phrase never ends in a space
            }

            if (node.Child(c < 0x80 ? (char.IsAsciiLetterLower(c) ? (char)(c - 0x20) : c) : char.ToUpperInvariant(c), add: false) is not { } next)
            {
                break;
            }

            node = next;
            i++;
            if (node.Ends && (i == text.Length || !UnicodeClasses.IsLetterOrNumber(text[i])))
            {
                best = i;
            }
        }

        return best;
    }

    private sealed class Node
    {
        // A phrase list's trie is small and shallow: the children of a node are a few characters, searched in order.
        private char[] _keys = [];
        private Node[] _children = [];

        public Node? Space { get; set; }

        public bool Ends { get; set; }

        public Node? Child(char folded, bool add)
        {
            var keys = _keys;
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] == folded)
                {
                    return _children[i];
                }
            }

            if (!add)
            {
                return null;
            }

            var node = new Node();
            _keys = [.. _keys, folded];
            _children = [.. _children, node];
            return node;
        }
    }
}
