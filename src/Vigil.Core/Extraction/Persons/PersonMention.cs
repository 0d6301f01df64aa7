namespace Vigil.Core.Extraction.Persons;

/// <summary>A named person in the text, with the title or role given beside the name, if any.</summary>
/// <param name="Span">Where the person is named (with the title, for <see cref="PersonCue.Title"/>).</param>
/// <param name="Name">The name without titles ("Ali Shamkhani").</param>
/// <param name="Role">The title or role given beside the name ("secretary of the Supreme National Security Council", "Supreme Leader").</param>
/// <param name="Cue">What showed it is a person: a title before the name, or the name itself (a given name or a speaker title opening it).</param>
public sealed record PersonMention(TextSpan Span, string Name, string? Role, PersonCue Cue);
