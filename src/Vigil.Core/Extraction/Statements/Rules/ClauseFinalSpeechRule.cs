using System.Collections.Frozen;
using Vigil.Core.Extraction.Actors;
using Vigil.Core.Extraction.Persons;
using Vigil.Core.Extraction.Places;

namespace Vigil.Core.Extraction.Statements.Rules;

/// <summary>
/// Reported speech in a verb-final language (Persian): the speaker opens the clause and the speech verb closes it
/// ("دادستان کرج نیز اعلام کرد که …", "X، معاون Y، روز سه شنبه از بازداشت … خبر داد."), and "according to X" phrases
/// ("به گزارش X", "به نقل از X"). Reads the pack's statement-words classes <c>final-speech-verbs</c> (verb phrases),
/// <c>subject-ends</c> (words that close the subject: "نیز", "روز", "از"), <c>leading-adverbials</c> (words that open an
/// adverbial the subject follows: "در", "همچنین") and <c>according-phrases</c>. A subject is kept only when it names
/// someone: a person of the persons stage, an actor, a phrase whose first word is a title or role word, or a short
/// phrase set off by an apposition.
/// </summary>
internal static class ClauseFinalSpeechRule
{
    private const int MaxSubjectWords = 8;

    /// <summary>Adds the drafts of every sentence whose clause ends in a speech verb with a speaker before it.</summary>
    public static void Find(ExtractionContext context, StatementLexicon lexicon, List<StatementDraft> drafts)
    {
        var text = context.Text;
        var verbs = lexicon.FinalSpeechVerbs;
        if (verbs.Count == 0)
        {
            return;
        }

        var tokens = context.Tokens;
        foreach (var sentence in context.Sentences)
        {
            var first = WordTokenizer.FirstAtOrAfter(tokens, sentence.Span.Start);
            var end = WordTokenizer.FirstAtOrAfter(tokens, sentence.Span.End);
            if (TryAccording(context, lexicon, tokens, first, end, sentence, drafts))
            {
                continue;
            }

            // «…»، X گفت: a quotation opening the sentence is what the subject after it said; no verb inside it counts.
            var subjectFirst = first;
            TextSpan? leadQuote = null;
            if (first < end && tokens[first].Kind == WordKind.Punct && text[tokens[first].Start] == '“')
            {
                var close = first + 1;
                while (close < end && !(tokens[close].Kind == WordKind.Punct && text[tokens[close].Start] == '”'))
                {
                    close++;
                }

                if (close >= end)
                {
                    continue;
                }

                leadQuote = new TextSpan(tokens[first].End, tokens[close].Start);
                subjectFirst = close + 1 < end && tokens[close + 1].Kind == WordKind.Punct && text[tokens[close + 1].Start] == ',' ? close + 2 : close + 1;
            }

            // «…» این را X گفت: "this, X said" points back at the quotation that ends just before the sentence.
            else if (first + 1 < end && lexicon.Classes["quote-pointers"].Contains(tokens[first].Of(text).ToString() + "_" + tokens[first + 1].Of(text).ToString())
                && first > 0 && tokens[first - 1].Kind == WordKind.Punct && text[tokens[first - 1].Start] == '”')
            {
                var open = text.LastIndexOf('“', tokens[first - 1].Start);
                if (open >= 0)
                {
                    leadQuote = new TextSpan(open + 1, tokens[first - 1].Start);
                }
            }

            for (var v = subjectFirst + 1; v < end; v++)
            {
                var len = verbs.Match(tokens, v, end, out _);
                if (len == 0)
                {
                    continue;
                }

                // The verb closes the clause: the sentence ends, or "که", a colon or a quotation follows.
                var after = v + len;
                // A comma or a conjunction opening the next clause ("… اعلام کرد اما …") closes it too, and so does a
                // quotation later in the sentence after a verb without «که» ("X گفته است در روز اول «…» بودند").
                var closes = after >= end || tokens[after].Kind == WordKind.Punct && text[tokens[after].Start] is '.' or ':' or '“' or '?' or '!' or ','
                    || lexicon.Classes["complementisers"].Contains(tokens[after].Of(text).ToString())
                    || lexicon.Classes["clause-joins"].Contains(tokens[after].Of(text).ToString())
                    || QuoteFollows(text, tokens, after, end);
                if (!closes)
                {
                    continue;
                }

                if (Subject(context, lexicon, tokens, subjectFirst, v) is { } subject)
                {
                    drafts.Add(new StatementDraft
                    {
                        Speaker = subject.Speaker,
                        Role = subject.Role,
                        Quote = leadQuote ?? IntroducedQuotation(text, tokens, after, end) ?? sentence.Span,
                        Evidence = leadQuote is { } lead && lead.Start < sentence.Span.Start ? new TextSpan(lead.Start - 1, sentence.Span.End) : sentence.Span,
                        Attribution = new TextSpan(tokens[subjectFirst].Start, tokens[after - 1].End),
                        Date = DateIn(context, sentence.Span),
                        Kind = SpeakerKind.Person,
                        // «X افزود» (X added): the same speaker goes on, as "added" does in English.
                        Continues = lexicon.Classes["continuing-verbs"].Contains(string.Join('_', tokens[v..after].Select(t => t.Of(text).ToString()))),
                    });
                }

                break;
            }
        }
    }

