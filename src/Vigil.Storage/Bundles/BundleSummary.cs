namespace Vigil.Storage.Bundles;

/// <summary>What a bundle holds: counts, the audit head it ends at, and what the profile withheld.</summary>
public sealed record BundleSummary(int Incidents, int Mentions, int Reports, int EvidenceFiles, long HeadSequence, string HeadHash, IReadOnlyList<string> Withheld)
{
    /// <summary>How many incident ↔ media item links <c>data/records/media.json</c> carries.</summary>
    public int MediaLinks { get; init; }
}
