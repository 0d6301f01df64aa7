namespace Vigil.Web.Api;

/// <summary>A statement (one utterance, quoted by one or more reports) with its speaker's name and the sources quoting it.</summary>
internal sealed record StatementResponse(Guid Id, Guid SpeakerId, string Speaker, string? Date, string Quote, string? Source, int Mentions, IReadOnlyList<string> Sources);
