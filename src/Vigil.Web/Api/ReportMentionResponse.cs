using Vigil.Storage.Mentions;

namespace Vigil.Web.Api;

/// <summary>An incident as one report tells it (a mention), with the incident it was clustered into.</summary>
internal sealed record ReportMentionResponse(
    Guid Id,
    Guid? IncidentId,
    string Type,
    string? Date,
    string? DateEnd,
    string? Place,
    string? Province,
    string? Country,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Victims,
    FigureRange? Killed,
    FigureRange? Injured,
    FigureRange? Arrested,
    double Confidence,
    int Credibility,
    SpanResponse Evidence)
{
    public static ReportMentionResponse Of(Mention m, string body) => new(
        m.Id, m.IncidentId, m.Type, m.Date, m.DateEnd, m.Place, m.Admin1, m.Country,
        IncidentResponse.List(m.Actors), IncidentResponse.List(m.Victims),
        FigureRange.Of(m.KilledMin, m.KilledMax, null), FigureRange.Of(m.InjuredMin, m.InjuredMax, null), FigureRange.Of(m.ArrestedMin, m.ArrestedMax, null),
        m.Confidence, m.Credibility, Span(body, m.EvidenceStart, m.EvidenceEnd));

    public static SpanResponse Span(string body, int start, int end)
    {
        start = Math.Clamp(start, 0, body.Length);
        end = Math.Clamp(end, start, body.Length);
        return new SpanResponse(start, end, body[start..end]);
    }
}
