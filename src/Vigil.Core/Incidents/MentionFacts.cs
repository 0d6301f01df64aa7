using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Persons;
using Vigil.Core.Extraction.Places;
using Vigil.Core.Persons;

namespace Vigil.Core.Incidents;

/// <summary>
/// A <see cref="MentionRecord"/> prepared for clustering: its family, date window as day numbers, region and
/// city keys, actor signatures, block keys and its place in the processing order (finest first).
/// </summary>
internal sealed class MentionFacts
{
    private MentionFacts(MentionRecord record, ClusteringOptions options, FactsPool pool)
    {
        Record = record;
        Family = IncidentClusterer.FamilyOf(record.Type);
        Actors = pool.Signature(record.Actors);
        if (Family == IncidentFamily.Demonstration)
        {
            // Who the protesters were is contested between sources ("people" / "MEK units"), not a contradiction.
            Actors = pool.AsCivilians(Actors);
        }

        Victims = pool.Signature(record.Victims);

        var dateRank = 3;
        if (record.Date is { } start && record.DateSource == DateSource.Publication)
        {
            // "On or before the day the report came out": a window, weighed after every text date.
            Last = Math.Max(start.LastDay.DayNumber, (record.DateEnd ?? start).LastDay.DayNumber);
            First = Last - options.PublicationWindowDays;
            HasDate = true;
            FromPublication = true;
            dateRank = 2;
        }
        else if (record.Date is { } textStart)
        {
            var end = record.DateEnd ?? textStart;
            First = Math.Min(textStart.FirstDay.DayNumber, end.FirstDay.DayNumber);
            Last = Math.Max(textStart.LastDay.DayNumber, end.LastDay.DayNumber);
            HasDate = true;
            SingleDay = First == Last;
            dateRank = SingleDay ? 0 : textStart.Precision == DatePrecision.Year && record.DateEnd is null ? 2 : 1;
        }

        var placeRank = 3;
        if (record.Location is { } place)
        {
            var country = pool.Upper(place.Country);
            Country = country;
            Precision = place.Precision;
            if (place.Precision == GeoPrecision.Country)
            {
                Region = country;
                placeRank = 2;
            }
            else
            {
                Region = pool.Region(country, place.Admin1);
                placeRank = place.Precision == GeoPrecision.City ? 0 : 1;
                if (place.Precision == GeoPrecision.City)
                {
                    City = pool.Upper(place.Name);
                }
            }
        }

        Toll = FigureOf(record, Family);
        Persons = NamedIn(record, Family);
        PersonsComplete = Persons.Length > 0 && (Toll is not { } figure || figure.Min <= Persons.Length);
        var personKeys = Persons.Where(p => p.Unlinkable is null).Select(p => p.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        Joinable = HasDate && (record.DateEnd is null || FromPublication || Last - First + 1 <= options.MaxRangeDays) && (Region is not null || options.UnknownPlaceJoins || personKeys.Length > 0);
        IsFine = Joinable && SingleDay && City is not null;
        IsWave = Joinable && !FromPublication && !SingleDay && Last - First + 1 <= options.MaxRangeDays
            && Region is not null && Precision is GeoPrecision.Country or GeoPrecision.Province;
        IsPart = Joinable && SingleDay && Region is not null;
        IsCoarse = Joinable && !IsWave && !SingleDay && Region is not null && Precision is GeoPrecision.Country or GeoPrecision.Province
            && (FromPublication || Last - First + 1 > options.MaxRangeDays);
        Rank = placeRank + dateRank;
        InfoRank = Actors.IsEmpty && Victims.IsEmpty ? 1 : 0;
        Blocks = Joinable ? BlocksOf(options, Region) : [];
        if (Joinable && personKeys.Length > 0)
        {
            // The same named person with the same fate is looked for in every place of the window, and where no place is known.
            PersonBlocks = [.. personKeys.SelectMany(k => BlocksOf(options, BlockKey.PersonPrefix + k, options.PersonDayTolerance))];
            Blocks = [.. Blocks, .. PersonBlocks];
        }

        if (!Joinable || Country is null || !options.CountryJoinsFiner)
        {
            Probes = Blocks;
            CountryBlocks = [];
        }
        else
        {
            // The whole country in those months: every cluster with a member there is listed under it in memory, and
            // Storage answers it with every block of the country (BlockKey.IsCountryWide).
            CountryBlocks = BlocksOf(options, pool.CountryWide(Country));
            Probes = Precision == GeoPrecision.Country
                ? [.. Blocks, .. CountryBlocks]
                : [.. Blocks, .. BlocksOf(options, Country)];
        }

        // Most mentions of a family share their month and region, so most of these arrays are equal to another's.
        Blocks = pool.Share(Blocks);
        PersonBlocks = pool.Share(PersonBlocks);
        CountryBlocks = pool.Share(CountryBlocks);
        Probes = pool.Share(Probes);
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

    /// <summary>Upper-case ISO country code; null when the place is unknown.</summary>
    public string? Country { get; }

    /// <summary>True when the date is a publication-date fallback, weighed as a window ending on that day.</summary>
    public bool FromPublication { get; }

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

    /// <summary>
    /// Told at a wave's grain: a country or province over several days, a range or a month (at most
    /// <see cref="ClusteringOptions.MaxRangeDays"/>), dated by the text. Such an account joins only accounts of the same
    /// grain; a day in one place inside it is a part of it, never the same incident.
    /// </summary>
    public bool IsWave { get; }

    /// <summary>
    /// Told coarser than any wave over a country or province: a year, or a publication-date window ("the 2018 protests across
    /// Iran", "the recent unrest in Khuzestan"). May join a wave it fits when it is the only candidate (<see cref="MentionCompatibility.CoarseMeetsWave"/>).
    /// </summary>
    public bool IsCoarse { get; }

    /// <summary>Told at one day (from the text) and a known place: the grain that can be a part of a wave ("protests in Shiraz on 17 November", or across the country on that day).</summary>
    public bool IsPart { get; }

    /// <summary>The figure of its own fate (killed in a killing or execution, arrested in an arrest, injured in an injury; otherwise the first given); null when none.</summary>
    public Extraction.Figures.FigureRange? Toll { get; }

    /// <summary>
    /// The persons named with the fate of its family (killed in a killing, arrested in an arrest, executed in an execution),
    /// read as <see cref="PersonName"/>s; empty for other families.
    /// </summary>
    public PersonName[] Persons { get; }

    /// <summary>
    /// True when the named persons are all the account speaks of: it gives no figure for its fate, or a figure no larger
    /// than the names ("Navid Afkari was executed"; not "12 killed, among them …"). Only then do different names contradict.
    /// </summary>
    public bool PersonsComplete { get; }

    /// <summary>Place rank (city 0, province 1, country 2, unknown 3) + date rank (day 0, month or range 1, year 2, unknown 3).</summary>
    public int Rank { get; }

    /// <summary>0 when actors or victims are named, 1 otherwise: among equals, the better-described go first.</summary>
    public int InfoRank { get; }

    /// <summary>The blocks of its linkable named persons ("~" and the name's key), part of <see cref="Blocks"/>.</summary>
    public BlockKey[] PersonBlocks { get; } = [];

    /// <summary>The blocks it is stored (and indexed) under.</summary>
    public BlockKey[] Blocks { get; }

    /// <summary>
    /// The blocks whose mentions it can be compared with: its own, plus (when <see cref="ClusteringOptions.CountryJoinsFiner"/>)
    /// the country-level block of its country for a city or province mention, and the country-wide blocks for a
    /// country-level mention.
    /// </summary>
    public BlockKey[] Probes { get; }

    /// <summary>The country-wide keys of its months ("IR/*"), under which every cluster with a member in the country is listed in memory.</summary>
    public BlockKey[] CountryBlocks { get; }

    /// <summary>
    /// Finest first, then better described, then by <see cref="MentionRecord.OrderKey"/> and <see cref="MentionRecord.OrderPosition"/>
    /// (content, not arrival), then by id: a total order, so the result never depends on input order nor, with order keys, on
    /// ingest order.
    /// </summary>
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
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.Record.OrderKey, b.Record.OrderKey);
        if (c != 0)
        {
            return c;
        }

        c = a.Record.OrderPosition.CompareTo(b.Record.OrderPosition);
        return c != 0 ? c : a.Id.CompareTo(b.Id);
    }

