using Vigil.Storage.Incidents;
using Vigil.Web.Incidents;

namespace Vigil.Web.Api;

/// <summary>
/// One incident: the machine's values, an editor's values beside them in <c>editor</c> (field → value, never
/// written over the machine's), every source's figure, the mentions (at most 50; <c>mentionCount</c> counts all)
/// and the incident's audit history. <c>wave</c> is true when its figures are told for a wave as a whole (never to be
/// added to its <c>parts</c>' figures); <c>partOf</c> is the wave a day-and-place incident belongs to.
/// </summary>
internal sealed record IncidentResponse(
    Guid Id,
    string Status,
    string Type,
    string? Date,
    string? DateEnd,
    string? Place,
    string? Province,
    string? Country,
    double? Latitude,
    double? Longitude,
    string? PlacePrecision,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Victims,
    FigureRange? Killed,
    FigureRange? Injured,
    FigureRange? Arrested,
    int MentionCount,
    int SourceCount,
    int Corroboration,
    IReadOnlyList<string> Sources,
    DateTime UpdatedAt,
    IReadOnlyDictionary<string, string> Editor,
    IReadOnlyList<SourceFigureResponse> Figures,
    IReadOnlyList<IncidentMentionResponse> Mentions,
    IReadOnlyList<HistoryEntryResponse> History,
    bool Wave,
    Guid? PartOf,
    string? PartOfReason,
    IReadOnlyList<Guid> Parts)
{
    public static IncidentResponse Of(IncidentDetail detail)
    {
        var i = detail.Incident;
        return new IncidentResponse(
            i.Id, i.Status, i.Type, i.Date, i.DateEnd, i.Place, i.Admin1, i.Country, i.Latitude, i.Longitude, i.GeoPrecision,
            List(i.Actors), List(i.Victims),
            FigureRange.Of(i.KilledMin, i.KilledMax, i.KilledBest),
            FigureRange.Of(i.InjuredMin, i.InjuredMax, i.InjuredBest),
            FigureRange.Of(i.ArrestedMin, i.ArrestedMax, i.ArrestedBest),
            i.MentionCount, i.SourceCount, i.Corroboration, List(i.Sources), i.UpdatedAt,
            detail.Editor,
            [.. detail.Figures.Select(SourceFigureResponse.Of)],
            [.. detail.Mentions.Select(m => new IncidentMentionResponse(
                m.Mention.Id, m.ReportId, m.ReportTitle, m.Source, m.Reliability, m.Published, m.Mention.Type, m.Mention.Date, m.Mention.Place,
                m.Mention.Credibility, m.Mention.MergeReason, m.Mention.Pinned, new SpanResponse(m.Mention.EvidenceStart, m.Mention.EvidenceEnd, m.Evidence)))],
            [.. detail.History.Select(e => new HistoryEntryResponse(e.Sequence, e.At, e.Actor, e.Action))],
            i.IsWave || detail.Parts is { Count: > 0 },
            i.PartOfId,
            i.PartOfReason,
            [.. (detail.Parts ?? []).Select(p => p.Id)]);
    }

    /// <summary>A stored "; "-separated list as a list.</summary>
    public static IReadOnlyList<string> List(string? joined) => (joined ?? string.Empty).Split("; ", StringSplitOptions.RemoveEmptyEntries);
}
