namespace Vigil.Core.Extraction.Statements;

/// <summary>A named person in the text, with the role given beside the name, if any.</summary>
/// <param name="Span">Where the name is.</param>
/// <param name="Name">The name without titles ("Ali Shamkhani").</param>
/// <param name="Role">The role in front of the name ("secretary of the Supreme National Security Council").</param>
internal sealed record PersonMention(TextSpan Span, string Name, string? Role);
