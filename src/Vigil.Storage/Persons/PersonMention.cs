namespace Vigil.Storage.Persons;

/// <summary>
/// One report's account of what happened to a named person (the persons stage's person fate), with the span it came
/// from and the incident mention it belongs to. Person mentions are the input to person linking.
/// </summary>
public sealed class PersonMention
{
    /// <summary>Client-generated id (UUID v7).</summary>
    public required Guid Id { get; init; }

    /// <summary>The report it was extracted from.</summary>
    public required string ReportId { get; init; }

    /// <summary>Position among the report's person mentions (text order).</summary>
    public int Ordinal { get; init; }

    /// <summary>The name as written.</summary>
    public required string Name { get; init; }

    /// <summary>The name's linking key (joined consonant skeleton); mentions are compared only within one key.</summary>
    public required string NameKey { get; init; }

    /// <summary>The stated age (the lower one of "16 or 17"); null when not stated.</summary>
    public int? Age { get; init; }

    /// <summary>female or male, where the text says it.</summary>
    public string? Gender { get; init; }

    /// <summary>killed, injured, arrested, executed, sentenced, disappeared, released, other.</summary>
    public required string Fate { get; init; }

    /// <summary>YYYY-MM-DD, YYYY-MM or YYYY; null when the report does not say.</summary>
    public string? Date { get; init; }

    /// <summary>First day the date can denote.</summary>
    public DateOnly? DateFrom { get; init; }

    /// <summary>Last day the date can denote.</summary>
    public DateOnly? DateTo { get; init; }

    /// <summary>Place name.</summary>
    public string? Place { get; init; }

    /// <summary>Province (English name).</summary>
    public string? Admin1 { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string? Country { get; init; }

    /// <summary>Start of the evidence span in the report body.</summary>
    public int EvidenceStart { get; init; }

    /// <summary>End of the evidence span (exclusive).</summary>
    public int EvidenceEnd { get; init; }

    /// <summary>The incident mention (same report) this fate belongs to; null when none.</summary>
    public Guid? MentionId { get; init; }

    /// <summary>The Person this mention belongs to (set by linking, or by an editor's merge/split).</summary>
    public Guid? PersonId { get; set; }

    /// <summary>Why linking put it there, in words, or the editor's action.</summary>
    public string? LinkReason { get; set; }

    /// <summary>True when an editor decided this mention's person: linking leaves it where it is.</summary>
    public bool Pinned { get; set; }
}
