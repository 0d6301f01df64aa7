using System.Collections.Immutable;

namespace Vigil.Core.Incidents;

/// <summary>
/// One object per distinct value among the <see cref="MentionFacts"/> of one <see cref="IncidentClusterer.Cluster"/> call.
/// Every mention's facts made their own upper-cased region, city and country strings, actor and victim signatures, and
/// arrays of block keys, though a family's mentions share a few hundred places, a few thousand lists of names and, per
/// month and region, the same blocks: the clusterer keeps every mention's facts until its clusters are built, so at a late
/// round (115,000 mentions in one family) they were its largest transient (docs/scaling.md, sessions 19 and 20). Equal
/// values give equal results, so sharing them changes nothing the clusterer decides. Lives for one call; not thread-safe.
/// </summary>
internal sealed class FactsPool
{
    private readonly Dictionary<string, string> _upper = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Country, string? Admin1), string> _regions = [];
    private readonly Dictionary<string, string> _countryWide = new(StringComparer.Ordinal);
    private readonly Dictionary<ImmutableArray<string>, ActorSignature> _signatures = new(NamesComparer.Instance);
    private readonly Dictionary<ActorSignature, ActorSignature> _asCivilians = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<BlockKey[]> _blocks = new(BlocksComparer.Instance);

    /// <summary>The upper-cased <paramref name="value"/>, one string per distinct value.</summary>
    public string Upper(string value)
    {
        if (!_upper.TryGetValue(value, out var upper))
        {
            upper = value.ToUpperInvariant();
            _upper[value] = upper;
        }

        return upper;
    }

    /// <summary>"IR/FARS" for <paramref name="country"/> (upper case already) and <paramref name="admin1"/>, one string per pair.</summary>
    public string Region(string country, string? admin1)
    {
        if (!_regions.TryGetValue((country, admin1), out var region))
        {
            region = country + "/" + (admin1 ?? string.Empty).ToUpperInvariant();
            _regions[(country, admin1)] = region;
        }

        return region;
    }

    /// <summary>The country-wide region of <paramref name="country"/> ("IR/*").</summary>
    public string CountryWide(string country)
    {
        if (!_countryWide.TryGetValue(country, out var region))
        {
            region = country + BlockKey.CountryWideSuffix;
            _countryWide[country] = region;
        }

        return region;
    }

    /// <summary>The signature of <paramref name="names"/>, one per distinct list of names.</summary>
    public ActorSignature Signature(ImmutableArray<string> names)
    {
        if (names.IsDefaultOrEmpty)
        {
            return ActorSignature.Empty;
        }

        if (!_signatures.TryGetValue(names, out var signature))
        {
            signature = ActorSignature.Of(names);
            _signatures[names] = signature;
        }

        return signature;
    }

    /// <summary><paramref name="signature"/> with the opposition read as civilians (<see cref="ActorSignature.WithOppositionAsCivilians"/>), one per signature.</summary>
    public ActorSignature AsCivilians(ActorSignature signature)
    {
        if (!_asCivilians.TryGetValue(signature, out var civilians))
        {
            civilians = signature.WithOppositionAsCivilians();
            _asCivilians[signature] = civilians;
        }

        return civilians;
    }

    /// <summary>The pool's array holding the same keys in the same order as <paramref name="keys"/> (<paramref name="keys"/> itself the first time).</summary>
    public BlockKey[] Share(BlockKey[] keys)
    {
        if (keys.Length == 0)
        {
            return [];
        }

        if (_blocks.TryGetValue(keys, out var shared))
        {
            return shared;
        }

        _blocks.Add(keys);
        return keys;
    }

    private sealed class NamesComparer : IEqualityComparer<ImmutableArray<string>>
    {
        public static readonly NamesComparer Instance = new();

        public bool Equals(ImmutableArray<string> x, ImmutableArray<string> y) =>
            x == y || (!x.IsDefault && !y.IsDefault && x.AsSpan().SequenceEqual(y.AsSpan()));

        public int GetHashCode(ImmutableArray<string> names)
        {
            var hash = new HashCode();
            foreach (var name in names)
            {
                hash.Add(name, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }

    private sealed class BlocksComparer : IEqualityComparer<BlockKey[]>
    {
        public static readonly BlocksComparer Instance = new();

        public bool Equals(BlockKey[]? x, BlockKey[]? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(BlockKey[] keys)
        {
            var hash = new HashCode();
            foreach (var key in keys)
            {
                hash.Add(key);
            }

            return hash.ToHashCode();
        }
    }
}
