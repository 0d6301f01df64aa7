namespace Vigil.Core.Evaluation;

/// <summary>
/// The totals over all documents, rounded to three decimals exactly as score.py rounds them (Python's
/// <c>round</c>). Accuracies are over matched pairs; they are 0 when nothing matched.
/// </summary>
public sealed record ScoreTotals
{
    /// <summary>Documents scored.</summary>
    public required int Docs { get; init; }

    /// <summary>Documents the extractor produced nothing for.</summary>
    public required int MissingDocs { get; init; }

    /// <summary>Matched incidents / predicted incidents.</summary>
    public required double IncidentPrecision { get; init; }

    /// <summary>Matched incidents / gold incidents.</summary>
    public required double IncidentRecall { get; init; }

    /// <summary>Harmonic mean of incident precision and recall.</summary>
    public required double IncidentF1 { get; init; }

    /// <summary>F1 counting only matches whose date and place are right: the headline figure.</summary>
    public required double StrictF1 { get; init; }

    /// <summary>Share of matched incidents with the right date.</summary>
    public required double DateAccuracy { get; init; }

    /// <summary>Share of matched incidents with the right place.</summary>
    public required double LocationAccuracy { get; init; }

    /// <summary>Share of gold figures (killed, injured, arrested) on matched incidents whose minimum was right; null when gold gave none.</summary>
    public required double? CountAccuracy { get; init; }

    /// <summary>Matched statements / predicted statements.</summary>
    public required double StatementPrecision { get; init; }

    /// <summary>Matched statements / gold statements.</summary>
    public required double StatementRecall { get; init; }

    /// <summary>Harmonic mean of statement precision and recall.</summary>
    public required double StatementF1 { get; init; }

    /// <summary>Share of matched statements with the right date.</summary>
    public required double StatementDateAccuracy { get; init; }

    /// <summary>Incidents in the gold files.</summary>
    public required int GoldIncidents { get; init; }

    /// <summary>Incidents predicted.</summary>
    public required int PredictedIncidents { get; init; }

    /// <summary>Incidents matched.</summary>
    public required int MatchedIncidents { get; init; }

    /// <summary>Incidents matched with date and place right.</summary>
    public required int StrictIncidents { get; init; }

    /// <summary>Statements in the gold files.</summary>
    public required int GoldStatements { get; init; }

    /// <summary>Statements predicted.</summary>
    public required int PredictedStatements { get; init; }

    /// <summary>Statements matched.</summary>
    public required int MatchedStatements { get; init; }

    /// <summary>Documents whose gold has a <c>persons</c> key; person figures are over these only and printed only when there are some.</summary>
    public int PersonDocs { get; init; }

    /// <summary>Matched persons / predicted persons.</summary>
    public double PersonPrecision { get; init; }

    /// <summary>Matched persons / gold persons.</summary>
    public double PersonRecall { get; init; }

    /// <summary>Harmonic mean of person precision and recall.</summary>
    public double PersonF1 { get; init; }

    /// <summary>Share of matched persons with the right age (a null gold age predicted null).</summary>
    public double PersonAgeAccuracy { get; init; }

    /// <summary>Share of matched persons with the right date.</summary>
    public double PersonDateAccuracy { get; init; }

    /// <summary>Persons in the gold files.</summary>
    public int GoldPersons { get; init; }

    /// <summary>Persons predicted (on documents whose persons are scored).</summary>
    public int PredictedPersons { get; init; }

    /// <summary>Persons matched.</summary>
    public int MatchedPersons { get; init; }
}
