namespace Vigil.Core.Incidents;

/// <summary>Why a mention joined a cluster.</summary>
/// <param name="MentionId">The mention that joined.</param>
/// <param name="WithMentionId">The member it was found compatible with.</param>
/// <param name="Fields">The fields that agreed, human-readable ("type=killing; date=2019-11-17; place=Shiraz (city)").</param>
public sealed record MergeReason(Guid MentionId, Guid WithMentionId, string Fields);
