namespace Vigil.Storage.Persons;

/// <summary>
/// A named person who suffered repression, linked from person mentions across reports, spellings and scripts. The
/// columns hold the machine's values; an editor's values sit beside them (<see cref="OverridesJson"/>), never over them.
/// </summary>
public sealed class Person
{
    /// <summary>Id (UUID v7).</summary>
    public required Guid Id { get; init; }

    /// <summary>The name key the person was linked under.</summary>
    public required string Key { get; set; }

    /// <summary>The fullest Latin-script name seen (or the fullest name when all are in Persian script).</summary>
    public required string Name { get; set; }

    /// <summary>The fullest Persian-script name seen; null when no report writes it so.</summary>
    public string? NameLocal { get; set; }

    /// <summary>Every written form, "; "-separated.</summary>
    public string Variants { get; set; } = string.Empty;

    /// <summary>Every name form folded into one searchable string (lower case, diacritics off, plus the skeletons).</summary>
    public string SearchText { get; set; } = string.Empty;

    /// <summary>The lowest age stated by any source.</summary>
    public int? AgeMin { get; set; }

    /// <summary>The highest age stated by any source.</summary>
    public int? AgeMax { get; set; }

    /// <summary>female or male where stated.</summary>
    public string? Gender { get; set; }

    /// <summary>Every fate seen, in date order, "; "-separated ("arrested; sentenced; executed").</summary>
    public string Fates { get; set; } = string.Empty;

    /// <summary>The fates over time with dates, places and sources: JSON array of {fate, date, place, admin1, sources, reports}.</summary>
    public string FatesJson { get; set; } = "[]";

    /// <summary>Each stated age with the sources stating it: JSON array of {age, sources} ("16" per one source, "17" per another).</summary>
    public string AgesJson { get; set; } = "[]";

    /// <summary>Earliest fate date.</summary>
    public DateOnly? DateFrom { get; set; }

    /// <summary>Latest fate date.</summary>
    public DateOnly? DateTo { get; set; }

    /// <summary>The province most mentions give.</summary>
    public string? Admin1 { get; set; }

    /// <summary>Source names, "; "-separated.</summary>
    public string Sources { get; set; } = string.Empty;

    /// <summary>Number of person mentions.</summary>
    public int MentionCount { get; set; }

    /// <summary>unreviewed, confirmed, disputed, rejected.</summary>
    public string Status { get; set; } = Incidents.IncidentStatus.Unreviewed;

    /// <summary>True when an editor marked the record fit to show to viewers and in the public view (with <see cref="Status"/> confirmed).</summary>
    public bool Publishable { get; set; }

    /// <summary>The editor's values, JSON object field → value.</summary>
    public string OverridesJson { get; set; } = "{}";

    /// <summary>Last change (UTC).</summary>
    public DateTime UpdatedAt { get; set; }
}
