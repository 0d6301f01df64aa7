namespace Vigil.Core.Extraction.Figures;

/// <summary>A number expression found at a token position: "at least 304", "24,000 to 25,000", "hundreds of".</summary>
/// <param name="First">Index of its first token (a modifier when present).</param>
/// <param name="End">Index just past its last token.</param>
/// <param name="Range">The figure it denotes.</param>
/// <param name="YearLike">True when it is a bare four-digit number that reads as a year (1900–2100).</param>
internal readonly record struct NumberMatch(int First, int End, FigureRange Range, bool YearLike);
