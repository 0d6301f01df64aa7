namespace Vigil.Core.Extraction.Segmentation;

/// <summary>A paragraph of the body: a block of text separated from the next by a blank line or a line break.</summary>
/// <param name="Span">The paragraph's text, without surrounding whitespace.</param>
/// <param name="Index">Zero-based position among the report's paragraphs.</param>
public sealed record Paragraph(TextSpan Span, int Index);
