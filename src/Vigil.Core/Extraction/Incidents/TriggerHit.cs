namespace Vigil.Core.Extraction.Incidents;

/// <summary>A trigger found in a sentence and kept after the hypothetical and negation checks.</summary>
/// <param name="Entry">The lexicon entry.</param>
/// <param name="Token">Index of its first token.</param>
/// <param name="Span">Where it is.</param>
/// <param name="Possessive">True when a possessive stands right before it ("her arrest", "their execution"): it may point
/// back to an incident the report has told.</param>
internal readonly record struct TriggerHit(TriggerEntry Entry, int Token, TextSpan Span, bool Possessive = false);
