namespace Vigil.Core.Extraction.Actors;

/// <summary>An organisation, group or named person found in the text.</summary>
/// <param name="Span">Where it is named, including a title when present ("the commander of state security forces Hossein Ashtari").</param>
/// <param name="Name">The canonical name ("security forces", "IRGC", "Hossein Ashtari").</param>
/// <param name="Kind">What sort of actor it is.</param>
/// <param name="Title">A person's title or role, when given ("commander of state security forces").</param>
public sealed record ActorMention(TextSpan Span, string Name, ActorKind Kind, string? Title);
