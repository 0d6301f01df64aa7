namespace Vigil.Storage.Persons;

/// <summary>One mention on a person's page.</summary>
/// <param name="Mention">The row.</param>
/// <param name="Source">The source's name ("unattributed" when none).</param>
/// <param name="FileName">The report's file name (editors and the operator only; null for readers).</param>
/// <param name="Evidence">The text the evidence span covers.</param>
/// <param name="IncidentId">The incident of its incident mention, if any.</param>
public sealed record PersonMentionDetail(PersonMention Mention, string Source, string? FileName, string Evidence, Guid? IncidentId);
