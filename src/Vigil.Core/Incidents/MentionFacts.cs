using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Places;

namespace Vigil.Core.Incidents;

/// <summary>
/// A <see cref="MentionRecord"/> prepared for clustering: its family, date window as day numbers, region and
/// city keys, actor signatures, block keys and its place in the processing order (finest first).
/// </summary>
internal sealed class MentionFacts
{
    private MentionFacts(MentionRecord record, ClusteringOptions options)
    {
        Record = record;
        Family = IncidentClusterer.FamilyOf(record.Type);
        Actors = ActorSignature.Of(record.Actors);
        Victims = ActorSignature.Of(record.Victims);

        var dateRank = 3;
        if (record.Date is { } start)
        {
            var end = record.DateEnd ?? start;
            First = Math.Min(start.FirstDay.DayNumber, end.FirstDay.DayNumber);
            Last = Math.Max(start.LastDay.DayNumber, end.LastDay.DayNumber);
            HasDate = true;
            SingleDay = First == Last;
            dateRank = SingleDay ? 0 : start.Precision == DatePrecision.Year && record.DateEnd is null ? 2 : 1;
        }

        var placeRank = 3;
        if (record.Location is { } place)
        {
            var country = place.Country.ToUpperInvariant();
            Precision = place.Precision;
            if (place.Precision == GeoPrecision.Country)
            {
                Region = country;
                placeRank = 2;
            }
            else
            {
                Region = country + "/" + (place.Admin1 ?? string.Empty).ToUpperInvariant();
                placeRank = place.Precision == GeoPrecision.City ? 0 : 1;
                if (place.Precision == GeoPrecision.City)
                {
                    City = place.Name.ToUpperInvariant();
                }
            }
        }

        Joinable = HasDate && (record.DateEnd is null || Last - First + 1 <= options.MaxRangeDays) && (Region is not null || options.UnknownPlaceJoins);
        IsFine = Joinable && SingleDay && City is not null;
        Rank = placeRank + dateRank;
        InfoRank = Actors.IsEmpty && Victims.IsEmpty ? 1 : 0;
        Blocks = Joinable ? BlocksOf(options) : [];
    }

    public MentionRecord Record { get; }

    public Guid Id => Record.Id;

    public IncidentFamily Family { get; }

    public bool HasDate { get; }

    /// <summary>First day of the date window (DayNumber).</summary>
    public int First { get; }

    /// <summary>Last day of the date window (DayNumber).</summary>
    public int Last { get; }

    /// <summary>True when the date is one day.</summary>
    public bool SingleDay { get; }

    /// <summary>"IR/FARS" for city and province places, "IR" for country-level places, null when unknown.</summary>
    public string? Region { get; }

    /// <summary>Upper-cased city name for city-level places.</summary>
    public string? City { get; }

    /// <summary>The place's precision; meaningless when <see cref="Region"/> is null.</summary>
    public GeoPrecision Precision { get; }

    public ActorSignature Actors { get; }

    public ActorSignature Victims { get; }

    /// <summary>False when the mention can join nothing (no date, range too long, unknown place without the option).</summary>
    public bool Joinable { get; }

    /// <summary>City place and single-day date: looked up by cell rather than by block.</summary>
    public bool IsFine { get; }

    /// <summary>Place rank (city 0, province 1, country 2, unknown 3) + date rank (day 0, month or range 1, year 2, unknown 3).</summary>
    public int Rank { get; }

    /// <summary>0 when actors or victims are named, 1 otherwise: among equals, the better-described go first.</summary>
    public int InfoRank { get; }

    public BlockKey[] Blocks { get; }

    /// <summary>Finest first, then better described, then by id: a total order, so the result never depends on input order.</summary>
    public static int CompareProcessingOrder(MentionFacts? a, MentionFacts? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? -1 : 1;
        }

        var c = a.Rank.CompareTo(b.Rank);
        if (c != 0)
        {
            return c;
        }

        c = a.InfoRank.CompareTo(b.InfoRank);
        return c != 0 ? c : a.Id.CompareTo(b.Id);
    }

    public static MentionFacts Of(MentionRecord record, ClusteringOptions options) => new(record, options);

    private BlockKey[] BlocksOf(ClusteringOptions options)
    {
        // Day-precision dates reach DayTolerance into neighbouring months, so a match across a month end is found.
        var tolerance = SingleDay ? options.DayTolerance : 0;
        var first = DateOnly.FromDayNumber(First - tolerance);
        var last = DateOnly.FromDayNumber(Last + tolerance);
        var keys = new List<BlockKey>(2);
        for (var y = first.Year; y <= last.Year; y++)
        {
            var m0 = y == first.Year ? first.Month : 1;
            var m1 = y == last.Year ? last.Month : 12;
            for (var m = m0; m <= m1; m++)
            {
                if (Region is not null)
                {
                    keys.Add(new BlockKey(Family, y, m, Region));
                }

                if (options.UnknownPlaceJoins)
                {
                    keys.Add(new BlockKey(Family, y, m, BlockKey.AnyRegion));
                }
            }
        }

        return [.. keys];
    }
}
