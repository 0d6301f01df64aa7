namespace Vigil.Core.Statements;

/// <summary>The thresholds of <see cref="StatementClusterer"/> (docs/pipeline/clustering.md).</summary>
public sealed class StatementClusteringOptions
{
    /// <summary>
    /// The least quote similarity for the same utterance: the share of the shorter quote's content words (folded,
    /// stop words dropped) that the other quote also contains. Default 0.6 — the same remark with a few words
    /// translated differently passes; two remarks on one topic rarely do. An excerpt of a longer quotation scores 1.
    /// </summary>
    public double QuoteSimilarity { get; init; } = 0.6;

    /// <summary>
    /// Quotes with fewer content words than this must have exactly the same content words to match. Default 3:
    /// "No comment." must not match every other two-word remark.
    /// </summary>
    public int MinContentWords { get; init; } = 3;

    /// <summary>How many days apart two day-precision dates may be. Default 1: reports date a speech by the day it aired or the next.</summary>
    public int DayTolerance { get; init; } = 1;

    /// <summary>Whether a statement with no date may match (on speaker and quote alone). Default true: reports often quote without a date.</summary>
    public bool UnknownDateJoins { get; init; } = true;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(QuoteSimilarity, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(QuoteSimilarity, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegative(MinContentWords);
        ArgumentOutOfRangeException.ThrowIfNegative(DayTolerance);
    }
}
