namespace Vigil.Core.Extraction.Places;

/// <summary>A place name found in the text and resolved to a gazetteer entry.</summary>
/// <param name="Span">Where the name is in the text.</param>
/// <param name="Place">The entry it was resolved to.</param>
/// <param name="Confidence">0–1: how sure the disambiguation is.</param>
public sealed record PlaceMention(TextSpan Span, Place Place, double Confidence);
