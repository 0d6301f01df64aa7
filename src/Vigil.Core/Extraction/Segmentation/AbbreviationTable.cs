using System.Reflection;

namespace Vigil.Core.Extraction.Segmentation;

/// <summary>
/// The abbreviation lexicon (embedded abbreviations.txt), looked up by span without allocating.
/// Keys are lower case; lookups ignore case.
/// </summary>
internal sealed class AbbreviationTable
{
    private const string ResourceName = "Vigil.Core.Extraction.Segmentation.abbreviations.txt";

    private readonly Dictionary<string, AbbreviationKind> _words;
    private readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private AbbreviationTable(Dictionary<string, AbbreviationKind> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxLength = words.Count == 0 ? 0 : words.Keys.Max(k => k.Length);
    }

    /// <summary>The table built from the embedded lexicon.</summary>
    public static AbbreviationTable Default { get; } = Load();

    /// <summary>Length of the longest entry: longer words are never looked up.</summary>
    public int MaxLength { get; }

    /// <summary>Number of entries.</summary>
    public int Count => _words.Count;

    /// <summary>The kind of <paramref name="word"/> (without its final period), or <see cref="AbbreviationKind.None"/>.</summary>
    public AbbreviationKind Lookup(ReadOnlySpan<char> word) =>
        word.Length <= MaxLength && _lookup.TryGetValue(word, out var kind) ? kind : AbbreviationKind.None;

    /// <summary>A copy of this table with <paramref name="titles"/> added as title abbreviations.</summary>
    public AbbreviationTable WithTitles(IEnumerable<string> titles)
    {
        var words = new Dictionary<string, AbbreviationKind>(_words, StringComparer.OrdinalIgnoreCase);
        foreach (var title in titles)
        {
            words[title.Trim().TrimEnd('.')] = AbbreviationKind.Title;
        }

        return new AbbreviationTable(words);
    }

    /// <summary>Builds a table from lexicon lines (<c>kind word word …</c>, '#' comments).</summary>
    public static AbbreviationTable Parse(IEnumerable<string> lines)
    {
        var words = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!Enum.TryParse<AbbreviationKind>(parts[0], ignoreCase: true, out var kind) || kind == AbbreviationKind.None)
            {
                throw new InvalidDataException($"abbreviations: unknown kind '{parts[0]}'");
            }

            foreach (var word in parts.AsSpan(1))
            {
                words[word.TrimEnd('.')] = kind;
            }
        }

        return new AbbreviationTable(words);
    }

    private static AbbreviationTable Load()
    {
        using var stream = typeof(AbbreviationTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"missing embedded resource {ResourceName}");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return Parse(lines);
    }
}
