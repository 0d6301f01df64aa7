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
    /// <summary>True when every rule holds.</summary>
    public static bool Agree(MentionFacts a, MentionFacts b, ClusteringOptions options) =>
        a.Family == b.Family
        && DatesAgree(a, b, options)
        && PlacesAgree(a, b)
        && a.Actors.AgreesWith(b.Actors)
        && a.Victims.AgreesWith(b.Victims);

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
    /// Same city; a province agrees with itself and with any city inside it; a country-level place agrees only
    /// with the same country at country level (it never absorbs a city or province incident). An unknown place
    /// agrees with anything — it only gets here when <see cref="ClusteringOptions.UnknownPlaceJoins"/> is on.
    /// </summary>
    public static bool PlacesAgree(MentionFacts a, MentionFacts b)
    {
        if (a.Region is null || b.Region is null)
        {
            return true;
        }

        if (a.Precision == GeoPrecision.Country || b.Precision == GeoPrecision.Country)
        {
            return a.Precision == b.Precision && string.Equals(a.Region, b.Region, StringComparison.Ordinal);
        }

        if (!string.Equals(a.Region, b.Region, StringComparison.Ordinal))
        {
            return false;
        }

        return a.City is null || b.City is null || string.Equals(a.City, b.City, StringComparison.Ordinal);
    }

    /// <summary>The fields that agreed between <paramref name="joiner"/> and <paramref name="member"/>, for a <see cref="MergeReason"/>.</summary>
    public static string Describe(MentionFacts joiner, MentionFacts member)
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
        return sb.ToString();
    }

    private static string DateText(MentionFacts f) =>
        f.Record.DateEnd is { } end && f.Record.Date is { } start ? $"{start}..{end}" : f.Record.Date?.ToString() ?? "?";

    private static string PlaceText(Place? place) => place is null
        ? "unknown"
        : place.Precision switch
        {
            GeoPrecision.City => $"{place.Name} (city, {place.Admin1})",
            GeoPrecision.Province => $"{place.Name} (province)",
            _ => $"{place.Name} (country)",
        };
}
