namespace Vigil.Core.Extraction.Figures;

/// <summary>A figure in the text attached to a category ("at least 304 people were killed").</summary>
/// <param name="Span">The number expression and its category word ("at least 304 ... killed").</param>
/// <param name="Kind">Killed, injured or arrested.</param>
/// <param name="Range">The figure.</param>
public sealed record FigureMention(TextSpan Span, CasualtyKind Kind, FigureRange Range);