    /// <summary>The facts of <paramref name="record"/>, their strings, signatures and block arrays shared with the others made through <paramref name="pool"/>.</summary>
    public static MentionFacts Of(MentionRecord record, ClusteringOptions options, FactsPool pool) => new(record, options, pool);

    private static PersonName[] NamedIn(MentionRecord record, IncidentFamily family)
    {
        Fate? fate = family switch
        {
            IncidentFamily.Killing => Fate.Killed,
            IncidentFamily.Arrest => Fate.Arrested,
            IncidentFamily.Execution => Fate.Executed,
            _ => null,
        };
        if (fate is null || record.Persons.IsDefaultOrEmpty)
        {
            return [];
        }

        return [.. record.Persons.Where(p => p.Fate == fate).Select(p => PersonName.Of(p.Name)).Where(n => n.Key.Length > 0)];
    }

    private static Extraction.Figures.FigureRange? FigureOf(MentionRecord record, IncidentFamily family) => family switch
    {
        IncidentFamily.Killing or IncidentFamily.Execution => record.Killed,
        IncidentFamily.Arrest => record.Arrested,
        IncidentFamily.Injury => record.Injured,
        _ => record.Killed ?? record.Arrested ?? record.Injured,
    };

    private BlockKey[] BlocksOf(ClusteringOptions options, string? region, int? dayTolerance = null)
    {
        // Day-precision dates reach DayTolerance into neighbouring months, so a match across a month end is found.
        var tolerance = dayTolerance ?? (SingleDay ? options.DayTolerance : 0);
        var first = DateOnly.FromDayNumber(First - tolerance);
        var last = DateOnly.FromDayNumber(Last + tolerance);
        var keys = new List<BlockKey>(2);
        for (var y = first.Year; y <= last.Year; y++)
        {
            var m0 = y == first.Year ? first.Month : 1;
            var m1 = y == last.Year ? last.Month : 12;
            for (var m = m0; m <= m1; m++)
            {
                if (region is not null)
                {
                    keys.Add(new BlockKey(Family, y, m, region));
                }

                if (options.UnknownPlaceJoins && dayTolerance is null)
                {
                    keys.Add(new BlockKey(Family, y, m, BlockKey.AnyRegion));
                }
            }
        }

        return [.. keys];
    }
}
