namespace Vigil.Core.Incidents;

/// <summary>A cluster member with what the source registry knows about the outlet that reported it.</summary>
/// <param name="Mention">The mention (its <see cref="MentionRecord.SourceKey"/> and figures are used).</param>
/// <param name="Affiliation">The organisation the outlet belongs to, if any: outlets with the same affiliation are not independent.</param>
/// <param name="Reliability">The outlet's reliability grade.</param>
/// <param name="Credibility">The information-credibility grade of this mention, 1 (confirmed) to 6 (cannot be judged, the default).</param>
public sealed record SourcedMention(MentionRecord Mention, string? Affiliation, ReliabilityGrade Reliability, int Credibility = 6);
