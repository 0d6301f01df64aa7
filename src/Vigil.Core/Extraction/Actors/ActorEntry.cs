namespace Vigil.Core.Extraction.Actors;

/// <summary>One lexicon entry: the canonical name a surface form stands for, and its kind.</summary>
/// <param name="Name">Canonical name ("IRGC" for "Revolutionary Guards").</param>
/// <param name="Kind">What sort of actor it is.</param>
/// <param name="Acronym">True when the surface form is written in capitals ("IRGC", "UN"): the text must write it so too.</param>
internal sealed record ActorEntry(string Name, ActorKind Kind, bool Acronym);
