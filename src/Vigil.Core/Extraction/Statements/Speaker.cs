namespace Vigil.Core.Extraction.Statements;

/// <summary>What a subject phrase names: a speaker, or a reference to one earlier in the text.</summary>
/// <param name="Name">The speaker's name or description; null for a back-reference.</param>
/// <param name="Role">Role or title, when the phrase gives one.</param>
/// <param name="Outlet">The outlet, when the speaker is one ("the state-run Ebtekar daily").</param>
/// <param name="Kind">Person, organisation, outlet, description or back-reference.</param>
internal sealed record Speaker(string? Name, string? Role, string? Outlet, SpeakerKind Kind);
