namespace Vigil.Core.Extraction.Actors;

/// <summary>The actors stage's data files (actors.txt, titles.txt), loaded once and shared read-only.</summary>
internal sealed class ActorLexicon
{
    private static readonly string[] NotNameWords =
    [
        "The", "A", "An", "In", "On", "At", "Of", "And", "Or", "But", "He", "She", "It", "They", "We", "I", "This", "That",
        "These", "Those", "His", "Her", "Their", "Our", "Its", "As", "For", "With", "By", "From", "To", "Who", "Which",
        "When", "While", "After", "Before", "Said", "Says", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ];

    private ActorLexicon()
    {
        foreach (var f in LexiconData.Read("Actors.Data.actors.txt"))
        {
            Actors.Add(f[0], new ActorEntry(f[1], Enum.Parse<ActorKind>(f[2]), f[0].Any(char.IsLetter) && !f[0].Any(char.IsLower)));
        }

        foreach (var f in LexiconData.Read("Actors.Data.titles.txt"))
        {
            Titles.Add(f[0], f[0]);
        }

        foreach (var w in NotNameWords)
        {
            NotNames.Add(w);
        }

        NotNameLookup = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shared instance.</summary>
    public static ActorLexicon Instance { get; } = new();

    /// <summary>Organisations, groups and well-known people by surface form.</summary>
    public PhraseTrie<ActorEntry> Actors { get; } = new();

    /// <summary>Titles that introduce a person's name.</summary>
    public PhraseTrie<string> Titles { get; } = new();

    /// <summary>Capitalised words that never start or continue a name (sentence-initial function words, days, months).</summary>
    public HashSet<string> NotNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Span lookup into <see cref="NotNames"/>.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameLookup { get; }
}
