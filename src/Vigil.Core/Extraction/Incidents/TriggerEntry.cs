namespace Vigil.Core.Extraction.Incidents;

/// <summary>A trigger lexicon entry.</summary>
/// <param name="Type">The incident type the phrase reports.</param>
/// <param name="Strength">0–1: how surely the phrase alone reports an incident.</param>
/// <param name="IsVerb">True for verb phrases, which a modal or a negation right before them cancels.</param>
/// <param name="IsAgent">True for nouns naming the people who act ("rioters"): they yield to any other trigger of the sentence.</param>
/// <param name="IsPossessed">True for nouns that report an incident only after a possessive ("her arrest"; "arrest" alone is
/// also a verb and a generic noun).</param>
internal sealed record TriggerEntry(IncidentType Type, double Strength, bool IsVerb, bool IsAgent = false, bool IsPossessed = false);
