using System.Collections.Frozen;

namespace Vigil.Core.Extraction.Languages;

/// <summary>The classes of a word-class file (<c>class | word word …</c>; a class may span several lines).</summary>
internal sealed class WordClasses
{
    private readonly FrozenDictionary<string, FrozenSet<string>> _classes;
    private readonly FrozenSet<string> _empty;

    public WordClasses(IEnumerable<string[]> entries, StringComparer comparer)
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var f in entries)
        {
            if (f.Length < 2)
            {
                continue;
            }

            if (!sets.TryGetValue(f[0], out var set))
            {
                sets[f[0]] = set = new HashSet<string>(comparer);
            }

            set.UnionWith(LexiconFile.Words(f[1]));
        }

        _classes = sets.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(comparer), StringComparer.Ordinal);
        _empty = FrozenSet<string>.Empty;
    }

    /// <summary>The words of <paramref name="name"/>; empty when the file has no such class.</summary>
    public FrozenSet<string> this[string name] => _classes.GetValueOrDefault(name) ?? _empty;
}
