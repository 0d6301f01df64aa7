using Vigil.Storage.Mentions;

namespace Vigil.Storage.Incidents;

/// <summary>A mention with what its report's outlet says about it: the input to an incident's aggregate values.</summary>
/// <param name="Mention">The mention row.</param>
/// <param name="SourceName">The outlet's name, or the report's file name when it names no outlet.</param>
/// <param name="SourceKey">The outlet's lookup key (or the report id).</param>
/// <param name="Affiliation">The organisation the outlet belongs to, if any (corroboration counts affiliations once).</param>
/// <param name="Reliability">The outlet's Admiralty grade A–F.</param>
/// <param name="Published">The report's publication date.</param>
public sealed record MemberMention(Mention Mention, string SourceName, string SourceKey, string? Affiliation, string Reliability, DateOnly? Published);
