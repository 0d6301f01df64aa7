using System.Collections.Immutable;
using System.Text;
using Vigil.Core.Extraction.Actors;
using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Extraction.Persons;

/// <summary>
/// Finds named people, once for every stage that needs them (actors, statements and, next, named victims), by two
/// rules: a title or office before a capitalised run ("Supreme Leader Ali Khamenei", "the commander of state security
/// forces Hossein Ashtari": <see cref="PersonCue.Title"/>), and a capitalised run that opens with a given name or an
/// honorific ("Mojtaba Zolnour", "Ayatollah Ahmad Khatami", "Molavi Abdolhamid": <see cref="PersonCue.Name"/>), with
/// the role words before it. Text inside quotations is skipped by the name rule. Where both rules read the same
/// person both mentions are kept, each with its own span: actors take the titled one, statements prefer the name.
/// Writes <see cref="ExtractionContext.Persons"/>, in text order.
/// </summary>
internal sealed class PersonsStage : ExtractionStage<PersonMention>
{
    private readonly PersonsOptions _options;
    private readonly ActorLexicon _actors;
    private readonly StatementLexicon _names;

    public PersonsStage(PersonsOptions options)
    {
        _options = options;
        _actors = ActorLexicon.For(options.Language);
        _names = StatementLexicon.For(options.Language);
    }

    public override ImmutableArray<PersonMention> Extract(ExtractionContext context)
    {
        var text = context.Text;
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var found = new List<PersonMention>();
        if (_options.TitleRule)
        {
            FindTitled(text, context.Tokens, found);
        }

        if (_options.NameRule)
        {
            found.AddRange(PersonNames.Scan(text, context.Tokens, context.Quotes(_options.MaxQuoteParagraphs), _names));
        }

        found.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Cue.CompareTo(b.Cue));
        return [.. found];
    }

    // One pass over the tokens: a title opens a person; a known organisation's words are skipped whole, so a
    // title word inside an organisation's name ("the Supreme Leader's office") opens nothing.
    private void FindTitled(string text, List<WordToken> tokens, List<PersonMention> found)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind != WordKind.Word)
            {
                i++;
                continue;
            }

            // The titles' first-word filter (inlined here) turns most words away before a call: every word of the body is asked.
            var titleLen = _actors.Titles.Match(tokens, i, tokens.Count, out _);
            if (titleLen > 0 && TryTitled(text, tokens, i, titleLen, out var person, out var end))
            {
                found.Add(person);
                i = end;
                continue;
            }

            var len = _actors.Actors.Match(tokens, i, tokens.Count, out var entry);
            if (len > 0 && entry is not null && ActorsStage.CaseFits(text, tokens[i], entry))
            {
                i += len;
                continue;
            }

            i++;
        }
    }

    // titleLen: the length of the title that opens at token i (Titles.Match), more than zero.
    private bool TryTitled(string text, List<WordToken> tokens, int i, int titleLen, out PersonMention person, out int end)
    {
        person = null!;
        end = i;
        var k = i + titleLen;
        if (k < tokens.Count && tokens[k].Is(text, ','))
        {
            k++;
        }

        var nameStart = k;
        while (k < tokens.Count && k - nameStart < _options.MaxNameWords && tokens[k].IsCapitalised(text)
               && !_actors.NotNameLookup.Contains(tokens[k].Of(text)))
        {
            k++;
        }

        if (k == nameStart)
        {
            return false;
        }

        var known = _actors.Actors.Match(tokens, nameStart, k, out var entry);
        var name = known == k - nameStart && entry is { Kind: ActorKind.Person } ? entry.Name : Join(text, tokens, nameStart, k);
        var titleEnd = tokens[i + titleLen - 1].End;
        var title = text[tokens[i].Start..titleEnd];
        person = new PersonMention(new TextSpan(tokens[i].Start, tokens[k - 1].End), name, title, PersonCue.Title);
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
