using System.Globalization;
using System.Text;
using Vigil.Core.Extraction.Places;

namespace Vigil.Core.Incidents;

/// <summary>
/// The pairwise rules: two mentions may describe the same incident when they agree on family, date, place,
/// actors and victims. Each rule is a separate method so each can be tested and documented on its own
/// (docs/pipeline/clustering.md).
/// </summary>
internal static class MentionCompatibility
{
    /// <summary>
    /// True when every rule holds. A wave-grained account (<see cref="MentionFacts.IsWave"/>) and a finer one are never
    /// the same incident: the finer one is at most a part of the wave (<see cref="WaveParts"/>); an account coarser than a
    /// wave (a year, or only a publication date, over a country or province) may join one (<see cref="CoarseMeetsWave"/>).
    /// Named persons weigh first: different ones on both sides refuse (<see cref="PersonsClash"/>), the same one with the
    /// same fate agrees across places and on dates a few days apart (<see cref="SamePerson"/>).
    /// </summary>
    public static bool Agree(MentionFacts a, MentionFacts b, ClusteringOptions options) =>
        a.Family == b.Family
        && (a.IsWave == b.IsWave || CoarseMeetsWave(a, b))
        && !PersonsClash(a, b)
        && !ReportTellsApart(a, b)
        && a.Actors.AgreesWith(b.Actors)
        && a.Victims.AgreesWith(b.Victims)
        && DatesAndPlacesAgree(a, b, options);

    /// <summary>
    /// Date and place, weighed with the named persons: the same named person with the same fate needs only the same country
    /// (or an unknown place on one side) and dates within <see cref="ClusteringOptions.PersonDayTolerance"/>; otherwise
    /// <see cref="DatesAgree"/> and <see cref="PlacesAgree"/>.
    /// </summary>
    public static bool DatesAndPlacesAgree(MentionFacts a, MentionFacts b, ClusteringOptions options) =>
        SamePerson(a, b)
            ? a.HasDate && b.HasDate
                && a.First - options.PersonDayTolerance <= b.Last && b.First - options.PersonDayTolerance <= a.Last
                && (a.Country is null || b.Country is null || string.Equals(a.Country, b.Country, StringComparison.Ordinal))
            : DatesAgree(a, b, options) && PlacesAgree(a, b, options);

    /// <summary>
    /// One side is a wave and the other an account coarser than any wave over a country or province (a year, or a
    /// publication-date window: "the protests of 2018 across Iran", "the recent unrest in Khuzestan"): it may be that wave
    /// (dates and place still have to agree, and the "exactly one candidate" rule keeps it from guessing among several).
    /// </summary>
    public static bool CoarseMeetsWave(MentionFacts a, MentionFacts b) =>
        (a.IsWave && b.IsCoarse) || (b.IsWave && a.IsCoarse);

