namespace Vigil.Core.Incidents;

/// <summary>The thresholds of <see cref="IncidentClusterer"/>. The defaults are the documented behaviour (docs/pipeline/clustering.md).</summary>
public sealed class ClusteringOptions
{
    /// <summary>
    /// How many days apart two day-precision dates may be and still denote the same incident. Default 0: the same
    /// day. Raising it to 1 absorbs time-zone and "last night" reporting differences at some cost in precision.
    /// </summary>
    public int DayTolerance { get; init; }

    /// <summary>
    /// Whether a mention with no place may join a cluster (when exactly one compatible cluster exists in its
    /// family and month, in any region). Default false: an unknown place joins nothing and stays its own incident.
    /// </summary>
    public bool UnknownPlaceJoins { get; init; }

    /// <summary>
    /// The longest explicit date range (a mention with an end date; first to last day, inclusive) that may join
    /// anything. Default 62 days: a mention dated "between January and June" is too vague to be matched and stays
    /// its own incident. Month- and year-precision single dates are not ranges and are not limited by this.
    /// </summary>
    public int MaxRangeDays { get; init; } = 62;

    /// <summary>
    /// How far back from a publication-date fallback (<see cref="Extraction.Dates.DateSource.Publication"/>) the incident
    /// may lie: such a mention is weighed as the window [published − this, published]. Default 92 days (a quarter):
    /// reports that give no date mostly speak of recent events.
    /// </summary>
    public int PublicationWindowDays { get; init; } = 92;

    /// <summary>
    /// Whether a country-level mention ("protests across Iran") may join an incident placed in a city or province of
    /// that country, and the reverse, when it is the only compatible incident. Default true.
    /// </summary>
    public bool CountryJoinsFiner { get; init; } = true;

    /// <summary>
    /// How many days apart two accounts naming the same person with the same fate (killed, arrested, executed) may be dated
    /// and still be joined. Default 2: a death reported "on Friday night" and "on Saturday", or an execution announced the day
    /// after, is one incident; the name, not the day, carries the match.
    /// </summary>
    public int PersonDayTolerance { get; init; } = 2;

    /// <summary>Throws when a value is out of range (a programmer error: options are validated where they are bound).</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(DayTolerance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(DayTolerance, 31);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxRangeDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxRangeDays, 3660);
        ArgumentOutOfRangeException.ThrowIfNegative(PersonDayTolerance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(PersonDayTolerance, 31);
        ArgumentOutOfRangeException.ThrowIfNegative(PublicationWindowDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(PublicationWindowDays, 3660);
    }
}
