namespace Vigil.Core.Evaluation;

/// <summary>The figures for one document: how many gold and predicted items, and how many matched.</summary>
/// <param name="Doc">The document id.</param>
/// <param name="GoldIncidents">Incidents in the gold file.</param>
/// <param name="PredictedIncidents">Incidents the extractor found.</param>
/// <param name="MatchedIncidents">One-to-one matches (same type, and overlapping evidence or the same date and place).</param>
/// <param name="StrictIncidents">Matches whose date and place are also right.</param>
/// <param name="GoldStatements">Statements in the gold file.</param>
/// <param name="PredictedStatements">Statements the extractor found.</param>
/// <param name="MatchedStatements">One-to-one matches (same speaker, and overlapping evidence or the same date).</param>
/// <param name="Missing">True when the extractor produced nothing for this document.</param>
public sealed record DocumentScore(
    string Doc,
    int GoldIncidents,
    int PredictedIncidents,
    int MatchedIncidents,
    int StrictIncidents,
    int GoldStatements,
    int PredictedStatements,
    int MatchedStatements,
    bool Missing)
{
    /// <summary>Persons in the gold file; null when the gold file has no <c>persons</c> key (then persons are not scored).</summary>
    public int? GoldPersons { get; init; }

    /// <summary>Persons the extractor found, on a document whose persons are scored.</summary>
    public int? PredictedPersons { get; init; }

    /// <summary>One-to-one person matches (same fate and name), on a document whose persons are scored.</summary>
    public int? MatchedPersons { get; init; }
}
