using System.Globalization;

namespace Vigil.Core.Incidents;

/// <summary>
/// A candidate block: type family × calendar month × region. Two mentions can only be compared when they share
/// a block, so the clusterer's result for a set of mentions depends only on the mentions connected to it through
/// shared blocks. Storage keeps each mention's keys (<see cref="IncidentClusterer.BlockKeysOf"/>, as
/// <see cref="ToString"/>) to find what to re-cluster on ingest.
/// </summary>
/// <param name="Family">The type family.</param>
/// <param name="Year">The calendar year of the month bucket.</param>
/// <param name="Month">The month (1–12) of the bucket.</param>
/// <param name="Region">
/// Upper-case "COUNTRY/PROVINCE" for city- and province-level places ("IR/FARS"), "COUNTRY" for country-level
/// places ("IR"), or <see cref="AnyRegion"/> — the block shared by every place in that family and month, used
/// only when <see cref="ClusteringOptions.UnknownPlaceJoins"/> is on.
/// </param>
public readonly record struct BlockKey(IncidentFamily Family, int Year, int Month, string Region)
{
    /// <summary>The region of the block that unknown-place mentions share with every place.</summary>
    public const string AnyRegion = "*";

    /// <summary>
    /// The prefix of a person block's region ("~mhmdrhm"): the linkable name key of a person named in a killing, arrest or
    /// execution, so the same person's fate is found whatever place each report gives (<see cref="MentionFacts.PersonBlocks"/>).
    /// </summary>
    public const string PersonPrefix = "~";

    /// <summary>The suffix of a country-wide key's region ("IR/*"): the union of the country's blocks, asked for by country-level mentions.</summary>
    public const string CountryWideSuffix = "/*";

    /// <summary>True for a country-wide key ("IR/*"), which no mention is stored under: it stands for every block of the country in that family and month.</summary>
    public bool IsCountryWide => Region.EndsWith(CountryWideSuffix, StringComparison.Ordinal);

    /// <summary>
    /// True when a mention stored under <paramref name="stored"/> answers a request for this key: the same key, or, for a
    /// country-wide key, any key of that country (country level or a province of it) in the same family and month.
    /// </summary>
    public bool Covers(BlockKey stored)
    {
        if (!IsCountryWide)
        {
            return this == stored;
        }

        var country = Region[..^CountryWideSuffix.Length];
        return stored.Family == Family && stored.Year == Year && stored.Month == Month
            && (stored.Region == country || stored.Region.StartsWith(country + "/", StringComparison.Ordinal));
    }

    /// <summary>For a country-wide key, the prefix every stored key of that country, family and month starts with ("Demonstration|2019-11|IR").</summary>
    public string CountryPrefix => ToString()[..^CountryWideSuffix.Length];

    /// <summary>"Demonstration|2019-11|IR/FARS": stable, suitable as a database key.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Family}|{Year:D4}-{Month:D2}|{Region}");
}
