using Vigil.Core.Extraction.Persons;

namespace Vigil.Core.Incidents;

/// <summary>
/// A person the report names in a mention, with what happened to them there: the clusterer's view of a person mention
/// (the persons stage's fate, tied to the incident mention of the same report).
/// </summary>
/// <param name="Name">The name as written (any script); compared by its consonant skeleton (<see cref="Persons.PersonName"/>).</param>
/// <param name="Fate">What happened to the person in this mention.</param>
public sealed record MentionPerson(string Name, Fate Fate);
