using System.Collections.Immutable;
using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Places;
using Vigil.Core.Incidents;

namespace Vigil.Core.Tests.Incidents;

/// <summary>Hand-made mentions and places for clustering tests.</summary>
internal static class Mentions
{
    public static readonly Place Shiraz = new("Shiraz", "Fars", "IR", 29.61, 52.53, GeoPrecision.City);
    public static readonly Place Kazerun = new("Kazerun", "Fars", "IR", 29.62, 51.65, GeoPrecision.City);
    public static readonly Place Fars = new("Fars", "Fars", "IR", 29.1, 53.0, GeoPrecision.Province);
    public static readonly Place Tehran = new("Tehran", "Tehran", "IR", 35.69, 51.39, GeoPrecision.City);
    public static readonly Place Iran = new("Iran", null, "IR", 32.0, 53.0, GeoPrecision.Country);

    public static Guid G(int i) => new(i, 0, 0, new byte[8]);

    public static PartialDate Day(int y, int m, int d) => PartialDate.OfDay(new DateOnly(y, m, d));

    public static MentionRecord M(
        int id,
        IncidentType type,
        PartialDate? date,
        Place? place,
        string[]? actors = null,
        string[]? victims = null,
        string? source = null,
        PartialDate? dateEnd = null,
        FigureRange? killed = null) =>
        new(G(id), type, date, dateEnd, place,
            actors is null ? [] : [.. actors],
            victims is null ? [] : [.. victims],
            source, killed);

    /// <summary>The clusters as sorted id lists, for comparisons that read well in a failure message.</summary>
    public static string Shape(IEnumerable<IncidentCluster> clusters) =>
        string.Join(" | ", clusters.Select(c => string.Join(",", c.MentionIds.Select(Number))));

    /// <summary>Everything about the clusters (keys, members, reasons, wave and part links) as one string.</summary>
    public static string Full(IEnumerable<IncidentCluster> clusters) =>
        string.Join("\n", clusters.Select(c =>
            $"{c.Key}: {string.Join(",", c.MentionIds)} / {string.Join(" ; ", c.Reasons.Select(r => $"{r.MentionId}<-{r.WithMentionId}: {r.Fields}"))} / wave={c.IsWave} part of {c.PartOf}: {c.PartReason}"));

    /// <summary>The clusters as sorted id lists with their links: "1,2" for an incident, "3 (wave)", "4 &lt; 3" for a part of the wave keyed 3.</summary>
    public static string Linked(IEnumerable<IncidentCluster> clusters) =>
        string.Join(" | ", clusters.Select(c =>
            string.Join(",", c.MentionIds.Select(Number)) + (c.IsWave ? " (wave)" : string.Empty) + (c.PartOf is { } w ? $" < {Number(w)}" : string.Empty)));

    public static ImmutableArray<string> None => [];

    private static int Number(Guid g) => BitConverter.ToInt32(g.ToByteArray(), 0);
}
