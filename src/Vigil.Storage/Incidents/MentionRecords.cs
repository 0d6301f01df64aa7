using System.Collections.Immutable;
using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Output;
using Vigil.Core.Extraction.Places;
using Vigil.Core.Incidents;
using Vigil.Storage.Mentions;

namespace Vigil.Storage.Incidents;

/// <summary>Converts stored mentions into what Core's clusterer and figure rules read.</summary>
public static class MentionRecords
{
    /// <summary>The clusterer's view of a stored mention.</summary>
    public static MentionRecord Of(Mention m, string? sourceKey) => new(
        m.Id,
        ExtractionJson.ParseType(m.Type) ?? Core.Extraction.Incidents.IncidentType.Other,
        PartialDate.Parse(m.Date),
        PartialDate.Parse(m.DateEnd),
        m.Country is null ? null : new Place(m.Place ?? m.Country, m.Admin1, m.Country, m.Latitude ?? 0, m.Longitude ?? 0, PrecisionOf(m.GeoPrecision)),
        Split(m.Actors),
        Split(m.Victims),
        sourceKey,
        Range(m.KilledMin, m.KilledMax),
        Range(m.InjuredMin, m.InjuredMax),
        Range(m.ArrestedMin, m.ArrestedMax),
        ExtractionJson.ParseDateSource(m.DateSource),
        OrderKeyOf(m));

    /// <summary>
    /// The mention's place in the clusterer's canonical order: its report's SHA-256 and its position in the report, which
    /// depend on the report's bytes only, so the incidents do not depend on the order reports were ingested in.
    /// </summary>
    public static string OrderKeyOf(Mention m) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{m.ReportId}:{m.Ordinal:D6}");

    /// <summary>The figure rules' view of a member: the mention with its source's affiliation and grades.</summary>
    public static SourcedMention Sourced(MemberMention member) => new(
        Of(member.Mention, member.SourceKey),
        member.Affiliation,
        Enum.TryParse<ReliabilityGrade>(member.Reliability, out var grade) ? grade : ReliabilityGrade.F,
        member.Mention.Credibility);

    private static GeoPrecision PrecisionOf(string? name) => name switch
    {
        "city" => GeoPrecision.City,
        "province" => GeoPrecision.Province,
        _ => GeoPrecision.Country,
    };

    private static FigureRange? Range(int? min, int? max) => min is { } lo ? new FigureRange(lo, max) : null;

    private static ImmutableArray<string> Split(string list) =>
        [.. list.Split("; ", StringSplitOptions.RemoveEmptyEntries)];
}
