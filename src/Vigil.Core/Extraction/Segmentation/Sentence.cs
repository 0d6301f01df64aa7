namespace Vigil.Core.Extraction.Segmentation;

/// <summary>A sentence of the body.</summary>
/// <param name="Span">The sentence's text, without surrounding whitespace.</param>
/// <param name="Paragraph">Index of the <see cref="Segmentation.Paragraph"/> it belongs to.</param>
/// <param name="InQuote">True when the sentence lies inside a quotation that started earlier (a quote spanning sentences or paragraphs).</param>
public sealed record Sentence(TextSpan Span, int Paragraph, bool InQuote);
