using System.Collections.Immutable;
using System.Text;

namespace Vigil.Core.Extraction.Actors;

/// <summary>
/// Finds organisations and groups from a curated lexicon (security forces, IRGC, Basij, judiciary,
/// protesters, students, MEK …) and named people introduced by a title ("Supreme Leader Ali Khamenei",
/// "the commander of state security forces Hossein Ashtari"), and stores them in
/// <see cref="ExtractionContext.Actors"/>. Longest match wins; one linear pass over the tokens.
/// </summary>
internal sealed class ActorsStage : IExtractionStage
{
    private readonly ActorsOptions _options;
    private readonly ActorLexicon _lexicon;

    public ActorsStage(ActorsOptions options)
    {
        _options = options;
        _lexicon = ActorLexicon.For(options.Language);
    }

    public void Run(ExtractionContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var results = ImmutableArray.CreateBuilder<ActorMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind != WordKind.Word)
            {
                i++;
                continue;
            }

            if (_options.IncludePeople && TryPerson(text, tokens, i, out var person, out var end))
            {
                results.Add(person);
                i = end;
                continue;
            }

            var len = _lexicon.Actors.Match(text, tokens, i, tokens.Count, out var entry);
            if (len > 0 && entry is not null && CaseFits(text, tokens[i], entry))
            {
                results.Add(new ActorMention(new TextSpan(tokens[i].Start, tokens[i + len - 1].End), entry.Name, entry.Kind, null));
                i += len;
                continue;
            }

            i++;
        }

        context.Actors = results.ToImmutable();
    }

    // Acronyms and people's names must be written capitalised: "pak" or "un" in running text are not PAK or the UN.
    private static bool CaseFits(string text, WordToken first, ActorEntry entry) =>
        entry.Acronym ? !first.Of(text).ContainsAnyInRange('a', 'z')
        : entry.Kind != ActorKind.Person || char.IsUpper(text[first.Start]);

    private bool TryPerson(string text, List<WordToken> tokens, int i, out ActorMention person, out int end)
    {
        person = null!;
        end = i;
        var titleLen = _lexicon.Titles.Match(text, tokens, i, tokens.Count, out _);
        if (titleLen == 0)
        {
            return false;
        }

        var k = i + titleLen;
        if (k < tokens.Count && tokens[k].Is(text, ','))
        {
            k++;
        }

        var nameStart = k;
        while (k < tokens.Count && k - nameStart < _options.MaxNameWords && tokens[k].IsCapitalised(text)
               && !_lexicon.NotNameLookup.Contains(tokens[k].Of(text)))
        {
            k++;
        }

        if (k == nameStart)
        {
            return false;
        }

        var known = _lexicon.Actors.Match(text, tokens, nameStart, k, out var entry);
        var name = known == k - nameStart && entry is { Kind: ActorKind.Person } ? entry.Name : Join(text, tokens, nameStart, k);
        var titleEnd = tokens[i + titleLen - 1].End;
        var title = text[tokens[i].Start..titleEnd];
        person = new ActorMention(new TextSpan(tokens[i].Start, tokens[k - 1].End), name, ActorKind.Person, title);
        end = k;
        return true;
    }

    private static string Join(string text, List<WordToken> tokens, int from, int to)
    {
        var sb = new StringBuilder();
        for (var j = from; j < to; j++)
        {
            if (j > from)
            {
                sb.Append(' ');
            }

            sb.Append(tokens[j].Of(text));
        }

        return sb.ToString();
    }
}
