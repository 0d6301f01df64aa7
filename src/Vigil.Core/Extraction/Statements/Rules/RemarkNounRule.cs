namespace Vigil.Core.Extraction.Statements.Rules;

/// <summary>
/// A person's words named by a noun of speech rather than a verb (Persian «اظهارات اخیر علی خامنه‌ای که … تشبیه کرده»,
/// «سخنان حسن روحانی درباره …»): the person spoke, and the sentence reports what they said. Reads the pack's
/// statement-words classes <c>remark-nouns</c> (nouns of speech), <c>remark-modifiers</c> (words between the noun and the
/// name: «اخیر»; those in <c>remark-recent</c> date the remarks to the month of publication) and <c>name-ends</c> (words that end the name: «که», «درباره»). The name must open with a first name
/// of the pack, so "the recent remarks of the protests" or of an unnamed official are not read as a speaker. A pack
/// without <c>remark-nouns</c> (English) is untouched.
/// </summary>
internal static class RemarkNounRule
{
    private const int MaxNameWords = 4;

    /// <summary>Adds a draft for every noun of speech followed by a person's name.</summary>
    public static void Find(ExtractionContext context, StatementLexicon lexicon, List<StatementDraft> drafts)
    {
        var nouns = lexicon.Classes["remark-nouns"];
        if (nouns.Count == 0)
        {
            return;
        }

        var text = context.Text;
        var tokens = context.Tokens;
        var modifiers = lexicon.Classes["remark-modifiers"];
        var nameEnds = lexicon.Classes["name-ends"];
        foreach (var sentence in context.Sentences)
        {
            var first = WordTokenizer.FirstAtOrAfter(tokens, sentence.Span.Start);
            var end = WordTokenizer.FirstAtOrAfter(tokens, sentence.Span.End);
            for (var k = first; k < end; k++)
            {
                if (tokens[k].Kind != WordKind.Word || !nouns.Contains(tokens[k].Of(text).ToString()))
                {
                    continue;
                }

                var n = k + 1;
                var recent = false;
                while (n < end && n <= k + 2 && tokens[n].Kind == WordKind.Word && modifiers.Contains(tokens[n].Of(text).ToString()))
                {
                    recent |= lexicon.Classes["remark-recent"].Contains(tokens[n].Of(text).ToString());
                    n++;
                }

                if (n >= end || tokens[n].Kind != WordKind.Word || !lexicon.FirstNameLookup.Contains(tokens[n].Of(text)))
                {
                    continue;
                }

                // The name: the first name and the words after it, up to a word that ends it or a punctuation mark.
                var e = n + 1;
                while (e < end && e - n < MaxNameWords && tokens[e].Kind == WordKind.Word && !nameEnds.Contains(tokens[e].Of(text).ToString()))
                {
                    e++;
                }

                if (e == n + 1 || e - n >= MaxNameWords || lexicon.NonSpeakers.Contains(tokens[n + 1].Of(text).ToString()))
                {
                    continue; // a first name alone, or too long a phrase to be a name
                }

                drafts.Add(new StatementDraft
                {
                    Speaker = text[tokens[n].Start..tokens[e - 1].End],
                    Quote = new TextSpan(tokens[k].Start, sentence.Span.End),
                    Evidence = sentence.Span,
                    Attribution = new TextSpan(tokens[k].Start, tokens[e - 1].End),
                    // "Recent remarks" were made in the weeks before the report: the month it was published, no day.
                    Date = recent && context.Published is { } published ? Dates.PartialDate.OfMonth(published.Year, published.Month) : null,
                    Kind = SpeakerKind.Person,
                });
                break;
            }
        }
    }
}
