namespace Vigil.Cli.Bench;

/// <summary>
/// One transformation's figures: copies found of copies made (compared with their original), copies the index
/// finds (what grouping and the media page see: looked up, then compared), false matches of distractor pairs,
/// median distance of the found.
/// </summary>
internal sealed record TransformScore(string Transform, int Copies, int Found, int Indexed, int Pairs, int FalseMatches, int? MedianDistance)
{
    public double Recall => (double)Found / Math.Max(1, Copies);

    public double IndexRecall => (double)Indexed / Math.Max(1, Copies);

    public double FalseMatchRate => (double)FalseMatches / Math.Max(1, Pairs);
}
