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

    /// <summary>"Demonstration|2019-11|IR/FARS": stable, suitable as a database key.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Family}|{Year:D4}-{Month:D2}|{Region}");
}