    /// <summary>
    /// Both accounts name persons with their fate (killed, arrested, executed), both name everyone they speak of
    /// (<see cref="MentionFacts.PersonsComplete"/>), and no name on one side can be a name on the other: two different
    /// people's deaths or arrests, whatever else agrees. A name that may be a shorter form of the other ("Rahimi",
    /// "Mohammad Rahimi") is not a contradiction.
    /// </summary>
    public static bool PersonsClash(MentionFacts a, MentionFacts b)
    {
        if (!a.PersonsComplete || !b.PersonsComplete || a.Family != b.Family)
        {
            return false;
        }

        foreach (var p in a.Persons)
        {
            foreach (var q in b.Persons)
            {
                if (MayBeOne(p, q))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Both accounts name the same person, by a full name (given name and surname: <see cref="Persons.PersonName.Unlinkable"/>
    /// is null) whose key is the same in any script, with the fate of their family: strong evidence of one incident.
    /// </summary>
    public static bool SamePerson(MentionFacts a, MentionFacts b)
    {
        if (a.Family != b.Family || a.Persons.Length == 0 || b.Persons.Length == 0)
        {
            return false;
        }

        foreach (var p in a.Persons)
        {
            if (p.Unlinkable is not null)
            {
                continue;
            }

            foreach (var q in b.Persons)
            {
                if (q.Unlinkable is null && string.Equals(p.Key, q.Key, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The same report gives both accounts, of the same family, with different dates from its text and different tolls
    /// ("304 killed in November; more than 220 of them on the 16th and 17th"): the report itself tells the two apart, so
    /// they are two incidents (the shorter one is at most a part of the longer). Without two tolls, a report's "protests in
    /// November" and "protests between 15 and 19 November" may well be one account told twice, and are weighed as usual.
    /// </summary>
    public static bool ReportTellsApart(MentionFacts a, MentionFacts b) =>
        a.Record.ReportKey is { } report
        && string.Equals(report, b.Record.ReportKey, StringComparison.Ordinal)
        && a.Family == b.Family
        && a.HasDate && b.HasDate && !a.FromPublication && !b.FromPublication
        && (a.First != b.First || a.Last != b.Last)
        && a.Toll is { } x && b.Toll is { } y && x != y;

    /// <summary>The same key, or every word of the shorter name among the longer one's words ("Rahimi" in "Mohammad Rahimi").</summary>
    private static bool MayBeOne(Persons.PersonName p, Persons.PersonName q)
    {
        if (string.Equals(p.Key, q.Key, StringComparison.Ordinal))
        {
            return true;
        }

        var (shorter, longer) = p.Skeletons.Count <= q.Skeletons.Count ? (p, q) : (q, p);
        return shorter.Skeletons.Count > 0 && shorter.Skeletons.All(w => longer.Skeletons.Contains(w, StringComparer.Ordinal));
    }

    /// <summary>
    /// Two single days: at most <see cref="ClusteringOptions.DayTolerance"/> apart. Otherwise the windows
    /// (a month, a year, a range) must overlap: "November 2019" agrees with 2019-11-17. An unknown date agrees
    /// with nothing.
    /// </summary>
    public static bool DatesAgree(MentionFacts a, MentionFacts b, ClusteringOptions options)
    {
        if (!a.HasDate || !b.HasDate)
        {
            return false;
        }

        if (a.SingleDay && b.SingleDay)
        {
            return Math.Abs(a.First - b.First) <= options.DayTolerance;
        }

        return a.First <= b.Last && b.First <= a.Last;
    }

    /// <summary>
    /// Same city; a province agrees with itself and with any city inside it; a country-level place agrees with the
    /// same country, and with a city or province in it when <see cref="ClusteringOptions.CountryJoinsFiner"/> is on
    /// both dates are within a month and the country-level date is no wider than the finer one's (the "exactly one
    /// candidate" rule then keeps it from guessing among several). An unknown place agrees with
    /// anything — it only gets here when <see cref="ClusteringOptions.UnknownPlaceJoins"/> is on.
    /// </summary>
    public static bool PlacesAgree(MentionFacts a, MentionFacts b, ClusteringOptions options)
    {
        if (a.Region is null || b.Region is null)
        {
            return true;
        }

        if (a.Precision == GeoPrecision.Country || b.Precision == GeoPrecision.Country)
        {
            return string.Equals(a.Country, b.Country, StringComparison.Ordinal)
                && (a.Precision == b.Precision || (options.CountryJoinsFiner && Narrow(a) && Narrow(b) && NoWiderThanTheFiner(a, b)));
        }

        if (!string.Equals(a.Region, b.Region, StringComparison.Ordinal))
        {
            return false;
        }

        return a.City is null || b.City is null || string.Equals(a.City, b.City, StringComparison.Ordinal);
    }

    /// <summary>
    /// At most a month: a country-level account and a city incident are put together only when both say when to within
    /// a month ("protests in Iran in January 2018" and "the 2018 Dervish protests in Tehran" are not one incident).
    /// </summary>
    private static bool Narrow(MentionFacts f) => f.HasDate && f.Last - f.First < 31;

    /// <summary>
    /// The country-level side says when no less precisely than the city or province side: "1,500 killed across Iran in
    /// November" is the wave, not the Shiraz killings of the 17th (a part of it), and must not lend them its figures.
    /// </summary>
    private static bool NoWiderThanTheFiner(MentionFacts a, MentionFacts b)
    {
        var (country, finer) = a.Precision == GeoPrecision.Country ? (a, b) : (b, a);
        return country.Last - country.First <= finer.Last - finer.First;
    }

    /// <summary>The fields that agreed between <paramref name="joiner"/> and <paramref name="member"/>, for a <see cref="MergeReason"/>.</summary>
    public static string Describe(MentionFacts joiner, MentionFacts member, ClusteringOptions options)
    {
        var sb = new StringBuilder();
        var j = joiner.Record;
        var m = member.Record;
        sb.Append(CultureInfo.InvariantCulture, $"family={joiner.Family}");
        sb.Append(j.Type == m.Type
            ? string.Create(CultureInfo.InvariantCulture, $" (type={j.Type})")
            : string.Create(CultureInfo.InvariantCulture, $" (types {j.Type}/{m.Type})"));
        sb.Append("; date ").Append(DateText(joiner));
        sb.Append(joiner.SingleDay && member.SingleDay ? (joiner.First == member.First ? " = " : " near ") : " overlaps ");
        sb.Append(DateText(member));
        sb.Append("; place ").Append(PlaceText(j.Location));
        sb.Append(joiner.City is not null && member.City is not null ? " = " : joiner.Region is null || member.Region is null ? " ~ " : " contains/within ");
        sb.Append(PlaceText(m.Location));
        var actors = joiner.Actors.SharedWith(member.Actors);
        sb.Append("; actors ").Append(actors.Length > 0 ? actors : "no contradiction");
        var victims = joiner.Victims.SharedWith(member.Victims);
        sb.Append("; victims ").Append(victims.Length > 0 ? victims : "no contradiction");
        if (SamePerson(joiner, member))
        {
            // The name itself is not written here: reasons are shown beside the incident, and a name belongs to the person's page.
            sb.Append(CultureInfo.InvariantCulture, $"; the same named person {FateWord(joiner.Family)} in both (dates within {options.PersonDayTolerance} days, places may differ in detail)");
        }
        else if (joiner.Persons.Length > 0 || member.Persons.Length > 0)
        {
            sb.Append("; named persons no contradiction");
        }

        if (CoarseMeetsWave(joiner, member))
        {
            sb.Append("; a coarser account (a year or a publication date) joins the only wave it fits");
        }
        return sb.ToString();
    }

    /// <summary>The fate a family's named persons suffered, as a word for reasons.</summary>
    public static string FateWord(IncidentFamily family) => family switch
    {
        IncidentFamily.Killing => "killed",
        IncidentFamily.Arrest => "arrested",
        IncidentFamily.Execution => "executed",
        _ => "named",
    };

    private static string DateText(MentionFacts f) =>
        f.FromPublication ? $"on or before {f.Record.Date} (publication date)"
        : f.Record.DateEnd is { } end && f.Record.Date is { } start ? $"{start}..{end}" : f.Record.Date?.ToString() ?? "?";

    private static string PlaceText(Place? place) => place is null
        ? "unknown"
        : place.Precision switch
        {
            GeoPrecision.City => $"{place.Name} (city, {place.Admin1})",
            GeoPrecision.Province => $"{place.Name} (province)",
            _ => $"{place.Name} (country)",
        };
}
