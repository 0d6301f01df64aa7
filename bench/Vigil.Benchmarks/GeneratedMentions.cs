using Vigil.Core.Incidents;

namespace Vigil.Benchmarks;

/// <summary>Generated mentions and the incident each one truly belongs to.</summary>
/// <param name="Mentions">The mentions, in generation order.</param>
/// <param name="TruthOf">The true incident number of each mention, by mention id.</param>
/// <param name="Incidents">How many distinct true incidents there are.</param>
internal sealed record GeneratedMentions(IReadOnlyList<MentionRecord> Mentions, IReadOnlyDictionary<Guid, int> TruthOf, int Incidents);
