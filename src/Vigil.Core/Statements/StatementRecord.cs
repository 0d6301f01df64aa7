using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Statements;

/// <summary>What the statement clusterer knows of one report's quotation of a remark.</summary>
/// <param name="Id">The statement mention's id (stable; the tie-breaker that makes clustering deterministic).</param>
/// <param name="Speaker">Who spoke, as the report names them ("Supreme Leader Ali Khamenei", "Khamenei").</param>
/// <param name="SpeakerRole">The speaker's role as reported, if any ("Supreme Leader").</param>
/// <param name="Date">When it was said; null when unknown.</param>
/// <param name="Quote">The quoted or reported words.</param>
/// <param name="SourceKey">The outlet that published the report (null when unknown).</param>
public sealed record StatementRecord(Guid Id, string Speaker, string? SpeakerRole, PartialDate? Date, string Quote, string? SourceKey);
