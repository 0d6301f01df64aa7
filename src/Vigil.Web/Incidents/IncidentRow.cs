namespace Vigil.Web.Incidents;

/// <summary>
/// One row of the incident list. Today each row is one mention (one report's account); when clustered
/// incidents land, the same row describes an incident (its id, its merged fields, its number of sources).
/// </summary>
public sealed record IncidentRow(
    Guid Id,
    string Type,
    string? Date,
    string? DateEnd,
    string? Place,
    string? Province,
    int? KilledMin,
    int? KilledMax,
    int? InjuredMin,
    int? InjuredMax,
    int? ArrestedMin,
    int? ArrestedMax,
    string ReportId,
    string? ReportTitle,
    string? SourceName,
    double Confidence);
