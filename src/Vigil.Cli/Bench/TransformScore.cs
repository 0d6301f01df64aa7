namespace Vigil.Cli.Bench;

/// <summary>One transformation's figures: copies found of copies made, false matches of distractor pairs, median distance of the found.</summary>
internal sealed record TransformScore(string Transform, int Copies, int Found, int Pairs, int FalseMatches, int? MedianDistance)
{
    public double Recall => (double)Found / Math.Max(1, Copies);

    public double FalseMatchRate => (double)FalseMatches / Math.Max(1, Pairs);
}
