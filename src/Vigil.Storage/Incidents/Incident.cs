namespace Vigil.Storage.Incidents;

/// <summary>
/// A deduplicated real-world event: the unit users count, map, review and cite. Built from the
/// Mentions of one or more reports. Machine values come from clustering; an editor's values are
/// kept beside them (<see cref="OverridesJson"/>), never over them.
/// </summary>
public sealed class Incident
{
    /// <summary>Id. For a machine-made incident, the smallest member mention id, so re-clustering the same mentions gives the same ids.</summary>
    public required Guid Id { get; init; }

    /// <summary>Incident type (machine value).</summary>
    public required string Type { get; set; }

    /// <summary>YYYY-MM-DD, YYYY-MM or YYYY: the most precise date among the mentions.</summary>
    public string? Date { get; set; }

    /// <summary>End of a range.</summary>
    public string? DateEnd { get; set; }

    /// <summary>First day the date can denote.</summary>
    public DateOnly? DateFrom { get; set; }

    /// <summary>Last day the date can denote.</summary>
    public DateOnly? DateTo { get; set; }

    /// <summary>Where the date came from: "text", or "publication" when only a report's publication date stood in; null when undated.</summary>
    public string? DateSource { get; set; }

    /// <summary>The most precise place among the mentions.</summary>
    public string? Place { get; set; }

    /// <summary>Province.</summary>
    public string? Admin1 { get; set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; set; }

    /// <summary>WGS84 latitude.</summary>
    public double? Latitude { get; set; }

    /// <summary>WGS84 longitude.</summary>
    public double? Longitude { get; set; }

    /// <summary>city, province or country.</summary>
    public string? GeoPrecision { get; set; }

    /// <summary>Who acted, "; "-separated, across mentions.</summary>
    public string Actors { get; set; } = string.Empty;

    /// <summary>Who it was done to, "; "-separated, across mentions.</summary>
    public string Victims { get; set; } = string.Empty;

    /// <summary>Lowest reported minimum of killed across sources.</summary>
    public int? KilledMin { get; set; }

    /// <summary>Highest reported maximum (null when some source gave an open-ended figure or none gave a maximum).</summary>
    public int? KilledMax { get; set; }

    /// <summary>The most reliable source's figure (its minimum).</summary>
    public int? KilledBest { get; set; }

    /// <summary>Injured: lowest minimum.</summary>
    public int? InjuredMin { get; set; }

    /// <summary>Injured: highest maximum.</summary>
    public int? InjuredMax { get; set; }

    /// <summary>Injured: most reliable source's figure.</summary>
    public int? InjuredBest { get; set; }

    /// <summary>Arrested: lowest minimum.</summary>
    public int? ArrestedMin { get; set; }

    /// <summary>Arrested: highest maximum.</summary>
    public int? ArrestedMax { get; set; }

    /// <summary>Arrested: most reliable source's figure.</summary>
    public int? ArrestedBest { get; set; }

    /// <summary>Who claims what: JSON array of {kind, source, min, max, reliability, credibility, mention}.</summary>
    public string FiguresJson { get; set; } = "[]";

    /// <summary>Mentions in the incident.</summary>
    public int MentionCount { get; set; }

    /// <summary>Distinct sources reporting it.</summary>
    public int SourceCount { get; set; }

    /// <summary>Independent sources: sources with the same affiliation count once.</summary>
    public int Corroboration { get; set; }

    /// <summary>Source names, "; "-separated.</summary>
    public string Sources { get; set; } = string.Empty;

    /// <summary>unreviewed, confirmed, disputed or rejected.</summary>
    public string Status { get; set; } = IncidentStatus.Unreviewed;

    /// <summary>An editor's values for fields, JSON object field → value; the machine value stays in its column.</summary>
    public string OverridesJson { get; set; } = "{}";

    /// <summary>
    /// True when it is told at a wave's grain (a country or province over several days: "protests across Iran in
    /// November"). A wave's figures are the wave's as a whole: lists, stats, the map and exports keep them apart from the
    /// figures of the days and places (<see cref="PartOfId"/>) inside it, never adding the two.
    /// </summary>
    public bool IsWave { get; set; }

    /// <summary>The wave this incident (one day, one place) is a part of; null when none. Written by clustering unless <see cref="PartOfPinned"/>.</summary>
    public Guid? PartOfId { get; set; }

    /// <summary>True when an editor linked or unlinked it (<see cref="LinkPart"/>): clustering leaves <see cref="PartOfId"/> as the editor set it.</summary>
    public bool PartOfPinned { get; set; }

    /// <summary>Why it is (or is not) a part of a wave: the clustering's reason, or the editor who decided.</summary>
    public string? PartOfReason { get; set; }

    /// <summary>When it was last changed (UTC).</summary>
    public DateTime UpdatedAt { get; set; }
}
