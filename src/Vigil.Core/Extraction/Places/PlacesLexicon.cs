using System.Text;

namespace Vigil.Core.Extraction.Places;

/// <summary>The context words of the places stage (Data/places-context.tsv), by kind.</summary>
internal sealed class PlacesLexicon
{
    private static readonly Lazy<PlacesLexicon> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private PlacesLexicon(Dictionary<string, HashSet<string>> sets)
    {
        Titles = Lookup(sets, "title");
        OrganisationSuffixes = Lookup(sets, "suffix");
        FunctionWords = Lookup(sets, "function");
        ProvinceWords = Lookup(sets, "province");
        SettlementWords = Lookup(sets, "settlement");
        Locatives = Lookup(sets, "locative");
    }

    public static PlacesLexicon Default => LazyDefault.Value;

    /// <summary>"Mr", "Ayatollah", "General": the capitalised name after one is a person.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles { get; }

    /// <summary>"News", "Times", "International": the name before one is part of an organisation.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationSuffixes { get; }

    /// <summary>Capitalised words that are not proper names ("In", "The", "Northern").</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords { get; }

    /// <summary>"province": the name before it is a province.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ProvinceWords { get; }

    /// <summary>"city", "county", "village": the name around it is a town.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SettlementWords { get; }

    /// <summary>"in", "near", "from": a preposition that introduces a place.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Locatives { get; }

    public static PlacesLexicon Load(TextReader reader)
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            var kind = line[..tab];
            if (!sets.TryGetValue(kind, out var set))
            {
                sets[kind] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            set.Add(line[(tab + 1)..].Trim());
        }

        return new PlacesLexicon(sets);
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(Dictionary<string, HashSet<string>> sets, string kind) =>
        (sets.GetValueOrDefault(kind) ?? new HashSet<string>(StringComparer.OrdinalIgnoreCase)).GetAlternateLookup<ReadOnlySpan<char>>();

    private static PlacesLexicon LoadEmbedded()
    {
        using var stream = typeof(PlacesLexicon).Assembly.GetManifestResourceStream("Vigil.Core.Places.places-context.tsv")
            ?? throw new InvalidOperationException("The resource Vigil.Core.Places.places-context.tsv is missing from Vigil.Core.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Load(reader);
    }
}
