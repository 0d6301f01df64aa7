using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Extraction.Statements;

/// <summary>A statement being assembled: the attribution found, before merging continuations.</summary>
internal sealed class StatementDraft
{
    public required string Speaker { get; set; }

    public string? Role { get; set; }

    public string? Outlet { get; set; }

    public PartialDate? Date { get; set; }

    public required TextSpan Quote { get; set; }

    public required TextSpan Evidence { get; set; }

    /// <summary>Index of the quotation it takes its words from; -1 for reported speech.</summary>
    public int QuoteIndex { get; init; } = -1;

    /// <summary>The attribution clause (subject, verb and the words around them, outside quotations).</summary>
    public required TextSpan Attribution { get; init; }

    /// <summary>True when the subject was "he"/"she"/"the official" or the verb says it goes on ("added").</summary>
    public bool Continues { get; init; }

    public SpeakerKind Kind { get; set; }
}
