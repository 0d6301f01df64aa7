using Vigil.Core.Extraction.Figures;

namespace Vigil.Core.Incidents;

/// <summary>One source's figure for one category.</summary>
/// <param name="SourceKey">The outlet ("?" when unknown).</param>
/// <param name="MentionId">The mention that carries the figure.</param>
/// <param name="Figure">The figure as reported.</param>
/// <param name="Reliability">The outlet's reliability grade.</param>
/// <param name="Credibility">The mention's information-credibility grade (1–6).</param>
public sealed record FigureClaim(string SourceKey, Guid MentionId, FigureRange Figure, ReliabilityGrade Reliability, int Credibility);
