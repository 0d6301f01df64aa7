namespace Vigil.Storage.Extractions;

/// <summary>
/// What re-extracting one report did (or, in a dry run, would do): counts before and after, mentions kept because an
/// editor pinned them though the new pipeline no longer finds them, the pipeline's note (a language without a pack), or
/// the problem that left the report as it was.
/// </summary>
public sealed record ReextractOutcome(string ReportId, string? OldVersion, int IncidentsBefore, int IncidentsAfter, int StatementsBefore, int StatementsAfter, int PersonsBefore, int PersonsAfter)
{
    /// <summary>Why the report was left as it was; null when it was re-extracted.</summary>
    public string? Problem { get; init; }

    /// <summary>Mentions an editor pinned (to a confirmed, merged or split incident) that the new pipeline does not find: kept.</summary>
    public int KeptPinned { get; init; }

    /// <summary>The pipeline's note, e.g. "no extraction for language ku".</summary>
    public string? Note { get; init; }
}
