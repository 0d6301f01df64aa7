using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Segmentation;

/// <summary>
/// The abbreviation lexicon (a language pack's abbreviations.txt: <c>kind | word word …</c>), looked up by span without allocating.
/// Keys are lower case; lookups ignore case.
/// </summary>
internal sealed class AbbreviationTable
{
    private readonly Dictionary<string, AbbreviationKind> _words;
    private readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private AbbreviationTable(Dictionary<string, AbbreviationKind> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxLength = words.Count == 0 ? 0 : words.Keys.Max(k => k.Length);
    }

    /// <summary>The English table.</summary>
    public static AbbreviationTable Default => For(LanguagePack.English);

    /// <summary>The table of <paramref name="pack"/>.</summary>
    public static AbbreviationTable For(LanguagePack pack) => pack.Lexicon(static p => Parse(p.Entries("abbreviations.txt")));

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

    /// <summary>Builds a table from abbreviations.txt entries (<c>kind | word word …</c>).</summary>
    public static AbbreviationTable Parse(IEnumerable<string[]> entries)
    {
        var words = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var fields in entries)
        {
            if (fields.Length < 2 || !Enum.TryParse<AbbreviationKind>(fields[0], ignoreCase: true, out var kind) || kind == AbbreviationKind.None)
            {
                throw new InvalidDataException($"abbreviations: unknown kind '{fields[0]}'");
            }

            foreach (var word in LexiconFile.Words(fields[1]))
            {
                words[word.TrimEnd('.')] = kind;
            }
        }

        return new AbbreviationTable(words);
    }
}
