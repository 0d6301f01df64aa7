using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Places;

/// <summary>The context words of the places stage (a language pack's places-context.txt: <c>kind | word</c>), by kind.</summary>
internal sealed class PlacesLexicon
{
    private PlacesLexicon(Dictionary<string, HashSet<string>> sets)
    {
        Titles = Lookup(sets, "title");
        OrganisationSuffixes = Lookup(sets, "suffix");
        FacilityWords = Lookup(sets, "facility");
        StreetWords = Lookup(sets, "street");
        FunctionWords = Lookup(sets, "function");
        ProvinceWords = Lookup(sets, "province");
        SettlementWords = Lookup(sets, "settlement");
        Locatives = Lookup(sets, "locative");
        ProvincePrefixes = Lookup(sets, "province-before");
        SettlementPrefixes = Lookup(sets, "settlement-before");
        GovernmentVerbs = Lookup(sets, "government-verb");
        CapitalNouns = Lookup(sets, "capital");
        CapitalNounNumbers = new WordNumberSet(CapitalNouns.Set);
        CapitalDeterminers = Lookup(sets, "capital-before");
        CapitalFollowers = Lookup(sets, "capital-after");
    }

    public static PlacesLexicon Default => For(LanguagePack.English);

    /// <summary>The places lexicon of <paramref name="pack"/>, with its facilities (facilities.txt, optional).</summary>
    public static PlacesLexicon For(LanguagePack pack) => pack.Lexicon(static p =>
    {
        var lexicon = Load(p.Entries("places-context.txt"));
        foreach (var f in LanguagePack.Read(p.Code, "facilities.txt") ?? [])
        {
            if (f.Length >= 2)
            {
                lexicon.Facilities.Add(f[0], f[1]);
            }
        }

        return lexicon;
    });

    /// <summary>"Evin" → "Tehran": facilities reports name without their town, each with the town it is in.</summary>
    public PhraseTrie<string> Facilities { get; } = new();

    /// <summary>"استان": a word right before the name that makes it a province (Persian puts it first).</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ProvincePrefixes { get; }

    /// <summary>"شهر", "شهرستان": a word right before the name that makes it a town.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SettlementPrefixes { get; }

    /// <summary>"Mr", "Ayatollah", "General": the capitalised name after one is a person.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles { get; }

    /// <summary>"News", "Times", "International": the name before one is part of an organisation.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationSuffixes { get; }

    /// <summary>Words after a name that make it a prison or building ("Evin Prison").</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FacilityWords { get; }

    /// <summary>Words after a name that make it a street or square ("Azadi Street").</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetWords { get; }

    /// <summary>Capitalised words that are not proper names ("In", "The", "Northern").</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords { get; }

    /// <summary>"province": the name before it is a province.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ProvinceWords { get; }

    /// <summary>"city", "county", "village": the name around it is a town.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SettlementWords { get; }

    /// <summary>"has", "says": after a national capital with no preposition before it, the capital is its government ("Tehran has executed").</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GovernmentVerbs { get; }

    /// <summary>"capital": after "the", with no name or "of" after it, the capital of the report's country.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalNouns { get; }

    /// <summary>
    /// <see cref="CapitalNouns"/> by <see cref="WordTable"/> number, numbered as the lexicon loads (as <see cref="WordSet"/>
    /// does), so a report's tokens read after it carry the numbers: the places stage asks it of every word of a report.
    /// </summary>
    public WordNumberSet CapitalNounNumbers { get; }

    /// <summary>"on", "during", "and": words that may follow "the capital" when it names the city (else it is a noun phrase's part).</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalFollowers { get; }

    /// <summary>"the": the word right before a capital noun.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalDeterminers { get; }

    /// <summary>"in", "near", "from": a preposition that introduces a place.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Locatives { get; }

    public static PlacesLexicon Load(IEnumerable<string[]> entries)
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
                sets[f[0]] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            set.Add(f[1]);
        }

        return new PlacesLexicon(sets);
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(Dictionary<string, HashSet<string>> sets, string kind) =>
        (sets.GetValueOrDefault(kind) ?? new HashSet<string>(StringComparer.OrdinalIgnoreCase)).GetAlternateLookup<ReadOnlySpan<char>>();
}
