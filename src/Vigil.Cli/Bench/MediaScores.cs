namespace Vigil.Cli.Bench;

/// <summary>What <see cref="MediaEvaluation"/> measured.</summary>
internal sealed record MediaScores(IReadOnlyList<TransformScore> Transforms, IReadOnlyList<string> Errors, int Images, double ImageSeconds, double VideoLength, double VideoSeconds, IReadOnlyList<string> FalsePairs, IReadOnlyList<string> IndexMisses)
{
    public double Recall => (double)Transforms.Sum(t => t.Found) / Math.Max(1, Transforms.Sum(t => t.Copies));

    public double IndexRecall => (double)Transforms.Sum(t => t.Indexed) / Math.Max(1, Transforms.Sum(t => t.Copies));

    public double FalseMatchRate => (double)Transforms.Sum(t => t.FalseMatches) / Math.Max(1, Transforms.Sum(t => t.Pairs));
}