    private static bool InsidePlace(ExtractionContext context, WordToken word)
    {
        var places = context.Places;
        return context.IndexOf<PlaceMention>(static p => p.Span).AnyNear(word.Start, word.End, i => places[i].Span.Start < word.Start && places[i].Span.End > word.End);
    }

    // «X گفت: «…»»: the words of a quotation a colon after the verb introduces (that quotation, not the whole sentence,
    // is what was said; the merge then keeps one statement when the quotation rule also read it).
    private static TextSpan? IntroducedQuotation(string text, List<WordToken> tokens, int after, int end)
    {
        if (after + 1 >= end || tokens[after].Kind != WordKind.Punct || text[tokens[after].Start] != ':'
            || tokens[after + 1].Kind != WordKind.Punct || text[tokens[after + 1].Start] != '“')
        {
            return null;
        }

        var open = tokens[after + 1].End;
        var close = text.IndexOf('”', open);
        return close > open ? new TextSpan(open, close) : null;
    }

    private static bool QuoteFollows(string text, List<WordToken> tokens, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (tokens[k].Kind == WordKind.Punct && text[tokens[k].Start] == '“')
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryAccording(ExtractionContext context, StatementLexicon lexicon, List<WordToken> tokens, int first, int end, Segmentation.Sentence sentence, List<StatementDraft> drafts)
    {
        var text = context.Text;
        for (var k = first; k < end && k < first + 3; k++)
        {
            var len = lexicon.AccordingPhrases.Match(tokens, k, end, out _);
            if (len == 0)
            {
                continue;
            }

            var from = k + len;
            var to = from;
            while (to < end && to - from < 4 && tokens[to].Kind == WordKind.Word && !lexicon.Classes["subject-ends"].Contains(tokens[to].Of(text).ToString()))
            {
                to++;
            }

            if (to == from)
            {
                return false;
            }

            drafts.Add(new StatementDraft
            {
                Speaker = text[tokens[from].Start..tokens[to - 1].End],
                Quote = sentence.Span,
                Evidence = sentence.Span,
                Attribution = new TextSpan(tokens[k].Start, tokens[to - 1].End),
                Date = DateIn(context, sentence.Span),
                Kind = SpeakerKind.Outlet,
            });
            return true;
        }

        return false;
    }

    private static (string Speaker, string? Role)? Subject(ExtractionContext context, StatementLexicon lexicon, List<WordToken> tokens, int first, int verb)
    {
        var text = context.Text;
        var ends = lexicon.Classes["subject-ends"];
        var leading = lexicon.Classes["leading-adverbials"];
        var s = first;

        // "این در حالی است که X …", "گفتنی است X …": a frame that opens the sentence; the subject follows it.
        // "این بازداشتها در حالیست که X …": the frame may hold a short subject of its own before it.
        for (var k = s; k < verb && k <= s + 3 && tokens[k].Kind == WordKind.Word; k++)
        {
            var opener = lexicon.ClauseOpeners.Match(tokens, k, verb, out _);
            // A one-word opener after the subject is an adverb inside the clause («X همچنین گفت»), not a frame.
            if (opener > 0 && (k == s || opener > 1))
            {
                s = k + opener;
                break;
            }
        }

        // "نهاد حکومتی شورای تامین …": a descriptor of the speaker's kind, not part of its name.
        var descriptor = lexicon.SpeakerDescriptors.Match(tokens, s, verb, out _);
        if (descriptor > 0 && s + descriptor < verb && tokens[s + descriptor].Kind == WordKind.Word)
        {
            s += descriptor;
        }

        // "از سوی دیگر، …", "در مشهد نیز …", "همچنین …": an opening adverbial, up to its comma or its "نیز".
        var afterOpener = s;
        if (s < verb && tokens[s].Kind == WordKind.Word && leading.Contains(tokens[s].Of(text).ToString()))
        {
            var k = s + 1;
            while (k < verb && k < s + 6 && !(tokens[k].Kind == WordKind.Punct && text[tokens[k].Start] == ',')
                && !lexicon.Classes["additives"].Contains(tokens[k].Of(text).ToString()))
            {
                k++;
            }

            if (k < verb && k < s + 6)
            {
                s = k + 1;
            }
            else
            {
                s = afterOpener + 1;
            }
        }

        // The subject runs to the first word that closes it, or a comma (an apposition: the role follows).
        // A place name holding a closing word ("سیستان و بلوچستان") is one name.
        var e = s;
        while (e < verb && e - s < MaxSubjectWords && tokens[e].Kind == WordKind.Word
            && (!ends.Contains(tokens[e].Of(text).ToString()) || (e > s && InsidePlace(context, tokens[e]))))
        {
            e++;
        }

        if (e == s || e - s >= MaxSubjectWords)
        {
            return null;
        }

        // «سازمان عفو بین‌الملل اعدام معترضان را محکوم کرد»: a subject that runs into «را» holds the object; the subject
        // ends with the name known to start it, or else before the first word that heads an object.
        if (e < verb && tokens[e].Of(text).SequenceEqual("را") && e - s > 1)
        {
            var objectStart = ObjectStart(context, lexicon, tokens, s, e);
            if (objectStart > s)
            {
                e = objectStart;
            }
        }

        var speaker = text[tokens[s].Start..tokens[e - 1].End];
        if (lexicon.NonSpeakers.Contains(tokens[s].Of(text).ToString()))
        {
            return null;
        }

        string? role = null;
        if (e < verb && tokens[e].Kind == WordKind.Punct && text[tokens[e].Start] == ',')
        {
            var r = e + 1;
            var re = r;
            while (re < verb && re - r < MaxSubjectWords && tokens[re].Kind == WordKind.Word && !ends.Contains(tokens[re].Of(text).ToString()))
            {
                re++;
            }

            if (re > r)
            {
                role = text[tokens[r].Start..tokens[re - 1].End];

                // «سخنگوی پلیس، محمد رحیمی، … گفت»: an office first and a person's name in the apposition — the name is
                // the speaker and the office their role.
                var appositive = new TextSpan(tokens[r].Start, tokens[re - 1].End);
                if (IsOffice(lexicon, text, tokens[s]) && !IsOffice(lexicon, text, tokens[r])
                    && (lexicon.FirstNameLookup.Contains(tokens[r].Of(text)) || AnyPerson(context, appositive, names: true)))
                {
                    (speaker, role) = (role, speaker);
                }
            }
        }

        var subject = new TextSpan(tokens[s].Start, tokens[e - 1].End);
        // "X، معاون …، … خبر داد": a subject set off by an apposition names someone.
        var apposition = e < verb && tokens[e].Kind == WordKind.Punct && text[tokens[e].Start] == ',' && e - s <= 4;
        // "X در نشست خبری …": a subject followed by the occasion of speaking names someone.
        var occasion = e + 1 < verb && lexicon.Classes["occasion-openers"].Contains(tokens[e].Of(text).ToString()) && lexicon.Classes["occasions"].Contains(tokens[e + 1].Of(text).ToString());
        var actors = context.Actors;
        var named = apposition || occasion || AnyPerson(context, subject, names: false)
            || context.IndexOf<ActorMention>(static a => a.Span).AnyNear(subject.Start, subject.End, i => actors[i].Span.Overlaps(subject) && actors[i].Kind != ActorKind.Protesters && actors[i].Kind != ActorKind.SocialGroup)
            || lexicon.TitleLookup.Contains(tokens[s].Of(text))
            || lexicon.RoleWordLookup.Contains(tokens[s].Of(text))
            || lexicon.FirstNameLookup.Contains(tokens[s].Of(text));
        return named ? (speaker, role) : null;
    }

    // A person of the persons stage (with names: one named, not only titled) overlapping the span; looked up by span.
    private static bool AnyPerson(ExtractionContext context, TextSpan span, bool names)
    {
        var persons = context.Persons;
        return context.IndexOf<PersonMention>(static p => p.Span).AnyNear(span.Start, span.End, i => (!names || persons[i].Cue == PersonCue.Name) && persons[i].Span.Overlaps(span));
    }

    private static int ObjectStart(ExtractionContext context, StatementLexicon lexicon, List<WordToken> tokens, int s, int e)
    {
        var text = context.Text;
        var start = tokens[s].Start;
        var named = context.Actors.Where(a => a.Span.Start <= start && a.Span.End > start).Select(a => a.Span.End)
            .Concat(context.Persons.Where(p => p.Span.Start <= start && p.Span.End > start).Select(p => p.Span.End))
            .DefaultIfEmpty(-1).Max();
        // A name one word into the subject («سازمان عفو بین‌الملل»): the kind word and the name.
        if (named < 0 && s + 1 < e)
        {
            var next = tokens[s + 1].Start;
            named = context.Actors.Where(a => a.Span.Start == next).Select(a => a.Span.End).DefaultIfEmpty(-1).Max();
        }

        for (var k = s + 1; k < e; k++)
        {
            if ((named >= 0 && tokens[k].Start >= named) || lexicon.Classes["object-heads"].Contains(tokens[k].Of(text).ToString()))
            {
                return k;
            }
        }

        return s;
    }

    private static bool IsOffice(StatementLexicon lexicon, string text, WordToken word) =>
        lexicon.TitleLookup.Contains(word.Of(text)) || lexicon.RoleWordLookup.Contains(word.Of(text));

    private static Dates.PartialDate? DateIn(ExtractionContext context, TextSpan sentence)
    {
        var dates = context.Dates;
        var found = new List<int>();
        context.DateIndex.StartingIn(sentence.Start, sentence.End, found);
        foreach (var k in found)
        {
            var d = dates[k];
            // A span of days («تا کنون» over the wave) or the date of part of the sentence is not the day of saying.
            if (d.Span.Start >= sentence.Start && d.Span.End <= sentence.End && d.End is null && d.Governs is null)
            {
                return d.Start;
            }
        }

        return null;
    }
}
