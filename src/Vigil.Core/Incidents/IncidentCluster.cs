using System.Collections.Immutable;

namespace Vigil.Core.Incidents;

/// <summary>A set of mentions judged to describe one real-world incident.</summary>
/// <param name="Key">A deterministic id for the cluster derived from its members (e.g. the smallest mention id): the same input gives the same keys, in any order.</param>
/// <param name="MentionIds">The members, sorted.</param>
/// <param name="Reasons">Why each non-first member joined: one entry per merge, naming the fields that agreed (e.g. "type=protest; date 2019-11-17 within 2019-11; place Shiraz in Fars").</param>
/// <param name="Seed">Why the first member started an incident of its own (no date, several incidents fitting it equally, none agreeing); its MentionId and WithMentionId are that member.</param>
/// <param name="IsWave">
/// True when the cluster is told at a wave's grain (country or province, several days or a month: "protests across Iran in
/// November"): its figures are the wave's as a whole and are never added to its parts' figures.
/// </param>
/// <param name="PartOf">The <see cref="Key"/> of the wave this cluster (one day, one place) is a part of; null when it is part of none.</param>
/// <param name="PartReason">
/// Why it is (or is not) a part of a wave, for the audit of the clustering: the wave's anchor and the fields that fit, or
/// why several fitting waves were refused. Null when the question did not arise (no wave of its family and country
/// covers its day, or the cluster is not told at one day and place).
/// </param>
public sealed record IncidentCluster(
    Guid Key,
    ImmutableArray<Guid> MentionIds,
    ImmutableArray<MergeReason> Reasons,
    MergeReason? Seed = null,
    bool IsWave = false,
    Guid? PartOf = null,
    string? PartReason = null);
