using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Actors;

/// <summary>The actors stage's files of a language pack (actors, actor-titles, actor-words), loaded once per pack and shared read-only.</summary>
internal sealed class ActorLexicon
{
    private ActorLexicon(LanguagePack pack)
    {
        foreach (var f in pack.Entries("actors.txt"))
        {
            Actors.Add(f[0], new ActorEntry(f[1], Enum.Parse<ActorKind>(f[2]), f[0].Any(char.IsLetter) && !f[0].Any(char.IsLower)));
        }

        foreach (var f in pack.Entries("actor-titles.txt"))
        {
            Titles.Add(f[0], f[0]);
        }

        foreach (var w in pack.Classes("actor-words.txt", StringComparer.Ordinal)["not-names"])
        {
            NotNames.Add(w);
        }

        NotNameLookup = NotNames.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon of <paramref name="pack"/>.</summary>
    public static ActorLexicon For(LanguagePack pack) => pack.Lexicon(static p => new ActorLexicon(p));

    /// <summary>Organisations, groups and well-known people by surface form.</summary>
    public PhraseTrie<ActorEntry> Actors { get; } = new();

    /// <summary>Titles that introduce a person's name.</summary>
    public PhraseTrie<string> Titles { get; } = new();

    /// <summary>Capitalised words that never start or continue a name (sentence-initial function words, days, months).</summary>
    public HashSet<string> NotNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Span lookup into <see cref="NotNames"/>.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNameLookup { get; }
}
