using Vigil.Storage.Mentions;

namespace Vigil.Storage.Incidents;

/// <summary>A mention with what its report's source says about it: the input to an incident's aggregate values.</summary>
/// <param name="Mention">The mention row.</param>
/// <param name="SourceName">The source's name, or the report's file name when it names no source.</param>
/// <param name="SourceKey">The source's lookup key (or the report id).</param>
/// <param name="Affiliation">The organisation the source belongs to, if any (corroboration counts affiliations once).</param>
/// <param name="Reliability">The source's Admiralty grade A–F.</param>
/// <param name="Published">The report's publication date.</param>
public sealed record MemberMention(Mention Mention, string SourceName, string SourceKey, string? Affiliation, string Reliability, DateOnly? Published);
