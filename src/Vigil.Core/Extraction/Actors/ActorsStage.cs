using System.Collections.Immutable;

using Vigil.Core.Extraction.Persons;

namespace Vigil.Core.Extraction.Actors;

/// <summary>
/// Finds organisations and groups from a curated lexicon (security forces, IRGC, Basij, judiciary,
/// protesters, students, MEK …) and named people introduced by a title ("Supreme Leader Ali Khamenei",
/// "the commander of state security forces Hossein Ashtari"), and stores them in
/// <see cref="ExtractionContext.Actors"/>. Longest match wins; one linear pass over the tokens.
/// </summary>
internal sealed class ActorsStage : ExtractionStage<ActorMention>
{
    private readonly ActorsOptions _options;
    private readonly ActorLexicon _lexicon;

    public ActorsStage(ActorsOptions options)
    {
        _options = options;
        _lexicon = ActorLexicon.For(options.Language);
    }

    public override ImmutableArray<ActorMention> Extract(ExtractionContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var results = ImmutableArray.CreateBuilder<ActorMention>();
        var persons = context.Persons.Where(static x => x.Cue == PersonCue.Title).ToImmutableArray();
        var p = 0;
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind != WordKind.Word)
            {
                i++;
                continue;
            }

            // A person named after a title (the persons stage found it) is an actor; the words of the name are not matched again.
            while (p < persons.Length && persons[p].Span.Start < tokens[i].Start)
            {
                p++;
            }

            if (_options.IncludePeople && p < persons.Length && persons[p].Span.Start == tokens[i].Start)
            {
                results.Add(new ActorMention(persons[p].Span, persons[p].Name, ActorKind.Person, persons[p].Role));
                while (i < tokens.Count && tokens[i].Start < persons[p].Span.End)
                {
                    i++;
                }

                continue;
            }

            var len = _lexicon.Actors.Match(tokens, i, tokens.Count, out var entry);
            if (len > 0 && entry is not null && CaseFits(text, tokens[i], entry))
            {
                results.Add(new ActorMention(new TextSpan(tokens[i].Start, tokens[i + len - 1].End), entry.Name, entry.Kind, null));
                i += len;
                continue;
            }

            i++;
        }

        return results.ToImmutable();
    }

    // Acronyms and people's names must be written capitalised: "pak" or "un" in running text are not PAK or the UN.
    internal static bool CaseFits(string text, WordToken first, ActorEntry entry) =>
        entry.Acronym ? !first.Of(text).ContainsAnyInRange('a', 'z')
        : entry.Kind != ActorKind.Person || UnicodeClasses.IsUpper(text[first.Start]);
}
