using System.Collections.Immutable;
using Vigil.Core.Incidents;

namespace Vigil.Core.Statements;

/// <summary>One Statement: the same remark by the same speaker, as quoted by one or more reports.</summary>
/// <param name="Key">The smallest member id: the same input gives the same keys, in any order.</param>
/// <param name="SpeakerKey">The speaker's key (<see cref="SpeakerNames.Key"/>).</param>
/// <param name="StatementIds">The members, sorted.</param>
/// <param name="SourceKeys">The distinct outlets that quote it, sorted ordinally ("?" for an unknown outlet).</param>
/// <param name="Reasons">One per merge: the two members whose agreement joined their groups, and why.</param>
public sealed record StatementCluster(Guid Key, string SpeakerKey, ImmutableArray<Guid> StatementIds, ImmutableArray<string> SourceKeys, ImmutableArray<MergeReason> Reasons);
