namespace Vigil.Web.Api;

/// <summary>One report's account of an incident: the report, its source, the mention's own values and its evidence span.</summary>
internal sealed record IncidentMentionResponse(
    Guid Id,
    string ReportId,
    string? ReportTitle,
    string? Source,
    string? SourceReliability,
    DateOnly? Published,
    string Type,
    string? Date,
    string? Place,
    int Credibility,
    string? JoinedBecause,
    bool Pinned,
    SpanResponse Evidence);
