using System.Collections.Immutable;

namespace Vigil.Core.Incidents;

/// <summary>A set of mentions judged to describe one real-world incident.</summary>
/// <param name="Key">A deterministic id for the cluster derived from its members (e.g. the smallest mention id): the same input gives the same keys, in any order.</param>
/// <param name="MentionIds">The members, sorted.</param>
/// <param name="Reasons">Why each non-first member joined: one entry per merge, naming the fields that agreed (e.g. "type=protest; date 2019-11-17 within 2019-11; place Shiraz in Fars").</param>
/// <param name="Seed">Why the first member started an incident of its own (no date, several incidents fitting it equally, none agreeing); its MentionId and WithMentionId are that member.</param>
public sealed record IncidentCluster(Guid Key, ImmutableArray<Guid> MentionIds, ImmutableArray<MergeReason> Reasons, MergeReason? Seed = null);
