namespace Vigil.Web.Incidents;

/// <summary>
/// One row of the incident list: a clustered incident. Type, date, place and province are the effective
/// values (an editor's where set, else the machine's); figures are the machine's range across sources and
/// the most reliable source's figure; <see cref="Editor"/> holds every editor value (figures too).
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
    int? KilledBest,
    int? InjuredMin,
    int? InjuredMax,
    int? InjuredBest,
    int? ArrestedMin,
    int? ArrestedMax,
    int? ArrestedBest,
    int Mentions,
    int SourceCount,
    int Corroboration,
    string Sources,
    string Status,
    IReadOnlyDictionary<string, string> Editor);
