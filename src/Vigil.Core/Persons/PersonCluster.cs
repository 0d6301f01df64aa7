namespace Vigil.Core.Persons;

/// <summary>One person: the mentions linked to it and, for each, why.</summary>
/// <param name="PinnedTo">The editor's person these mentions were pinned to, if any (its id is kept).</param>
/// <param name="Members">The mentions, in the order they joined.</param>
/// <param name="Reasons">For each member, why it is here ("same name skeleton …; same city Zahedan; ages 16 and 17 within a year").</param>
public sealed record PersonCluster(Guid? PinnedTo, IReadOnlyList<PersonFacts> Members, IReadOnlyList<string> Reasons);
