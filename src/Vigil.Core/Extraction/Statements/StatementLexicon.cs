using System.Collections.Frozen;
using System.Text;

namespace Vigil.Core.Extraction.Statements;

/// <summary>The statements stage's word lists, read once from the embedded data files in Data/.</summary>
internal sealed class StatementLexicon
{
    private static readonly Lazy<StatementLexicon> Instance = new(() => new StatementLexicon());

    private StatementLexicon()
    {
        var verbs = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Lines("speech-verbs.txt"))
        {
            var gt = line.IndexOf('>', StringComparison.Ordinal);
            verbs[gt < 0 ? line : line[..gt]] = gt < 0 ? null : line[(gt + 1)..];
        }

        Verbs = verbs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        foreach (var verb in Verbs.Keys)
        {
            var c = char.ToLowerInvariant(verb[0]);
            if (c is >= 'a' and <= 'z' && verb.Length < 64)
            {
                _verbLengths[c - 'a'] |= 1UL << verb.Length;
            }
        }

        VerbLookup = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        FirstNames = Words("first-names.txt", StringComparer.Ordinal);
        Titles = Words("titles.txt", StringComparer.Ordinal);
        RoleWords = Words("role-words.txt", StringComparer.OrdinalIgnoreCase);
        FirstNameLookup = FirstNames.GetAlternateLookup<ReadOnlySpan<char>>();
        TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        RoleWordLookup = RoleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        NonSpeakers = Words("non-speakers.txt", StringComparer.OrdinalIgnoreCase);
        var nouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var line in Lines("outlets.txt"))
        {
            if (line.StartsWith("noun ", StringComparison.Ordinal))
            {
                nouns.Add(line[5..].Trim());
            }
            else if (line.StartsWith("name ", StringComparison.Ordinal))
            {
                names.Add(line[5..].Trim());
            }
        }

        OutletNouns = nouns.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        OutletNames = names.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public static StatementLexicon Default => Instance.Value;

    /// <summary>Speech verb forms; the value is the preposition the form needs ("called" → "for"), or null.</summary>
    public FrozenDictionary<string, string?> Verbs { get; }

    public FrozenDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> VerbLookup { get; }

    public FrozenSet<string> FirstNames { get; }

    private readonly ulong[] _verbLengths = new ulong[26];

    /// <summary>
    /// A cheap test that fails for most words of running text: a lower-case ASCII first letter and a length some
    /// speech verb starting with that letter has. Only words passing it are looked up in <see cref="VerbLookup"/>.
    /// </summary>
    public bool MayBeVerb(ReadOnlySpan<char> word) =>
        word.Length is > 0 and < 64 && word[0] is >= 'a' and <= 'z' && (_verbLengths[word[0] - 'a'] & (1UL << word.Length)) != 0;

    /// <summary><see cref="FirstNames"/> looked up by span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstNameLookup { get; }

    /// <summary><see cref="Titles"/> looked up by span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup { get; }

    /// <summary><see cref="RoleWords"/> looked up by span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleWordLookup { get; }

    public FrozenSet<string> Titles { get; }

    public FrozenSet<string> RoleWords { get; }

    public FrozenSet<string> NonSpeakers { get; }

    public FrozenSet<string> OutletNouns { get; }

    public FrozenSet<string> OutletNames { get; }

    private static FrozenSet<string> Words(string file, StringComparer comparer)
    {
        var set = new HashSet<string>(comparer);
        foreach (var line in Lines(file))
        {
            foreach (var w in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                set.Add(w);
            }
        }

        return set.ToFrozenSet(comparer);
    }

    private static List<string> Lines(string file)
    {
        using var stream = typeof(StatementLexicon).Assembly.GetManifestResourceStream("Vigil.Core.Extraction.Statements.Data." + file)
            ?? throw new InvalidOperationException($"embedded resource {file} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
