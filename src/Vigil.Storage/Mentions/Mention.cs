namespace Vigil.Storage.Mentions;

/// <summary>
/// One report's account of one incident, as the extraction pipeline coded it. Mentions are the
/// input to incident clustering; every field keeps the span of the report it came from.
/// </summary>
public sealed class Mention
{
    /// <summary>Client-generated id (UUID v7).</summary>
    public required Guid Id { get; init; }

    /// <summary>The report it was extracted from.</summary>
    public required string ReportId { get; init; }

    /// <summary>Position among the report's mentions (text order).</summary>
    public int Ordinal { get; init; }

    /// <summary>protest, riot, killing, injury, arrest, execution, attack, property_destruction, graffiti_poster, strike, other.</summary>
    public required string Type { get; init; }

    /// <summary>YYYY-MM-DD, YYYY-MM or YYYY; null when the report does not say.</summary>
    public string? Date { get; init; }

    /// <summary>End of a date range, same form.</summary>
    public string? DateEnd { get; init; }

    /// <summary>First day the date can denote (for range queries and blocking).</summary>
    public DateOnly? DateFrom { get; init; }

    /// <summary>Last day the date (or range) can denote.</summary>
    public DateOnly? DateTo { get; init; }

    /// <summary>
    /// Where the date came from: "text", or "publication" when the report's publication date stood in (the event happened
    /// on or before it; never exported as an exact day); null when there is no date (and for rows stored before the field).
    /// </summary>
    public string? DateSource { get; init; }

    /// <summary>Place name (city, province or country).</summary>
    public string? Place { get; init; }

    /// <summary>Province (English name).</summary>
    public string? Admin1 { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }

    /// <summary>WGS84 latitude.</summary>
    public double? Latitude { get; init; }

    /// <summary>WGS84 longitude.</summary>
    public double? Longitude { get; init; }

    /// <summary>city, province or country.</summary>
    public string? GeoPrecision { get; init; }

    /// <summary>Who acted, "; "-separated.</summary>
    public string Actors { get; init; } = string.Empty;

    /// <summary>Who it was done to, "; "-separated.</summary>
    public string Victims { get; init; } = string.Empty;

    /// <summary>Killed, lower bound.</summary>
    public int? KilledMin { get; init; }

    /// <summary>Killed, upper bound (null when open-ended).</summary>
    public int? KilledMax { get; init; }

    /// <summary>Injured, lower bound.</summary>
    public int? InjuredMin { get; init; }

    /// <summary>Injured, upper bound.</summary>
    public int? InjuredMax { get; init; }

    /// <summary>Arrested, lower bound.</summary>
    public int? ArrestedMin { get; init; }

    /// <summary>Arrested, upper bound.</summary>
    public int? ArrestedMax { get; init; }

    /// <summary>Start of the evidence span in the report body.</summary>
    public int EvidenceStart { get; init; }

    /// <summary>End of the evidence span (exclusive).</summary>
    public int EvidenceEnd { get; init; }

    /// <summary>0–1.</summary>
    public double Confidence { get; init; }

    /// <summary>Information credibility on the Admiralty scale, 1 (confirmed by other sources) … 5 (improbable), 6 (cannot be judged, the default until an editor grades it).</summary>
    public int Credibility { get; set; } = 6;

    /// <summary>The Incident this mention belongs to (set by clustering, or by an editor's merge/split).</summary>
    public Guid? IncidentId { get; set; }

    /// <summary>Why clustering put it there ("type=protest; date=2019-11-17; place=Shiraz"), or the editor's action.</summary>
    public string? MergeReason { get; set; }

    /// <summary>True when an editor decided this mention's incident (merge, split, review): clustering leaves it where it is.</summary>
    public bool Pinned { get; set; }
}
