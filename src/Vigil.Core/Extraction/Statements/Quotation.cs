namespace Vigil.Core.Extraction.Statements;

/// <summary>A quotation in the text: from its opening mark to its closing mark (or the paragraph end where it stops).</summary>
/// <param name="Span">Marks included.</param>
/// <param name="Content">The quoted words, marks excluded.</param>
/// <param name="Words">Number of words quoted.</param>
/// <param name="Closed">True when a closing mark ends it (false: it stops at a paragraph end).</param>
internal readonly record struct Quotation(TextSpan Span, TextSpan Content, int Words, bool Closed);
