namespace Vigil.Storage.Incidents;

/// <summary>
/// A stored mention as a clustering round reads it: the columns the clusterer weighs, where the mention stands (its
/// incident, whether an editor pinned it) and its report's source key. Read as a projection rather than as a
/// <see cref="Mentions.Mention"/> with its report and source: a round reads every stored mention its blocks connect to,
/// and what the clusterer does not weigh (the evidence span, the date columns for searching) was much of each row. The merge
/// reason is read to be compared with the round's (<see cref="ClusterIncidents"/> keeps its hash, not the text).
/// </summary>
internal sealed record MentionRow(
    Guid Id,
    string ReportId,
    int Ordinal,
    string Type,
    string? Date,
    string? DateEnd,
    string? DateSource,
    string? Place,
    string? Admin1,
    string? Country,
    double? Latitude,
    double? Longitude,
    string? GeoPrecision,
    string Actors,
    string Victims,
    int? KilledMin,
    int? KilledMax,
    int? InjuredMin,
    int? InjuredMax,
    int? ArrestedMin,
    int? ArrestedMax,
    Guid? IncidentId,
    bool Pinned,
    string? SourceKey,
    string? MergeReason = null);
