using System.Globalization;
using System.IO.Compression;
using System.Numerics;
using System.Text;

using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Places;

/// <summary>
/// Countries, Iran's provinces and the world's towns (GeoNames, CC BY 4.0; see tools/gazetteer),
/// indexed by folded name. Loaded once from the resources embedded in Vigil.Core and immutable, so one
/// instance serves every thread.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>Longest name, in tokens, that the index holds for any first token.</summary>
    public const int MaxNameTokens = 6;

    private const string ResourcePrefix = "Vigil.Core.Places.";

    private readonly Dictionary<string, GazetteerName[]> _names;
    // The places scan's look-ups, by the filter's hash: a dictionary's look-up by span hashed the key again and called its
    // comparer through an interface (the two were 2 % of `vigil-extract`'s samples over 12 MB of English reports,
    // docs/pipeline/pipeline.md, session 23).
    private readonly HashedKeys<GazetteerName[]> _namesByKey;
    // By first token: the most tokens of a name starting with it, and the names of the token alone (null when it is no name):
    // a one-word name ("Tehran", most matches) is found by this one look-up.
    private readonly HashedKeys<(int MaxTokens, GazetteerName[]? Names)> _firstTokens;
    private readonly Dictionary<string, Place> _countries;
    private readonly Dictionary<string, Place> _provinces;

    private Gazetteer(NameFolding folding, Dictionary<string, GazetteerName[]> names, Dictionary<string, Place> countries, Dictionary<string, Place> provinces, int entryCount)
    {
        Folding = folding;
        _names = names;
        _namesByKey = new HashedKeys<GazetteerName[]>(names);
        _countries = countries;
        _provinces = provinces;
        EntryCount = entryCount;

        var firstTokens = new Dictionary<string, (int MaxTokens, GazetteerName[]? Names)>(StringComparer.Ordinal);
        foreach (var (key, entries) in names)
        {
            var space = key.IndexOf(' ');
            var first = space < 0 ? key : key[..space];
            var tokens = key.AsSpan().Count(' ') + 1;
            var before = firstTokens.GetValueOrDefault(first);
            firstTokens[first] = (Math.Max(before.MaxTokens, tokens), space < 0 ? entries : before.Names);
        }

        _firstTokens = new HashedKeys<(int MaxTokens, GazetteerName[]? Names)>(firstTokens);
        foreach (var first in firstTokens.Keys)
        {
            var hash = FilterHash(first);
            _firstTokenFilter[(hash & (FilterBits - 1)) >> 6] |= 1UL << (int)hash;
            var second = SecondFilterBit(hash);
            _firstTokenFilter[second >> 6] |= 1UL << (int)second;
        }
    }

    // A Bloom filter of the first tokens, two bits each: the places scan asks for every capitalised word of an English report
    // and every word of a Persian one, most of which start no name, and the dictionary's tens of thousands of entries are
    // seldom in cache (its look-up was 2.8 % of `vigil-extract` over 12 MB of English reports, docs/pipeline/pipeline.md,
    // session 21). A token with either bit clear is no first token; one with both set is looked up.
    private const int FilterBits = 1 << 17;
    private readonly ulong[] _firstTokenFilter = new ulong[FilterBits / 64];

    // FNV-1a over the characters.
    private static uint FilterHash(ReadOnlySpan<char> token)
    {
        var hash = 2166136261u;
        foreach (var c in token)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    private static uint SecondFilterBit(uint hash) => (hash * 0x9E3779B1u) >> (32 - 17);

    private bool MayBeFirstToken(uint hash)
    {
        var second = SecondFilterBit(hash);
        return (_firstTokenFilter[(hash & (FilterBits - 1)) >> 6] & (1UL << (int)hash)) != 0
            && (_firstTokenFilter[second >> 6] & (1UL << (int)second)) != 0;
    }

    /// <summary>Every folded name key (stop names included).</summary>
    internal IEnumerable<string> Keys => _names.Keys;

    /// <summary>The gazetteer embedded in Vigil.Core, loaded on first use.</summary>
    public static Gazetteer Default => For(LanguagePack.English);

    /// <summary>The embedded gazetteer with the stop names of <paramref name="pack"/> (its place-stop-names.txt), built once per pack.</summary>
    public static Gazetteer For(LanguagePack pack) => pack.Lexicon(static p => LoadEmbedded(
        p.Entries("place-stop-names.txt").Select(f => f[0]),
        LanguagePack.Read(p.Code, "place-names.txt") ?? []));

    /// <summary>The folding that turns text into this gazetteer's keys.</summary>
    public NameFolding Folding { get; }

    /// <summary>Number of countries, provinces and towns.</summary>
    public int EntryCount { get; }

    /// <summary>
    /// Loads a gazetteer from its data: the gzipped TSV made by tools/gazetteer/build.mjs, the folding
    /// table, and the stop names (names that are never places in running text, from the language pack).
    /// </summary>
    public static Gazetteer Load(Stream gazetteerGzip, Stream foldTable, IEnumerable<string> stopNames) =>
        Load(gazetteerGzip, foldTable, stopNames, []);

    /// <summary>
    /// Loads a gazetteer as <see cref="Load(Stream, Stream, IEnumerable{string})"/> does, joining the pack's local names
    /// (<c>place-names.txt</c>: <c>local name | English name | admin1 or country code</c>) to the entries of that English
    /// name: the local name finds the same entry, and becomes its <see cref="Place.LocalName"/> when it has none.
    /// </summary>
    public static Gazetteer Load(Stream gazetteerGzip, Stream foldTable, IEnumerable<string> stopNames, IReadOnlyList<string[]> localNames)
    {
        // English name → the local names that join it, with the province or country that tells homonyms apart.
        var joins = new Dictionary<string, List<(string Local, string Where)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in localNames)
        {
            if (f.Length >= 3)
            {
                (joins.TryGetValue(f[1], out var list) ? list : joins[f[1]] = []).Add((f[0], f[2]));
            }
        }

        NameFolding folding;
        using (var reader = new StreamReader(foldTable, Encoding.UTF8))
        {
            folding = new NameFolding(reader);
        }

        var names = new Dictionary<string, List<GazetteerName>>(32_768, StringComparer.Ordinal);
        var countries = new Dictionary<string, Place>(StringComparer.OrdinalIgnoreCase);
        var provinces = new Dictionary<string, Place>(StringComparer.Ordinal);
        var interned = new Dictionary<string, string>(StringComparer.Ordinal);
        var entryCount = 0;

        using (var gzip = new GZipStream(gazetteerGzip, CompressionMode.Decompress))
        using (var reader = new StreamReader(gzip, Encoding.UTF8))
        {
            Span<Range> fields = stackalloc Range[10];
            while (reader.ReadLine() is { } line)
            {
                if (line.Length < 3 || line[0] == '#')
                {
                    continue;
                }

                var span = line.AsSpan();
                if (span.Split(fields, '\t') < 9)
                {
                    continue;
                }

                var kind = span[fields[0]];
                var name = line[fields[1]];
                var country = Intern(interned, line[fields[3]]);
                if (kind is "D")
                {
                    if (countries.TryGetValue(country, out var demonymOf))
                    {
                        AddName(names, folding, name, new GazetteerEntry(demonymOf, 0, false, false, false), isDemonym: true);
                    }

                    continue;
                }

                var admin1 = span[fields[2]].IsEmpty ? null : Intern(interned, line[fields[2]]);
                var latitude = ParseDecimal(span[fields[4]]);
                var longitude = ParseDecimal(span[fields[5]]);
                var population = ParseCount(span[fields[6]]);
                var flags = span[fields[7]];
                var precision = kind switch
                {
                    "C" => GeoPrecision.Country,
                    "P" => GeoPrecision.Province,
                    _ => GeoPrecision.City,
                };
                var aliases = span[fields[8]];
                var local = FirstLocalAlias(aliases);
                List<(string Local, string Where)>? joined = null;
                if (joins.TryGetValue(name, out var candidates))
                {
                    joined = candidates.FindAll(j => string.Equals(j.Where, admin1, StringComparison.OrdinalIgnoreCase)
                        || (precision == GeoPrecision.Country && string.Equals(j.Where, country, StringComparison.OrdinalIgnoreCase)));
                    local ??= joined.Count > 0 ? joined[0].Local : null;
                }

                var entry = new GazetteerEntry(
                    new Place(name, admin1, country, latitude, longitude, precision) { LocalName = local },
                    population,
                    IsSeat: flags.Contains('s'),
                    IsCapital: flags.Contains('c'),
                    IsOfficialCity: flags.Contains('o'));
                entryCount++;

                AddName(names, folding, name, entry, isDemonym: false);
                foreach (var (localName, _) in joined ?? [])
                {
                    AddName(names, folding, localName, entry, isDemonym: false);
                }

                foreach (var alias in aliases.Split('|'))
                {
                    if (alias.End.Value > alias.Start.Value)
                    {
                        AddName(names, folding, span[fields[8]][alias].ToString(), entry, isDemonym: false);
                    }
                }

                if (precision == GeoPrecision.Country)
                {
                    countries[country] = entry.Place;
                }
                else if (precision == GeoPrecision.Province)
                {
                    provinces[folding.Key(name)] = entry.Place;
                    foreach (var alias in span[fields[8]].Split('|'))
                    {
                        provinces.TryAdd(folding.Key(span[fields[8]][alias]), entry.Place);
                    }
                }
            }
        }

        var frozen = new Dictionary<string, GazetteerName[]>(names.Count + 256, StringComparer.Ordinal);
        foreach (var (key, list) in names)
        {
            frozen[key] = [.. list];
        }

        foreach (var stop in stopNames)
        {
            // A stop name stays in the index with no entries, so the longest match still
            // consumes it ("Kurdistan Region" is not the province Kurdistan followed by a word).
            frozen[folding.Key(stop)] = [];
        }

        return new Gazetteer(folding, frozen, countries, provinces, entryCount);
    }

    /// <summary>
    /// True when some name starts with the folded token; <paramref name="maxTokens"/> is the longest such name, and
    /// <paramref name="names"/> what <see cref="TryGetNames"/> gives for the token alone (null when it is no name by itself).
    /// </summary>
    public bool TryGetFirstToken(ReadOnlySpan<char> foldedToken, out int maxTokens, out GazetteerName[]? names)
    {
        var hash = FilterHash(foldedToken);
        if (!MayBeFirstToken(hash))
        {
            (maxTokens, names) = (0, null);
            return false;
        }

        var found = _firstTokens.TryGetValue(foldedToken, hash, out var first);
        (maxTokens, names) = first;
        return found;
    }

    /// <summary>The names indexed under a folded key; an empty array for a stop name.</summary>
    public bool TryGetNames(ReadOnlySpan<char> foldedKey, out GazetteerName[] names) =>
        _namesByKey.TryGetValue(foldedKey, FilterHash(foldedKey), out names!);

    /// <summary>
    /// A read-only map from string keys, looked up by a span and its <see cref="FilterHash"/> (ordinal). Open addressing over
    /// one array of 8-byte slots, the key's hash (high 32 bits) and its index + 1 (low 32 bits; 0 is an empty slot), at most
    /// half full; the keys and values apart, read only when a slot's hash matches.
    /// </summary>
    private sealed class HashedKeys<TValue>
    {
        private readonly long[] _slots;
        private readonly string[] _keys;
        private readonly TValue[] _values;

        public HashedKeys(Dictionary<string, TValue> entries)
        {
            _slots = new long[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)entries.Count * 2))];
            _keys = new string[entries.Count];
            _values = new TValue[entries.Count];
            var mask = _slots.Length - 1;
            var index = 0;
            foreach (var (key, value) in entries)
            {
                _keys[index] = key;
                _values[index] = value;
                var hash = FilterHash(key);
                var i = (int)(hash & (uint)mask);
                while (_slots[i] != 0)
                {
                    i = (i + 1) & mask;
                }

                _slots[i] = ((long)hash << 32) | (uint)(index + 1);
                index++;
            }
        }

        public bool TryGetValue(ReadOnlySpan<char> key, uint hash, out TValue value)
        {
            var slots = _slots;
            var mask = slots.Length - 1;
            for (var i = (int)(hash & (uint)mask); slots[i] is var slot and not 0; i = (i + 1) & mask)
            {
                if ((uint)(slot >>> 32) == hash && key.SequenceEqual(_keys[(int)(uint)slot - 1]))
                {
                    value = _values[(int)(uint)slot - 1];
                    return true;
                }
            }

            value = default!;
            return false;
        }
    }

    /// <summary>Every country, province and town that <paramref name="name"/> may denote, most populous first; no demonyms or stop names.</summary>
    public IReadOnlyList<GazetteerEntry> Find(string name)
    {
        if (!_names.TryGetValue(Folding.Key(name), out var found))
        {
            return [];
        }

        return [.. found.Where(n => !n.IsDemonym).Select(n => n.Entry).Distinct()
            .OrderBy(e => e.Place.Precision == GeoPrecision.City ? 1 : 0)
            .ThenByDescending(e => e.Population)];
    }

    /// <summary>The Iranian province a name denotes, in any spelling the gazetteer knows ("Kordestan" → Kurdistan); null if none.</summary>
    public Place? Province(string name) => _provinces.GetValueOrDefault(Folding.Key(name));

    /// <summary>The country with this ISO 3166-1 alpha-2 code, or null.</summary>
    public Place? Country(string isoCode) => _countries.GetValueOrDefault(isoCode);

    /// <summary>The ISO code of the country a demonym denotes ("Iranian" → "IR"), or null.</summary>
    public string? CountryOfDemonym(string word) =>
        _names.TryGetValue(Folding.Key(word), out var found) ? found.FirstOrDefault(n => n.IsDemonym).Entry?.Place.Country : null;

    private static void AddName(Dictionary<string, List<GazetteerName>> names, NameFolding folding, string name, GazetteerEntry entry, bool isDemonym)
    {
        var key = folding.Key(name);
        if (key.Length == 0 || key.AsSpan().Count(' ') >= MaxNameTokens)
        {
            return;
        }

        var upperOnly = IsAbbreviation(name);
        Add(key);

        // "Bandar-e Abbas" is often written without the ezafe, and "Shahr-e Kord" as one word.
        if (key.Contains(" e ", StringComparison.Ordinal))
        {
            Add(key.Replace(" e ", " ", StringComparison.Ordinal));
        }

        if (name.Contains('-', StringComparison.Ordinal) && key.AsSpan().Count(' ') <= 2)
        {
            Add(key.Replace(" ", string.Empty, StringComparison.Ordinal));
        }

        void Add(string k)
        {
            if (!names.TryGetValue(k, out var list))
            {
                names[k] = list = new List<GazetteerName>(1);
            }

            if (!list.Exists(n => ReferenceEquals(n.Entry, entry)))
            {
                list.Add(new GazetteerName(entry, upperOnly, isDemonym));
            }
        }
    }

    // "US", "UK", "U.S.", "UAE": short and all capitals.
    private static bool IsAbbreviation(string name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (UnicodeClasses.IsLetter(c))
            {
                if (!UnicodeClasses.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters is > 0 and <= 5;
    }

    private static string Intern(Dictionary<string, string> interned, string value)
    {
        if (!interned.TryGetValue(value, out var existing))
        {
            interned[value] = existing = value;
        }

        return existing;
    }

    // The first alias written in Arabic script ("Tehran|تهران" → "تهران"), the only one copied.
    private static string? FirstLocalAlias(ReadOnlySpan<char> aliases)
    {
        foreach (var range in aliases.Split('|'))
        {
            var alias = aliases[range];
            if (alias.Length > 0 && alias[0] is >= '\u0600' and <= '\u06FF')
            {
                return alias.ToString();
            }
        }

        return null;
    }

    // Powers of ten that doubles hold exactly (up to 10^22; a mantissa of at most 15 digits needs no more than 10^15).
    private static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    /// <summary>
    /// A coordinate as the generator writes it ("35.6944", "-12.5", "51"): <c>double.Parse</c>'s value, without its general
    /// parser (parsing the coordinates was a tenth of the instructions of a one-report run: docs/pipeline/pipeline.md, session
    /// 26). Up to 15 digits make an integer that a double holds exactly, and a power of ten up to 10^15 is exact too, so their
    /// quotient, rounded once, is the double nearest the written decimal — the one <c>double.Parse</c> gives. Any other form
    /// (an exponent, more digits, no digit) goes to <c>double.Parse</c>.
    /// </summary>
    internal static double ParseDecimal(ReadOnlySpan<char> written)
    {
        var i = written.Length > 0 && written[0] == '-' ? 1 : 0;
        long mantissa = 0;
        var digits = 0;
        var decimals = -1;
        for (; i < written.Length; i++)
        {
            var c = written[i];
            if (char.IsAsciiDigit(c))
            {
                mantissa = (mantissa * 10) + (c - '0');
                digits++;
                decimals += decimals >= 0 ? 1 : 0;
            }
            else if (c == '.' && decimals < 0)
            {
                decimals = 0;
            }
            else
            {
                return double.Parse(written, CultureInfo.InvariantCulture);
            }
        }

        if (digits is 0 or > 15 || decimals == 0)
        {
            return double.Parse(written, CultureInfo.InvariantCulture);
        }

        var value = decimals > 0 ? mantissa / PowersOfTen[decimals] : mantissa;
        return written[0] == '-' ? -value : value;
    }

    /// <summary>A population as the generator writes it (ASCII digits): <c>int.Parse</c>'s value; any other form by <c>int.Parse</c>.</summary>
    internal static int ParseCount(ReadOnlySpan<char> written)
    {
        if (written.Length is > 0 and <= 9)
        {
            var value = 0;
            foreach (var c in written)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return int.Parse(written, CultureInfo.InvariantCulture);
                }

                value = (value * 10) + (c - '0');
            }

            return value;
        }

        return int.Parse(written, CultureInfo.InvariantCulture);
    }

    private static Gazetteer LoadEmbedded(IEnumerable<string> stopNames, IReadOnlyList<string[]> localNames)
    {
        var assembly = typeof(Gazetteer).Assembly;
        using var gazetteer = Open("gazetteer.tsv.gz");
        using var fold = Open("fold.tsv");
        return Load(gazetteer, fold, stopNames, localNames);

        Stream Open(string file) => assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The resource {ResourcePrefix}{file} is missing from Vigil.Core.");
    }
}
