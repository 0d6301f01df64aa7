namespace Vigil.Storage.Mentions;

/// <summary>One report's account of a statement: who said what, where and when, with the span it came from.</summary>
public sealed class StatementMention
{
    /// <summary>Client-generated id (UUID v7).</summary>
    public required Guid Id { get; init; }

    /// <summary>The report it was extracted from.</summary>
    public required string ReportId { get; init; }

    /// <summary>Position among the report's statements (text order).</summary>
    public int Ordinal { get; init; }

    /// <summary>The speaker (person or organisation).</summary>
    public required string Speaker { get; init; }

    /// <summary>The speaker's role, if given.</summary>
    public string? SpeakerRole { get; init; }

    /// <summary>YYYY-MM-DD, YYYY-MM or YYYY.</summary>
    public string? Date { get; init; }

    /// <summary>Where it was said or published.</summary>
    public string? Outlet { get; init; }

    /// <summary>The quoted or reported words.</summary>
    public required string Quote { get; init; }

    /// <summary>Start of the evidence span in the report body.</summary>
    public int EvidenceStart { get; init; }

    /// <summary>End of the evidence span (exclusive).</summary>
    public int EvidenceEnd { get; init; }

    /// <summary>The speaker's identity key (folded full name) the statement clusterer grouped it under.</summary>
    public string? SpeakerKey { get; set; }

    /// <summary>The Statement (one utterance, possibly quoted by several reports) this belongs to.</summary>
    public Guid? StatementId { get; set; }
}
