using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Vigil.Core.Extraction.Actors;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Persons;
using Vigil.Core.Extraction.Places;
using Vigil.Core.Extraction.Segmentation;
using Vigil.Core.Extraction.Statements.Rules;

namespace Vigil.Core.Extraction.Statements;

/// <summary>
/// Finds quoted and reported speech and who said it: <c>"…," X said</c>, <c>X said: "…"</c>, <c>X said that …</c>,
/// <c>according to X</c>, <c>X wrote</c>, <c>X told Y</c>, <c>X added</c>, an attribution ending in a colon (or "made
/// the following remarks") followed by a quotation paragraph, multi-paragraph quotations. The speaker is a named
/// person (with the role given beside the name), an organisation, an outlet, a unique description ("the Friday prayers
/// imam of Natanz"), or a pronoun resolved to the person named last. Unnamed or plural speakers are left out.
/// Writes <see cref="ExtractionContext.Statements"/>; reads Dates and Actors when earlier stages filled them.
/// </summary>
internal sealed class StatementsStage : ExtractionStage<StatementMention>
{
    // Where a clause and a sentence end, for reading back from a word to the start of its own.
    private static readonly SearchValues<char> ClauseEnds = SearchValues.Create(",;:.\n");
    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create(".!?\n");

    // Fewest characters of a paragraph a colon at a line's end hands to the speaker ("… said:" then the statement).
    private const int MinColonBlock = 20;

    // Most characters of that paragraph read (a bound, so a long unbroken line after "said:" is not read to its end).
    private const int MaxColonBlock = 1000;

    // How many statements back "the Ministry added" looks for the ministry named before.
    private const int MaxReferringDrafts = 200;

    private readonly FrozenSet<string> Skippable;
    private readonly FrozenSet<string> DateWords;
    private readonly FrozenSet<string> Modifiers;
    private readonly FrozenSet<string> SubjectNouns; // lower-case nouns that may stand in a subject shared by joined verbs
    private readonly FrozenSet<string> ClauseBreaks;
    private readonly FrozenSet<string> SentenceAdverbs;
    private readonly FrozenSet<string> ContinuingVerbs;
    private readonly FrozenSet<string> Participles;

    private readonly StatementsOptions options;
    private readonly StatementLexicon lexicon;

    public StatementsStage()
        : this(new StatementsOptions())
    {
    }

    public StatementsStage(StatementsOptions options)
    {
        this.options = options;
        lexicon = StatementLexicon.For(options.Language);
        var words = lexicon.Classes;
        Skippable = words["skippable"];
        DateWords = words["date-words"];
        Modifiers = words["modifiers"];
        SubjectNouns = words["institution-heads"].Union(words["institution-qualifiers"]).Union(words["institutions"]).Union(words["organisation-nouns"])
            .Union(words["collective-heads"]).Union(words["group-nouns"]).Union(words["spokes-nouns"]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        ClauseBreaks = words["clause-breaks"];
        SentenceAdverbs = lexicon.SentenceAdverbs;
        ContinuingVerbs = words["continuing-verbs"];
        Participles = words["participles"];
    }


    public override ImmutableArray<StatementMention> Extract(ExtractionContext context)
    {
        var text = context.Text;
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var quotes = context.Quotes(options.MaxQuoteParagraphs);
        // The persons stage's people: named ones first; one found only after a title where no name reading overlaps it.
        // (The overlap test asks a sorted set of the spans taken so far, not every person: linear on a report of many names.)
        var people = context.Persons.Where(p => p.Cue == PersonCue.Name).ToList();
        var taken = new SpanSet();
        foreach (var p in people)
        {
            taken.Add(p.Span);
        }

        foreach (var titled in context.Persons)
        {
            if (titled.Cue == PersonCue.Title && !taken.Overlaps(titled.Span))
            {
                people.Add(titled);
                taken.Add(titled.Span);
            }
        }

        // People the actors lexicon knows by name alone ("Khamenei").
        foreach (var actor in context.Actors)
        {
            if (actor.Kind == ActorKind.Person && !taken.Overlaps(actor.Span))
            {
                people.Add(new PersonMention(actor.Span, actor.Name, actor.Title, PersonCue.Name));
                taken.Add(actor.Span);
            }
        }

        people.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var drafts = new List<StatementDraft>();
        var q = 0;
        var i = 0;

        // Each word of 4–12 letters is asked its classes: by its token's number when it is exactly one token, else by its
        // characters (a word with an inner apostrophe or hyphen, or a non-spacing mark, is several tokens or part of one).
        var cursor = new TokenCursor(context.Tokens);
        while (i < text.Length)
        {
            if (!UnicodeClasses.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (UnicodeClasses.IsLetter(text[i]) || (text[i] is '-' or '’' or '\'' && i + 1 < text.Length && UnicodeClasses.IsLetter(text[i + 1]))))
            {
                i++;
            }

            while (q < quotes.Count && quotes[q].Span.End <= start)
            {
                q++;
            }

            if (q < quotes.Count && quotes[q].Span.Contains(start))
            {
                i = Math.Max(i, quotes[q].Span.End);
                continue;
            }

            var word = text.AsSpan(start, i - start);
            if (word.Length < 3 || word.Length > 12)
            {
                continue;
            }

            // A word of three letters is asked only whether it is a speech verb ("Iranian officials say"), and only when the
            // pack has a verb of that length and initial (most are "the", "and", "for").
            if (word.Length == 3 && !(lexicon.MayBeVerb(word) && lexicon.VerbLookup.ContainsKey(word)))
            {
                continue;
            }

            if (IsAccording(word) && NextWord(text, i, out var toStart, out var toEnd) && IsAccording(text.AsSpan(toStart, toEnd - toStart), second: true))
            {
                TryAccordingTo(context, quotes, people, drafts, start, toEnd);
                continue;
            }

            // Most words are in none of these classes: one look-up turns them away before the rules below ask their own sets.
            var number = cursor.NumberOf(start, i);
            var classes = number >= 0 ? lexicon.ClassesOf(number) : lexicon.ClassesOf(word);
            if ((classes & StatementWordClasses.StatementNoun) != 0)
            {
                var made = PreviousWords(text, start, 3);
                var makers = lexicon.Classes["statement-makers"];
                if (made.Any(w => makers.Contains(w.Text)))
                {
                    // "X made the remarks …": the remarks just reported, so X goes on with them (and may name the office
                    // that made them: "The spokesman of the judiciary says …. Ali Karimi made the remarks on Sunday").
                    var referring = lexicon.Classes["definite-articles"].Contains(made[^1].Text);
                    TryVerb(context, quotes, people, drafts, made.First(w => makers.Contains(w.Text)).Start, i, "remarks", continues: referring);
                }

                continue;
            }

            if ((classes & StatementWordClasses.QuotingVerb) != 0)
            {
                TryQuoted(context, quotes, people, drafts, start, i);
                continue;
            }

            if ((classes & StatementWordClasses.AnyVerb) != 0
                && (ReportingVerbRule.Matches(text, word, i, lexicon) || EvaluativeVerbRule.Matches(text, word, i, lexicon) || FindingOfDocument(text, word, start)))
            {
                TryVerb(context, quotes, people, drafts, start, i, word.ToString().ToLowerInvariant(), findings: true);
                continue;
            }

            string? needs;
            if (!lexicon.MayBeVerb(word) || !(number >= 0 ? lexicon.TryGetVerb(number, out needs) : lexicon.VerbLookup.TryGetValue(word, out needs)))
            {
                continue;
            }

            var verbEnd = i;
            if (needs is not null)
            {
                if (!NextWord(text, i, out var ps, out var pe) || !IsOneOf(needs, text.AsSpan(ps, pe - ps)))
                {
                    continue;
                }

                verbEnd = pe;
            }

            TryVerb(context, quotes, people, drafts, start, verbEnd, word.ToString().ToLowerInvariant());
        }

        ClauseFinalSpeechRule.Find(context, lexicon, drafts);
        RemarkNounRule.Find(context, lexicon, drafts);
        AddIntroducedQuotes(context, quotes, people, drafts);
        RelayedQuoteRule.Apply(text, lexicon, drafts);
        SpeakerTitleRule.Apply(lexicon, drafts);
        SpeakerTitleRule.DropCourtesyRoles(lexicon, drafts);
        OfficeHolderRule.Apply(context, lexicon, drafts);
        OwnVoice.Remove(context, lexicon, drafts);
        return Merge(text, drafts, context.Published, context.Original);
    }

    // "In an article in the Mostaghel daily, Ahmad Chamran showed …:" followed by a quotation: the colon hands
    // the quotation to the person named in the introducing sentence, whatever its verb.
    private void AddIntroducedQuotes(ExtractionContext context, List<Quotation> quotes, List<PersonMention> people, List<StatementDraft> drafts)
    {
        var text = context.Text;
        var attributed = new HashSet<int>();
        foreach (var d in drafts)
        {
            attributed.Add(d.QuoteIndex);
        }

        for (var k = 0; k < quotes.Count; k++)
        {
            var quote = quotes[k];
            if (quote.Words < options.MinQuoteWords || attributed.Contains(k))
            {
                continue;
            }

            var colon = quote.Span.Start - 1;
            while (colon >= 0 && char.IsWhiteSpace(text[colon]))
            {
                colon--;
            }

            if (colon < 0 || text[colon] != ':')
            {
                continue;
            }

            var (left, _) = LeftBound(text, colon, quotes);
            var person = FirstWithin(people, left, colon);
            if (person is null)
            {
                continue;
            }

            var end = Math.Min(quote.Span.End, left + options.MaxEvidenceLength);
            drafts.Add(new StatementDraft
            {
                Speaker = person.Name,
                Role = person.Role,
                Outlet = OutletIn(context, left, colon, quotes),
                Date = DateIn(context, left, colon, quotes, colon),
                Quote = quote.Content,
                Evidence = new TextSpan(left, Math.Max(end, colon + 1)),
                QuoteIndex = k,
                Attribution = new TextSpan(left, colon + 1),
                Kind = SpeakerKind.Person,
            });
        }
    }

    // The first of the people (sorted by start) inside [from, to], found from a binary search instead of a scan of all.
    private static PersonMention? FirstWithin(List<PersonMention> people, int from, int to)
    {
        int lo = 0, hi = people.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            (lo, hi) = people[mid].Span.Start < from ? (mid + 1, hi) : (lo, mid);
        }

        for (var k = lo; k < people.Count && people[k].Span.Start <= to; k++)
        {
            if (people[k].Span.End <= to)
            {
                return people[k];
            }
        }

        return null;
    }

    private void TryVerb(ExtractionContext context, List<Quotation> quotes, List<PersonMention> people, List<StatementDraft> drafts, int verbStart, int verbEnd, string verb, bool findings = false, bool continues = false)
    {
        var text = context.Text;
        var before = PreviousWords(text, verbStart, 2);
        if (before.Count > 0 && lexicon.Classes["not-speech-before"].Contains(before[^1].Text))
        {
            return; // passive ("is said to be"), an adjective ("the said"), an infinitive ("to say")
        }

        if (NextWord(text, verbEnd, out var ns, out var ne) && IsAccording(text.AsSpan(ns, ne - ns), second: true) && lexicon.Classes["raising-verbs"].Contains(verb))
        {
            return; // "said to be close to Khamenei"
        }

        var (left, quoteBefore) = LeftBound(text, verbStart, quotes);
        var right = RightBound(text, verbEnd, quotes);
        var isParticiple = Participles.Contains(verb);

        var clause = Word.Split(text, left, verbStart);
        List<Word> subject;
        string? appositiveRole;
        List<Word>? appositive;
        bool listName;
        var coordinated = false;
        if (quoteBefore < 0 && (left == 0 || left > verbStart - 400) && CoordinatedSubject(clause, context.DateIndex) is { } shared)
        {
            // "He pointed to …, especially the London-based X, which …, and said:", "Kuwait expressed condolences … and has
            // emphasized …": a speech verb joined by "and" to the verb before it has that verb's subject, the words
            // opening the sentence; the nouns in between are its objects, not speakers.
            if (shared.Count == 0)
            {
                return;
            }

            subject = shared;
            (appositiveRole, appositive, listName, coordinated) = (null, null, false, true);
        }
        else
        {
            subject = SubjectWords(text, clause, context.DateIndex, out appositiveRole, out appositive, out listName);
        }

        if (!listName && !coordinated && NamedSpeakers(text, clause) is { } named3 && named3.TrueForAll(part => Resolve(context, part.Speaker, part.Words[0].Start, people, drafts) is not null))
        {
            // "Amnesty International, Human Rights Watch and Hengaw said …": one statement each (two names joined by "and"
            // alone are read below).
            foreach (var part in named3)
            {
                if (Resolve(context, part.Speaker, part.Words[0].Start, people, drafts) is { } each
                    && !(part.Speaker.Kind is SpeakerKind.Organisation && IsGeneralRemark(part.Speaker, before, clause, part.Words)))
                {
                    AddDraft(context, quotes, people, drafts, verbStart, verbEnd, verb, left, right, quoteBefore, part.Words, part.Speaker.Kind, each, null, findings, continues);
                }
            }

            return;
        }

        Speaker? speaker = null;
        if (listName)
        {
            speaker = new Speaker(text[subject[0].Start..subject[^1].End], null, null, SpeakerKind.Organisation);
        }
        else if (subject.Count > 0)
        {
            speaker = SpeakerPhrase.Read(text, subject, lexicon);
        }

        // "… are of deep concern, the Office of the High Commissioner (OHCHR), said on Tuesday": the phrase between the
        // commas read as an appositive is the speaker itself when the words before it name nobody.
        if (speaker is null && appositive is { Count: > 0 } && SpeakerPhrase.Read(text, appositive, lexicon) is { Kind: SpeakerKind.Organisation } named)
        {
            speaker = named;
            subject = appositive;
            appositiveRole = null;
        }

        // "As President Ali Karimi has said, the protesters are misled …": after "as", the speaker opens the clause and what
        // was said follows the comma.
        if (speaker is null && clause.Count >= 2 && lexicon.Classes["as-openers"].Contains(clause[0].Text) && CommaNext(text, verbEnd))
        {
            var asWords = clause.Skip(1).Where(w => w.IsWord && !Skippable.Contains(w.Text)).ToList();
            if (asWords.Count > 0 && SpeakerPhrase.Read(text, asWords, lexicon) is { Kind: SpeakerKind.Person or SpeakerKind.Organisation or SpeakerKind.Outlet or SpeakerKind.RoleReference } asSaid)
            {
                speaker = asSaid;
                subject = asWords;
            }
        }

        // Inverted: "…," said Ali Shamkhani. Without quotation marks too, after a clause that names nobody: "Guards took
        // him away, said Parisa Hosseini, his cousin."
        if (speaker is null && !lexicon.Classes["audience-verbs"].Contains(verb) && (quoteBefore >= 0 || TrailingAttributionRule.Said(text, left, verbStart) is not null))
        {
            appositiveRole = subject.Count > 0 ? null : appositiveRole;
            subject = [];
            var following = Word.Split(text, verbEnd, right);
            // "…, said Amnesty International today": a word that says nothing of who spoke ends the name, as a date does.
            var after = following.TakeWhile(w => w.Text != "," && w.Text != "." && !DateWords.Contains(w.Text) && !Skippable.Contains(w.Text)).ToList();
            speaker = SpeakerPhrase.Read(text, after, lexicon);
            appositiveRole ??= TrailingRole(text, following, after.Count);
            if (LeadingRole(text, following, after) is { } officeFirst)
            {
                (speaker, appositiveRole) = officeFirst;
            }
        }

        if (speaker is null || (isParticiple && speaker.Kind is not SpeakerKind.Person and not SpeakerKind.Organisation))
        {
            if (isParticiple)
            {
                return;
            }

            if (speaker is null)
            {
                return;
            }
        }

        if (isParticiple && (subject.Count == 0 || clause.Count == 0 || clause[^1].Text == ","))
        {
            return;
        }

        var and = listName ? -1 : subject.FindLastIndex(w => w.Text == "and");
        if (and > 0 && and + 1 < subject.Count && subject[and - 1].IsCapitalised
            && speaker.Kind is SpeakerKind.Person or SpeakerKind.Organisation
            && SpeakerPhrase.Read(text, subject.GetRange(0, and), lexicon) is { Kind: SpeakerKind.Person or SpeakerKind.Organisation } first
            && SpeakerPhrase.Read(text, subject.GetRange(and + 1, subject.Count - and - 1), lexicon) is { Kind: SpeakerKind.Person or SpeakerKind.Organisation }
            && Resolve(context, first, subject[0].Start, people, drafts) is { } firstResolved)
        {
            // "Khamenei and President Hassan Rouhani have made similar remarks", "Amnesty International and Human Rights
            // Watch said": one statement each.
            AddDraft(context, quotes, people, drafts, verbStart, verbEnd, verb, left, right, quoteBefore, subject, speaker.Kind, firstResolved, null, findings);
            speaker = SpeakerPhrase.Read(text, subject.GetRange(and + 1, subject.Count - and - 1), lexicon) ?? speaker;
            subject = subject.GetRange(and + 1, subject.Count - and - 1);
        }

        if (speaker.Kind is SpeakerKind.Organisation && IsGeneralRemark(speaker, before, clause, subject))
        {
            return;
        }

        // "Amnesty said that the executions, which the government condemned as lawful, were unfair": a speaker opened by a
        // relative pronoun inside the words of the statement just read is part of what was said, not a statement.
        if (subject.Count > 0 && drafts.Count > 0 && drafts[^1].Quote.Contains(subject[0].Start) && clause.IndexOf(subject[0]) is > 0 and var opening
            && lexicon.Classes["relative-pronouns"].Contains(clause[opening - 1].Text))
        {
            return;
        }

        var resolved = Resolve(context, speaker, subject.Count > 0 ? subject[0].Start : verbStart, people, drafts);
        if (resolved is null)
        {
            return;
        }

        AddDraft(context, quotes, people, drafts, verbStart, verbEnd, verb, left, right, quoteBefore, subject, speaker.Kind, resolved.Value, appositiveRole, findings, continues);
    }

    // "IRNA quoted X as saying …", "X was quoted by IRNA as saying …", "…, X was quoted as saying by IRNA": X speaks,
    // IRNA is the outlet (the guideline's relayed quote).
    private void TryQuoted(ExtractionContext context, List<Quotation> quotes, List<PersonMention> people, List<StatementDraft> drafts, int start, int end)
    {
        var text = context.Text;
        var (left, quoteBefore) = LeftBound(text, start, quotes);
        var right = RightBound(text, end, quotes);
        if (QuotedAsSayingRule.Read(Word.Split(text, left, start), Word.Split(text, end, right, 40), lexicon) is not { } shape)
        {
            return;
        }

        if (SpeakerPhrase.Read(text, shape.Speaker, lexicon) is not { Kind: SpeakerKind.Person or SpeakerKind.Organisation or SpeakerKind.RoleReference or SpeakerKind.Pronoun } speaker
            || Resolve(context, speaker, shape.Speaker[0].Start, people, drafts) is not { } resolved)
        {
            return;
        }

        var count = drafts.Count;
        AddDraft(context, quotes, people, drafts, shape.Saying.Start, shape.Saying.End, text[start..end], left, right, quoteBefore, shape.Speaker, speaker.Kind, resolved, null, findings: false);
        if (drafts.Count > count && shape.Outlet.Count > 0 && SpeakerPhrase.Read(text, shape.Outlet, lexicon) is { Name: { } outlet })
        {
            drafts[^1].Outlet = outlet;
        }
    }

    private void AddDraft(
        ExtractionContext context,
        List<Quotation> quotes,
        List<PersonMention> people,
        List<StatementDraft> drafts,
        int verbStart,
        int verbEnd,
        string verb,
        int left,
        int right,
        int quoteBefore,
        List<Word> subject,
        SpeakerKind subjectKind,
        (string Name, string? Role, SpeakerKind Kind, string? Outlet) resolvedValue,
        string? appositiveRole,
        bool findings,
        bool continues = false)
    {
        var text = context.Text;
        var isParticiple = Participles.Contains(verb);
        (string Name, string? Role, SpeakerKind Kind, string? Outlet)? resolved = resolvedValue;

        var (name, role, kind, _) = resolved.Value;
        if (appositiveRole is not null && (role is null || role.Split(' ').All(lexicon.Classes["honorifics"].Contains)))
        {
            role = appositiveRole;
        }

        // The words said: the quotation just before, a quotation after the verb, or the reported clause.
        var quoteIndex = -1;
        TextSpan quote;
        TextSpan evidence;
        var dateTo = right;
        var dateFrom = left;
        if (quoteBefore >= 0 && (quotes[quoteBefore].Words >= options.MinQuoteWords || EndsWithComma(text, quotes[quoteBefore])))
        {
            quoteIndex = quoteBefore;
            quote = quotes[quoteBefore].Content;
            var end = TrimEnd(text, right);
            evidence = new TextSpan(Math.Max(quotes[quoteBefore].Span.Start, end - options.MaxEvidenceLength), end);
        }
        else if (QuoteAfter(text, quotes, verbEnd, right, left) is { } after)
        {
            quoteIndex = after;
            quote = quotes[after].Content;
            dateTo = Math.Min(right, quotes[after].Span.Start);
            var start = subject.Count > 0 ? subject[0].Start : verbStart;
            var end = Math.Min(quotes[after].Span.End, start + options.MaxEvidenceLength);
            evidence = new TextSpan(start, Math.Max(end, Math.Min(quotes[after].Span.Start + 1, quotes[after].Span.End)));
        }
        else
        {
            var contentStart = SkipThat(text, verbEnd, right);
            var content = new TextSpan(contentStart, TrimEnd(text, right));
            var attributionStart = subject.Count > 0 ? subject[0].Start : verbStart;
            var contentWords = CountWords(text, content); // asked up to three times below
            if (!isParticiple && subject.Count > 0 && contentWords == 0 && ColonBlock(text, verbEnd) is { } block)
            {
                // "The Foreign Secretary Boris Johnson said:" with the words said as the next paragraph, without quotation
                // marks (a press release's shape).
                quote = block;
                evidence = new TextSpan(attributionStart, Math.Min(block.End, attributionStart + options.MaxEvidenceLength));
            }
            else if ((subject.Count == 0 || contentWords < 3 || CommaAfter(text, verbEnd, right)) && !isParticiple && TrailingAttributionRule.Said(text, left, attributionStart) is { } said)
            {
                // "X said that …, Reuters reports.": the clause holds its own speaker and verb; the trailing one relays it
                // (the guideline: a relayed remark is its speaker's, the relaying medium is its outlet).
                // (From the sentence's start: a quotation inside the clause, "X claimed “enemies” had stirred unrest, the
                // Tehran Times reported", bounds the attribution's left side, not the clause relayed.)
                // (At most MaxRelayReach characters back, so a sentence of many such attributions stays linear.)
                var relayed = new TextSpan(Math.Min(said.Start, Math.Max(SentenceStartOf(context.Sentences, said.Start), said.Start - MaxRelayReach)), said.End);
                if (drafts.Count > 0 && relayed.Contains(drafts[^1].Attribution.Start) && TrailingAttributionRule.HasSpeechVerb(text, relayed, lexicon))
                {
                    drafts[^1].Outlet ??= name;
                    return;
                }

                // "…, the group said on Tuesday.": the clause before the attribution; a date in it dates what was said
                // ("Six were arrested on Monday, the group said"), not the saying.
                quote = said;
                dateFrom = attributionStart;
                evidence = new TextSpan(said.Start, Math.Min(TrimEnd(text, right), said.Start + options.MaxEvidenceLength));
            }
            else
            {
                // "The EU condemned the executions": a verb of condemning says all it says with its object.
                var least = lexicon.Classes["object-verbs"].Contains(verb) ? 2 : 3;
                if (contentWords < least || (!findings && lexicon.Classes["that-verbs"].Contains(verb) && !FollowedByThat(text, verbEnd, right) && !ReportsObject(text, verbEnd, right)))
                {
                    return;
                }

                quote = content;
                var start = subject.Count > 0 ? subject[0].Start : verbStart;

                // "HRANA also covered the events. It noted that …": one statement from the sentence that named the speaker.
                if (subjectKind == SpeakerKind.OrganisationReference && PreviousSentenceStart(context, start) is { } named
                    && PreviousSubject(context, start)?.Name == name)
                {
                    start = named;
                }

                evidence = new TextSpan(start, Math.Min(content.End, start + options.MaxEvidenceLength));
            }
        }

        var outlet = kind == SpeakerKind.Outlet ? resolved.Value.Outlet : OutletIn(context, left, dateTo, quotes);
        drafts.Add(new StatementDraft
        {
            Speaker = name,
            Role = role,
            Outlet = outlet,
            Date = DateIn(context, dateFrom, dateTo, quotes, verbStart),
            Quote = quote,
            Evidence = evidence,
            QuoteIndex = quoteIndex,
            Attribution = new TextSpan(left, right),
            Continues = continues || subjectKind is SpeakerKind.Pronoun or SpeakerKind.RoleReference or SpeakerKind.OrganisationReference || ContinuingVerbs.Contains(verb) || isParticiple,
            Kind = kind,
        });
    }

    private void TryAccordingTo(ExtractionContext context, List<Quotation> quotes, List<PersonMention> people, List<StatementDraft> drafts, int start, int toEnd)
    {
        var text = context.Text;
        var right = RightBound(text, toEnd, quotes);
        var words = Word.Split(text, toEnd, right);
        var np = words.TakeWhile(w => w.Text != "," && w.Text != "." && w.Text != ";" && !ClauseBreaks.Contains(w.Text)).ToList();

        // "according to a statement by the Revolutionary Guards", "according to a new report from Amnesty": the document's
        // author speaks.
        var doc = 0;
        while (doc < np.Count && doc < 3 && !lexicon.Classes["document-nouns"].Contains(np[doc].Text))
        {
            doc++;
        }

        if (doc < 3 && doc + 2 < np.Count && (doc == 0 || lexicon.Determiners.Contains(np[0].Text)) && lexicon.Classes["authorship"].Contains(np[doc + 1].Text))
        {
            np = np.GetRange(doc + 2, np.Count - doc - 2);
        }

        var speaker = np.Count == 0 ? null : SpeakerPhrase.Read(text, np, lexicon);

        // "according to the NGO Iran Human Rights in Oslo": a place after the speaker says where it is based.
        var located = np.FindLastIndex(w => w.Text is "in" or "based");
        if (located > 0 && located + 1 < np.Count && np[located + 1].IsCapitalised
            && speaker?.Kind is not (SpeakerKind.Person or SpeakerKind.Organisation or SpeakerKind.Outlet)
            && SpeakerPhrase.Read(text, np.GetRange(0, located), lexicon) is { Kind: SpeakerKind.Person or SpeakerKind.Organisation or SpeakerKind.Outlet } based)
        {
            // A country ends many organisations' names ("Human Rights Activists in Iran", "Center for Human Rights in
            // Iran"); a city says where one is based ("Iran Human Rights in Oslo").
            var country = context.Places.FirstOrDefault(p => p.Span.Start == np[located + 1].Start && p.Place.Precision == GeoPrecision.Country);
            speaker = based.Kind == SpeakerKind.Organisation && country is not null
                ? based with { Name = based.Name + " " + text[np[located].Start..np[^1].End] }
                : based;
            np = country is not null ? np : np.GetRange(0, located);
        }

        // "…, according to the authorities": the country's authorities as one collective speaker, as "according to state
        // media" is one medium (the guideline's collective speakers); "the authorities said" stays a general subject.
        if (speaker is null && np.Count == 2 && lexicon.Classes["definite-articles"].Contains(np[0].Text) && lexicon.Classes["according-collectives"].Contains(np[1].Text))
        {
            speaker = new Speaker(np[1].Text.ToLowerInvariant(), null, null, SpeakerKind.Organisation);
        }

        if (speaker is null)
        {
            return;
        }

        var (left, _) = LeftBound(text, start, quotes);

        // "…," he said according to the state-run Entekhab website: the source is where it was said.
        var attached = drafts.FindLast(d => d.Attribution.Contains(start));
        if (attached is not null)
        {
            attached.Outlet ??= speaker.Outlet ?? speaker.Name;
            return;
        }

        if (speaker.Kind is SpeakerKind.Pronoun or SpeakerKind.RoleReference or SpeakerKind.OrganisationReference || Resolve(context, speaker, np[0].Start, people, drafts) is not { } resolved)
        {
            return;
        }

        // "The ministry's spokesperson said …, according to IRNA": a clause with its own speaker and speech verb is relayed
        // by the medium after "according to", which is its source, not a speaker (when that speaker was read, it took the
        // medium as outlet above).
        if (start > left + 2 && RelaysSpeaker(text, left, start))
        {
            return;
        }

        // "According to Amnesty International, at least 304 people were killed": the rest of the sentence.
        var contentFrom = np[^1].End;
        var content = start > left + 2 ? new TextSpan(left, TrimEnd(text, start)) : new TextSpan(SkipPunctuation(text, contentFrom, right), TrimEnd(text, right));
        if (CountWords(text, content) < 3)
        {
            return;
        }

        var evidenceStart = Math.Min(left, start);
        while (evidenceStart < start && char.IsWhiteSpace(text[evidenceStart]))
        {
            evidenceStart++;
        }

        drafts.Add(new StatementDraft
        {
            Speaker = resolved.Name,
            Role = resolved.Role,
            Outlet = speaker.Outlet,
            Date = DateIn(context, left, right, quotes, start),
            Quote = content,
            Evidence = new TextSpan(evidenceStart, Math.Min(TrimEnd(text, right), evidenceStart + options.MaxEvidenceLength)),
            Attribution = new TextSpan(left, right),
            Kind = resolved.Kind,
        });
    }

    // Whether the words from left to at hold a relay verb ("said", "told") right after a capitalised word or an office
    // ("Karimi said", "the spokesperson told"): a speaker of its own.
    private bool RelaysSpeaker(string text, int left, int at)
    {
        var relay = lexicon.Classes["relay-verbs"];
        var words = Word.Split(text, left, at);
        for (var k = 1; k < words.Count; k++)
        {
            var before = words[k - 1];
            if (relay.Contains(words[k].Text) && before.IsWord && (before.IsCapitalised || lexicon.SingularRoles.Contains(before.Text)))
            {
                return true;
            }
        }

        return false;
    }

    private (string Name, string? Role, SpeakerKind Kind, string? Outlet)? Resolve(ExtractionContext context, Speaker speaker, int at, List<PersonMention> people, List<StatementDraft> drafts)
    {
        switch (speaker.Kind)
        {
            case SpeakerKind.OrganisationReference when speaker.Name is { } head:
            {
                // "the Ministry added" after "the Iranian Foreign Ministry said": the organisation that spoke before whose
                // name holds the word, however far back; else the subject of the sentence before, if its name does.
                // (The last MaxReferringDrafts statements only: a report of many such references stays linear.)
                for (var k = drafts.Count - 1; k >= Math.Max(0, drafts.Count - MaxReferringDrafts); k--)
                {
                    var named = drafts[k];
                    if (named.Kind is SpeakerKind.Organisation or SpeakerKind.Outlet && named.Attribution.Start < at && NameHolds(named.Speaker, head))
                    {
                        return (named.Speaker, named.Role, named.Kind, named.Kind == SpeakerKind.Outlet ? named.Outlet : null);
                    }
                }

                return PreviousSubject(context, at) is { } subject && NameHolds(subject.Name, head) ? subject : null;
            }

            case SpeakerKind.OrganisationReference:
            {
                // The subject of the sentence before, when it names an organisation or outlet ("HRANA also covered the
                // events. It noted that …"); otherwise the organisation or outlet that spoke last, nearby.
                if (PreviousSubject(context, at) is { } previous)
                {
                    return previous;
                }

                var draft = drafts.LastOrDefault(d => d.Kind is SpeakerKind.Organisation or SpeakerKind.Outlet && d.Attribution.Start < at && at - d.Attribution.End <= options.BackReferenceWindow);
                return draft is null ? null : (draft.Speaker, draft.Role, draft.Kind, draft.Kind == SpeakerKind.Outlet ? draft.Outlet : null);
            }

            case SpeakerKind.Pronoun:
            case SpeakerKind.RoleReference:
            {
                var needRole = speaker.Kind == SpeakerKind.RoleReference;
                var person = people.LastOrDefault(p => p.Span.End <= at && at - p.Span.End <= options.BackReferenceWindow && (!needRole || p.Role is not null));
                var draft = drafts.LastOrDefault(d => d.Kind == SpeakerKind.Person && d.Attribution.Start < at && at - d.Attribution.End <= options.BackReferenceWindow && (!needRole || d.Role is not null));
                if (needRole && (person is not null || draft is not null)
                    && AnotherHolder(context.Text, Math.Max(person?.Span.End ?? 0, draft?.Attribution.Start ?? 0), at))
                {
                    return null;
                }

                // "Vahidi said the groups were once hired by Saddam Hussein. They … , he added.": a person named inside the
                // last speaker's own words is spoken of, not speaking; the pronoun goes on with the speaker.
                if (draft is not null && (person is null || draft.Attribution.Start > person.Span.Start || draft.Quote.Contains(person.Span.Start)
                    || SameSentence(context.Sentences, draft.Attribution.Start, person.Span.Start)))
                {
                    return (draft.Speaker, draft.Role, SpeakerKind.Person, null);
                }

                if (person is not null)
                {
                    return (person.Name, person.Role, SpeakerKind.Person, null);
                }

                // Nobody named with that role before: an office with its qualifier speaks as itself ("the interior minister").
                return needRole && speaker.Name is { } office ? (office, office, SpeakerKind.Description, null) : null;
            }

            case SpeakerKind.Person when speaker.Name is { } name && !name.Contains(' ', StringComparison.Ordinal):
            {
                // A surname alone: the full name given earlier ("Raisi" → "Ebrahim Raisi").
                var full = people.LastOrDefault(p => p.Span.Start < at && (p.Name.EndsWith(" " + name, StringComparison.Ordinal) || p.Name.EndsWith("-" + name, StringComparison.Ordinal)))
                    ?? people.FirstOrDefault(p => p.Name.EndsWith(" " + name, StringComparison.Ordinal));
                return full is null ? (name, speaker.Role, SpeakerKind.Person, null) : (full.Name, speaker.Role ?? full.Role, SpeakerKind.Person, null);
            }

            default:
                return speaker.Name is null ? null : (speaker.Name, speaker.Role, speaker.Kind, speaker.Outlet);
        }
    }

    // "One day after spokesman X spoke, another spokesman condemned …. The spokesman said …": "the spokesman" after
    // "another spokesman" is that other one, whom the text does not name, not X. Whether the words from `from` to `at`
    // hold "another" with the office that opens at `at` (its first singular role among the next three words).
    private bool AnotherHolder(string text, int from, int at)
    {
        if (from >= at || text.AsSpan(from, at - from).IndexOf("another", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false; // the common case: no "another" at all, nothing split
        }

        var role = Word.Split(text, at, Math.Min(text.Length, at + 60), max: 3).Find(w => lexicon.SingularRoles.Contains(w.Text)).Text;
        if (role is null)
        {
            return false;
        }

        var words = Word.Split(text, from, at);
        for (var k = 1; k < words.Count; k++)
        {
            if (words[k].Text.Equals(role, StringComparison.OrdinalIgnoreCase) && words[k - 1].Text.Equals("another", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the name has the word as one of its words, in any case ("Iranian Foreign Ministry" holds "ministry").
    private static bool NameHolds(string name, string word)
    {
        foreach (var part in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Whether <paramref name="later"/> is in the sentence holding <paramref name="at"/> (found by binary search: a report of
    // many pronouns asks it once each).
    private static bool SameSentence(ImmutableArray<Sentence> sentences, int at, int later)
    {
        var k = SegmentLookup.SentenceAtOrBefore(sentences, at);
        return k >= 0 && sentences[k].Span.Contains(later);
    }

    private static int? PreviousSentenceStart(ExtractionContext context, int at) =>
        PreviousSentence(context.Sentences, at) is { } previous ? previous.Span.Start : null;

    // The sentence before the one holding <paramref name="at"/>, when both are in the same paragraph.
    private const int MaxRelayReach = 400;

    // The start of the sentence that holds the offset (the offset itself before the first sentence).
    private static int SentenceStartOf(ImmutableArray<Sentence> sentences, int at) =>
        SegmentLookup.SentenceAtOrBefore(sentences, at) is var k and >= 0 ? sentences[k].Span.Start : at;

    private static Sentence? PreviousSentence(ImmutableArray<Sentence> sentences, int at)
    {
        var k = sentences.Length - 1;
        while (k >= 0 && sentences[k].Span.Start > at)
        {
            k--;
        }

        return k >= 1 && sentences[k - 1].Paragraph == sentences[k].Paragraph ? sentences[k - 1] : null;
    }

    // The organisation or outlet that opens the sentence before the one at <paramref name="at"/>, in the same paragraph.
    private (string Name, string? Role, SpeakerKind Kind, string? Outlet)? PreviousSubject(ExtractionContext context, int at)
    {
        if (PreviousSentence(context.Sentences, at) is not { } previous)
        {
            return null;
        }

        var words = Word.Split(context.Text, previous.Span.Start, Math.Min(previous.Span.End, previous.Span.Start + 200));
        var subject = new List<Word>();
        foreach (var w in words)
        {
            var opens = subject.Count == 0 && lexicon.Determiners.Contains(w.Text);
            var inName = w.IsWord && (w.IsCapitalised || (subject.Count > 0 && (lexicon.NameJoiners.Contains(w.Text) || lexicon.OutletNouns.Contains(w.Text) || lexicon.Classes["organisation-kinds"].Contains(w.Text))));
            if (!opens && !inName)
            {
                break;
            }

            subject.Add(w);
        }

        if (subject.Count == 0 || SpeakerPhrase.Read(context.Text, subject, lexicon) is not { Kind: SpeakerKind.Organisation or SpeakerKind.Outlet, Name: { } name } speaker)
        {
            return null;
        }

        return (name, speaker.Role, speaker.Kind, speaker.Kind == SpeakerKind.Outlet ? speaker.Outlet : null);
    }

    // Three or more speakers named as a list right before the verb — "A, B and C said", "A, B, and C said" — each a person,
    // an organisation or an outlet read on its own (every name's words capitalised but "of"/"for"/"the"). Null for any other
    // subject, so the general reading below decides it. A list opened by words that are not a name ("In a statement, A, B
    // and C said") starts after them.
    private List<(List<Word> Words, Speaker Speaker)>? NamedSpeakers(string text, List<Word> clause)
    {
        var and = clause.FindLastIndex(w => w.Text == "and");
        if (and <= 0 || and + 1 >= clause.Count || clause.Count > 40)
        {
            return null;
        }

        var parts = new List<List<Word>> { clause.GetRange(and + 1, clause.Count - and - 1) };
        var end = clause[and - 1].Text == "," ? and - 1 : and; // the serial comma
        while (end > 0)
        {
            var start = clause.FindLastIndex(end - 1, end, w => w.Text == ",") + 1;
            var part = clause.GetRange(start, end - start);
            if (!IsListedName(part))
            {
                break;
            }

            parts.Insert(0, part);
            end = start - 1;
            if (start == 0)
            {
                break;
            }
        }

        if (parts.Count < 3 || !IsListedName(parts[^1]))
        {
            return null;
        }

        var speakers = new List<(List<Word>, Speaker)>(parts.Count);
        foreach (var part in parts)
        {
            if (SpeakerPhrase.Read(text, part, lexicon) is not { Kind: SpeakerKind.Person or SpeakerKind.Organisation or SpeakerKind.Outlet } speaker)
            {
                return null;
            }

            // An outlet named among speakers speaks for itself here, as an organisation does, not as a relay.
            speakers.Add((part, speaker.Kind is SpeakerKind.Outlet ? speaker with { Kind = SpeakerKind.Organisation, Outlet = null } : speaker));
        }

        return speakers;
    }

    private static bool IsListedName(List<Word> part) =>
        part.Count is > 0 and <= 8 && (part[0].IsCapitalised || (part[0].Text == "the" && part.Count > 1)) && part[^1].IsCapitalised
        && part.TrueForAll(w => w.IsCapitalised || w.Text is "of" or "for" or "the");

    private List<Word> SubjectWords(string text, List<Word> clause, SpanIndex dates, out string? appositiveRole, out List<Word>? appositiveWords, out bool listName)
    {
        appositiveRole = null;
        appositiveWords = null;
        listName = false;
        var words = new List<Word>(clause.Count);
        var depth = 0;
        var inBracket = 0; // words inside the current bracket group
        var acronymBefore = false; // the last thing dropped was a bracketed acronym ("(EEAS)")
        var afterAcronym = -1; // the offset of the word right after a bracketed acronym, if any
        foreach (var w in clause)
        {
            if (w.Text is "(" or "[")
            {
                depth++;
                inBracket = 0;
                acronymBefore = false;
            }
            else if (w.Text is ")" or "]")
            {
                depth = Math.Max(0, depth - 1);
                acronymBefore = depth == 0 && inBracket == 1;
            }
            else if (depth > 0)
            {
                inBracket += IsAcronym(w.Text) ? 1 : 2;
            }
            else if (!dates.Covers(new TextSpan(w.Start, w.End)))
            {
                if (acronymBefore)
                {
                    afterAcronym = w.Start;
                }

                acronymBefore = false;
                words.Add(w);
            }
        }

        // Comma-separated segments, nearest the verb first.
        var segments = new List<List<Word>>();
        var current = new List<Word>();
        foreach (var w in words)
        {
            if (w.Text is "," or "—" or "–")
            {
                segments.Add(current);
                current = [];
            }
            else if (w.Text is ":" or ";" or "\"" or "“" or "”")
            {
                current = [];
                segments.Clear();
            }
            else
            {
                current.Add(w);
            }
        }

        segments.Add(current);
        if (CommaListName(segments) is { } name)
        {
            listName = true;
            return name;
        }

        for (var k = segments.Count - 1; k >= 0; k--)
        {
            var seg = StripTrailing(segments[k]);

            // "… despite objections from some representatives who argued that …": a relative pronoun right before the verb,
            // with no comma before it, binds the verb to the phrase just before the pronoun; the speaker is that phrase or
            // nobody, never a name further back across a comma.
            if (k == segments.Count - 1 && seg.Count >= 2 && lexicon.Classes["relative-pronouns"].Contains(seg[^1].Text) && seg[^2].IsWord)
            {
                return Antecedent(seg, seg.Count - 1);
            }

            // "…, while the ministry called …": a subordinator opening the segment next to the verb introduces its
            // subject; further back it opens a fronted modifier ("While in Tehran, he said").
            var subordinateSubject = k == segments.Count - 1 && seg.Count > 2 && ClauseBreaks.Contains(seg[0].Text) && !seg[0].Text.EndsWith("ing", StringComparison.Ordinal)
                && lexicon.Determiners.Contains(seg[1].Text);
            if (seg.Count > 0 && !subordinateSubject && (Modifiers.Contains(seg[0].Text) || (!seg[0].IsCapitalised && seg[0].Text.EndsWith("ing", StringComparison.Ordinal))))
            {
                continue;
            }

            seg = WithoutMannerPhrase(CutAtClauseBreak(seg));
            while (seg.Count > 1 && SentenceAdverbs.Contains(seg[0].Text))
            {
                seg = seg.GetRange(1, seg.Count - 1);
            }

            if (seg.Count == 0 || Modifiers.Contains(seg[0].Text))
            {
                continue;
            }

            // An appositive sits between commas ("Ali Karimi, the mayor, said"); the segment next to the verb is its subject.
            // Without an article too, when it opens with a lower-case word and holds an office ("Karim Nazari, former
            // head of the provincial judiciary, said").
            var appositive = !subordinateSubject && k < segments.Count - 1
                && (seg[0].Text is "a" or "an"
                    || (seg[0].Text == "the" && k > 0 && !seg.Any(x => x.IsCapitalised && lexicon.FirstNames.Contains(x.Text)))
                    || (k > 0 && (!seg[0].IsCapitalised || (seg.Exists(x => !x.IsCapitalised && lexicon.SingularRoles.Contains(x.Text))
                            && !seg.Exists(x => x.IsCapitalised && lexicon.FirstNames.Contains(x.Text))))
                        && UnicodeClasses.IsLetter(seg[0].Text[0]) && seg.Any(x => lexicon.SingularRoles.Contains(x.Text))
                        && !seg.Any(x => lexicon.MayBeVerb(x.Text.AsSpan()) && lexicon.VerbLookup.ContainsKey(x.Text.AsSpan()))));
            if (appositive && k > 0)
            {
                appositiveWords ??= seg;
                appositiveRole = SpeakerPhrase.Role(text, seg, seg[0].Text is "a" or "an" ? 0 : 1, seg.Count, lexicon) is { } r && seg[0].Text is "a" or "an"
                    ? text[seg[0].Start..seg[^1].End]
                    : SpeakerPhrase.Role(text, seg, 0, seg.Count, lexicon);
                continue;
            }

            // "Nikki Haley, U.S. ambassador to the UN says …": an appositive the writer did not close with a comma; the
            // person named before it speaks, with the office as role.
            if (k == segments.Count - 1 && k > 0 && appositiveRole is null && !subordinateSubject
                && seg.Exists(x => !x.IsCapitalised && lexicon.SingularRoles.Contains(x.Text))
                && !seg.Exists(x => x.IsCapitalised && lexicon.FirstNames.Contains(x.Text))
                && !seg.Exists(x => lexicon.MayBeVerb(x.Text.AsSpan()) && lexicon.VerbLookup.ContainsKey(x.Text.AsSpan()))
                && SpeakerPhrase.Read(text, seg, lexicon) is null or { Kind: SpeakerKind.Description or SpeakerKind.RoleReference })
            {
                var holder = CutAtClauseBreak(StripTrailing(segments[k - 1]));
                if (holder.Count is >= 2 and <= 4 && holder.TrueForAll(x => x.IsCapitalised) && !Modifiers.Contains(holder[0].Text)
                    && holder.Exists(x => lexicon.FirstNames.Contains(x.Text)))
                {
                    appositiveRole = SpeakerPhrase.Role(text, seg, 0, seg.Count, lexicon);
                    return holder;
                }
            }

            // "Secretary-General of the European External Action Service (EEAS) Stefan Sannino said": a bracketed acronym
            // closes the institution's name; the two or three capitalised words after it, right before the verb, are its
            // office holder's name, whether or not the first name is known.
            if (afterAcronym >= 0 && appositiveRole is null && seg.FindIndex(x => x.Start == afterAcronym) is var holderAt and >= 2
                && seg.Count - holderAt is 2 or 3 && seg.Skip(holderAt).All(x => x.IsCapitalised && x.IsWord && !x.IsPossessive && !lexicon.RoleWords.Contains(x.Bare))
                && seg.Take(holderAt).Any(x => lexicon.NameJoiners.Contains(x.Text)))
            {
                appositiveRole = SpeakerPhrase.Role(text, seg, 0, holderAt, lexicon);
                return seg.GetRange(holderAt, seg.Count - holderAt);
            }

            // "The spokesman of the judiciary, Masoud Setayeshi, announced": the office before the name is its role.
            if (k == 1 && appositiveRole is null && seg.Count > 0 && seg.All(x => x.IsCapitalised))
            {
                var office = StripTrailing(segments[0]);
                if (office.Count >= 2 && lexicon.Determiners.Contains(office[0].Text) && office.Any(x => lexicon.SingularRoles.Contains(x.Text)))
                {
                    appositiveRole = SpeakerPhrase.Role(text, office, 0, office.Count, lexicon);
                }
            }

            return seg;
        }

        return [];
    }

    // The subject shared with an earlier verb when the words before the speech verb (past words that say nothing of who
    // spoke: "has", "also") end in "and": the words opening the clause up to its first
    // lower-case word that is neither an article nor an office ("The ministry's spokesman", "Kuwait", "He"). Null when
    // the verb is not so joined; empty when it is but the clause opens with no such subject (a fronted phrase).
    private List<Word>? CoordinatedSubject(List<Word> clause, SpanIndex dates)
    {
        var j = clause.Count - 1;
        while (j >= 0 && Skippable.Contains(clause[j].Text))
        {
            j--;
        }

        if (j < 2 || clause[j].Text != "and")
        {
            return null;
        }

        // A date opening the sentence ("On Monday he visited …") is skipped; another fronted phrase ("In Tehran, …")
        // leaves the verb to the general reading.
        var k = 0;
        while (k < j && (dates.Covers(new TextSpan(clause[k].Start, clause[k].End)) || clause[k].Text == ","))
        {
            k++;
        }

        if (k >= j || Modifiers.Contains(clause[k].Text) || !clause[k].IsWord)
        {
            return null;
        }

        var from = k;
        while (k < j && clause[k].IsWord && (clause[k].IsCapitalised || lexicon.Determiners.Contains(clause[k].Text) || lexicon.Particles.Contains(clause[k].Text)
            || lexicon.SingularRoles.Contains(clause[k].Text) || SubjectNouns.Contains(clause[k].Text)
            || (k + 1 < j && lexicon.NameJoiners.Contains(clause[k].Text) && clause[k + 1].IsCapitalised)))
        {
            k++;
        }

        var named = Enumerable.Range(from, k - from).Any(x => !lexicon.Determiners.Contains(clause[x].Text));
        var verbAt = named && k < j && clause[k].Text == "," ? AfterAppositive(clause, k + 1, j) : k;
        return !named || verbAt >= j - 1 || !clause[verbAt].IsWord || clause[verbAt].IsCapitalised ? [] : clause.GetRange(from, k - from);
    }

    // "Laura Finch, director for Asia at the Foreign Office, held talks … and underlined …": an appositive between commas
    // after the name opening the sentence (opened by a lower-case word or an article, holding an office) is skipped; the
    // offset of the word after its closing comma, or `from - 1` (a comma, so no subject) when the words are no appositive.
    private int AfterAppositive(List<Word> clause, int from, int end)
    {
        var close = from;
        while (close < end && clause[close].Text != ",")
        {
            close++;
        }

        var opens = close > from && clause[from].IsWord && (!clause[from].IsCapitalised || lexicon.Determiners.Contains(clause[from].Text));
        var office = false;
        for (var x = from; x < close && !office; x++)
        {
            office = lexicon.SingularRoles.Contains(clause[x].Text);
        }

        return opens && office && close + 1 < end ? close + 1 : from - 1;
    }

    // "…," said Reza Ahmadi, a spokesman for the teachers' union.": the appositive after the inverted speaker's name.
    // "the Foreign, Commonwealth and Development Office", "the Department for Culture, Media and Sport": an institution
    // whose name is a list — single capitalised words between commas, then "X and Y" of capitalised words — is one
    // speaker, when its last word is an institution's head ("Office") or its first part is one ("Department for Culture").
    // Lists of names ("Amnesty International, Human Rights Watch and Hengaw") hold more than one word between commas.
    private List<Word>? CommaListName(List<List<Word>> segments)
    {
        var last = segments[^1];
        var and = last.FindIndex(w => w.Text == "and");
        if (segments.Count < 2 || and <= 0 || and == last.Count - 1 || !last.TrueForAll(w => w.IsCapitalised || w.Text == "and"))
        {
            return null;
        }

        var j = segments.Count - 2;
        while (j >= 0 && segments[j].Count == 1 && segments[j][0].IsCapitalised && !lexicon.FirstNames.Contains(segments[j][0].Text))
        {
            j--;
        }

        // The first part: the segment before the single words (or the first single word itself), ending in a capitalised
        // word; its name runs back over capitalised words and joiners.
        var first = j >= 0 ? segments[j] : segments[0];
        if (first.Count == 0 || !first[^1].IsCapitalised || (j < 0 && segments.Count < 3))
        {
            return null;
        }

        var from = first.Count - 1;
        while (from > 0 && (first[from - 1].IsCapitalised || (lexicon.NameJoiners.Contains(first[from - 1].Text) && from > 1 && first[from - 2].IsCapitalised))
            && !lexicon.Determiners.Contains(first[from - 1].Text) && (!Modifiers.Contains(first[from - 1].Text) || lexicon.NameJoiners.Contains(first[from - 1].Text)))
        {
            from--;
        }

        // The name opens the clause or follows an article ("the Foreign, …"), never a fronted phrase ("In Tehran, …").
        if (from == 0 ? Modifiers.Contains(first[0].Text) : !lexicon.Determiners.Contains(first[from - 1].Text))
        {
            return null;
        }

        var heads = lexicon.Classes["institution-heads"];
        var headed = heads.Contains(last[^1].Text) || Enumerable.Range(from, first.Count - from).Any(k => heads.Contains(first[k].Text) && k + 1 < first.Count && lexicon.NameJoiners.Contains(first[k + 1].Text));
        if (!headed)
        {
            return null;
        }

        var words = first.GetRange(from, first.Count - from);
        for (var k = Math.Max(j, 0) + 1; k < segments.Count; k++)
        {
            words.AddRange(segments[k]);
        }

        return words;
    }

    private string? TrailingRole(string text, List<Word> following, int nameWords)
    {
        if (nameWords == 0 || nameWords >= following.Count || following[nameWords].Text != ",")
        {
            return null;
        }

        var role = following.Skip(nameWords + 1).TakeWhile(w => w.Text is not ("," or "." or ";" or ":" or "\"" or "“" or "”")).Where(w => w.IsWord).ToList();
        // An office written capitalised, as UN and government prose write them ("…, said Ali Karimi, Assistant
        // Secretary-General for Political Affairs, in a briefing"), is a role too when one of its words is an office.
        if (role.Count == 0 || role.Count > 12
            || !(role[0].Text is "a" or "an" or "the" || !role[0].IsCapitalised
                ? role.Any(w => lexicon.SingularRoles.Contains(w.Text))
                : role.Exists(w => w.IsCapitalised && IsOfficeWord(w.Text))))
        {
            return null;
        }

        return SpeakerPhrase.Role(text, role, 0, role.Count, lexicon);
    }

    // An acronym: two to eight capital letters ("EEAS", "OHCHR").
    private static bool IsAcronym(string word)
    {
        if (word.Length is < 2 or > 8)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!UnicodeClasses.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    // A capitalised word that is an office ("Secretary-General": its first hyphened part, "Director").
    private bool IsOfficeWord(string word)
    {
        var hyphen = word.IndexOf('-');
        var head = hyphen > 0 ? word[..hyphen] : word;
        return lexicon.SingularRoles.Contains(head.ToLowerInvariant());
    }

    // "Rights groups have described such trials as unfair": groups named by their cause, in the perfect, state what they
    // have long said (the guideline's general remark), not one statement; "Media and rights groups documented …" joins
    // them to a kind that names nobody.
    private bool IsGeneralRemark(Speaker speaker, List<Word> before, List<Word> clause, List<Word> subject)
    {
        if (speaker.Name is not { } name || !(lexicon.Classes["group-nouns"].Contains(name[(name.LastIndexOf(' ') + 1)..])
            || lexicon.Classes["collective-heads"].Contains(name[(name.LastIndexOf(' ') + 1)..])))
        {
            return false;
        }

        var first = subject.Count > 0 ? clause.IndexOf(subject[0]) : -1;
        return (before.Count > 0 && lexicon.Classes["general-perfect"].Contains(before[^1].Text))
            || (first > 0 && lexicon.Classes["name-stops"].Contains(clause[first - 1].Text));
    }

    // "…,” said the group’s regional director, Laleh Karimi.": the office comes first and the name after the comma; the
    // name is the speaker and the office its role.
    private (Speaker Speaker, string? Role)? LeadingRole(string text, List<Word> following, List<Word> office)
    {
        if (office.Count == 0 || office.Count >= following.Count || following[office.Count].Text != ","
            || !office.Exists(w => w.IsWord && lexicon.SingularRoles.Contains(w.Text)))
        {
            return null;
        }

        var name = following.Skip(office.Count + 1).TakeWhile(w => w.Text is not ("," or "." or ";" or ":")).Where(w => w.IsWord).ToList();
        if (name.Count is 0 or > 4 || !name.TrueForAll(w => w.IsCapitalised)
            || SpeakerPhrase.Read(text, name, lexicon) is not { Kind: SpeakerKind.Person } person)
        {
            return null;
        }

        // The name whole: after an office, a first word is a given name, not a title ("Sherif Mansour").
        var words = office.Where(w => w.IsWord).ToList();
        return (person with { Name = text[name[0].Start..name[^1].End], Role = null }, SpeakerPhrase.Role(text, words, 0, words.Count, lexicon));
    }

    private List<Word> StripTrailing(List<Word> seg)
    {
        var end = seg.Count;
        while (end > 0)
        {
            var t = seg[end - 1].Text;
            if (Skippable.Contains(t) || DateWords.Contains(t) || UnicodeClasses.IsDigit(t[0]) || (t.EndsWith("ly", StringComparison.Ordinal) && !UnicodeClasses.IsUpper(t[0]) && t.Length > 4 && !lexicon.Classes["periodicals"].Contains(t)))
            {
                end--;
                continue;
            }

            break;
        }

        return end == seg.Count ? seg : seg.GetRange(0, end);
    }

    // "China and Russia in a similar stand said", "Karimi in a televised address said": a short phrase of lower-case
    // words opened by a preposition (one of skippable) after a capitalised word says how or where, not who.
    private List<Word> WithoutMannerPhrase(List<Word> seg)
    {
        for (var p = seg.Count - 2; p >= 1 && p >= seg.Count - 5; p--)
        {
            if (!seg[p + 1].IsWord || seg[p + 1].IsCapitalised || UnicodeClasses.IsDigit(seg[p + 1].Text[0]))
            {
                return seg;
            }

            if (seg[p].IsWord && !seg[p].IsCapitalised && Skippable.Contains(seg[p].Text) && lexicon.Prepositions.Contains(seg[p].Text))
            {
                return seg[p - 1].IsWord && seg[p - 1].IsCapitalised ? seg.GetRange(0, p) : seg;
            }
        }

        return seg;
    }

    // The phrase before the relative pronoun at <paramref name="pronoun"/>: back to the nearest preposition, clause break or
    // form of "be" ("It was Amnesty International that said"),
    // at most MaxAntecedentWords words ("from some representatives who" → "some representatives"; a preposition joining
    // capitalised words stays in the name: "the Commissioner for Human Rights who").
    private const int MaxAntecedentWords = 8;

    private List<Word> Antecedent(List<Word> seg, int pronoun)
    {
        var start = pronoun;
        while (start > 0 && pronoun - start < MaxAntecedentWords && seg[start - 1].IsWord
            && !(!seg[start].IsCapitalised && lexicon.Prepositions.Contains(seg[start - 1].Text)) && !ClauseBreaks.Contains(seg[start - 1].Text)
            && !lexicon.Classes["passive-auxiliaries"].Contains(seg[start - 1].Text))
        {
            start--;
        }

        return start > 0 && pronoun - start >= MaxAntecedentWords ? [] : seg.GetRange(start, pronoun - start);
    }

    private List<Word> CutAtClauseBreak(List<Word> seg)
    {
        // "The X website that covers news in Y", "a watchdog that monitors cybersecurity and internet governance": a
        // relative clause with no subject of its own describes the phrase before it, whatever its own "and" joins; the
        // speaker is that phrase.
        for (var k = 1; k + 1 < seg.Count; k++)
        {
            if (lexicon.Classes["relative-pronouns"].Contains(seg[k].Text) && !seg[k + 1].IsCapitalised
                && !lexicon.Determiners.Contains(seg[k + 1].Text) && !lexicon.Classes["pronouns"].Contains(seg[k + 1].Text)
                && (seg[k + 1].Text.EndsWith('s') || seg[k + 1].Text.EndsWith("ed", StringComparison.Ordinal)))
            {
                return CutAtClauseBreak(seg.GetRange(0, k));
            }
        }

        for (var k = seg.Count - 1; k >= 0; k--)
        {
            if (ClauseBreaks.Contains(seg[k].Text) && !(k == 0 && seg[k].IsCapitalised && seg[k].Text == "The"))
            {
                return seg.GetRange(k + 1, seg.Count - k - 1);
            }

            if (seg[k].Text == "and" && k + 1 < seg.Count && !seg[k + 1].IsCapitalised)
            {
                return seg.GetRange(k + 1, seg.Count - k - 1);
            }
        }

        return seg;
    }

    private PartialDate? DateIn(ExtractionContext context, int from, int to, List<Quotation> quotes, int verb)
    {
        var text = context.Text;
        var dates = context.Dates;
        var found = new List<int>();
        context.DateIndex.StartingIn(from, to, found); // the dates between from and to, in list order
        DateMention? best = null;
        foreach (var k in found)
        {
            var d = dates[k];
            if (d.Span.Start < from || d.Span.End > to || QuoteScanner.Inside(quotes, d.Span.Start))
            {
                continue;
            }

            // After the verb only a date close to it dates the saying ("said on Friday", "said in an interview on
            // Friday"); one further on dates what was reported ("said rioters attacked a station on Friday").
            if (d.Span.Start > verb && !CloseAfterVerb(text, verb, d.Span.Start))
            {
                continue;
            }

            // "Citing reports since the protests began last Friday, X said": a date after a word of the pack's
            // period-openers class in its own clause starts a period, it is not the day of saying.
            if (d.Span.Start < verb && OpensPeriod(text, from, d.Span.Start))
            {
                continue;
            }

            if (best is null || Math.Abs(d.Span.Start - verb) < Math.Abs(best.Span.Start - verb))
            {
                best = d;
            }
        }

        return best?.Start;
    }

    // "since" in the date's own clause, within the reach of a clause: a line without punctuation is not read back to its
    // start per date.
    private bool OpensPeriod(string text, int from, int date) => HasClassWord(text, from, date, date, 200, ClauseEnds, "period-openers");

    private static bool CloseAfterVerb(string text, int verb, int date)
    {
        // Skip the verb itself, then count the words up to the date.
        var k = verb;
        while (k < date && UnicodeClasses.IsLetter(text[k]))
        {
            k++;
        }

        var words = 0;
        var inWord = false;
        for (; k < date; k++)
        {
            var c = text[k];
            if (c is ',' or ';' or ':' or '"' or '“' or '”')
            {
                return false;
            }

            if (UnicodeClasses.IsLetter(c))
            {
                if (!inWord)
                {
                    words++;
                    if (k + 4 <= date && text.AsSpan(k, 4).Equals("that", StringComparison.OrdinalIgnoreCase) && (k + 4 == date || !UnicodeClasses.IsLetter(text[k + 4])))
                    {
                        return false;
                    }
                }

                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        return words <= 4;
    }

    private string? OutletIn(ExtractionContext context, int from, int to, List<Quotation> quotes)
    {
        // Most clauses name no outlet: their words are looked up in place before any is made into a string.
        var text = context.Text;
        if (!MayNameOutlet(text, context.Tokens, from, to))
        {
            return null;
        }

        var words = Word.Split(text, from, to).Where(w => !QuoteScanner.Inside(quotes, w.Start)).ToList();
        for (var k = 0; k < words.Count; k++)
        {
            if (lexicon.OutletNouns.Contains(words[k].Text) && (!words[k].IsCapitalised || words[k].Text == "TV"))
            {
                // The words around the noun up to a punctuation mark: "Speaking to state TV, Karimi said" names state TV,
                // not an outlet "Karimi".
                var s = k;
                while (s > 0 && k - s < 4 && words[s - 1].IsWord)
                {
                    s--;
                }

                var e = k + 1;
                while (e < words.Count && e - k < 4 && words[e].IsWord)
                {
                    e++;
                }

                if (SpeakerPhrase.Read(text, words.GetRange(s, e - s), lexicon) is { Kind: SpeakerKind.Outlet } o)
                {
                    return o.Outlet;
                }
            }

            if (words[k].IsCapitalised && lexicon.OutletNames.Contains(words[k].Text))
            {
                return words[k].Text;
            }
        }

        return null;
    }

    // A word that is exactly one token is looked up by the token's number, any other by its characters.
    private bool MayNameOutlet(string text, List<WordToken> tokens, int from, int to)
    {
        var cursor = new TokenCursor(tokens, from);
        foreach (var (start, end) in Word.Spans(text, from, to))
        {
            if (cursor.NumberOf(start, end) is var number and >= 0
                ? lexicon.IsOutletWord(number)
                : lexicon.OutletWordLookup.Contains(text.AsSpan(start, end - start)))
            {
                return true;
            }
        }

        return false;
    }

    private int? QuoteAfter(string text, List<Quotation> quotes, int verbEnd, int right, int left)
    {
        for (var k = 0; k < quotes.Count; k++)
        {
            var quote = quotes[k];
            if (quote.Span.Start < verbEnd)
            {
                continue;
            }

            var gap = text.AsSpan(verbEnd, quote.Span.Start - verbEnd);
            if (quote.Span.Start <= right)
            {
                // "X said: “…”", "X said, “…”", "X said on Monday that “…”"; not a quotation inside the reported clause
                // ("noted that on the anniversary of “Bloody Friday,” residents …").
                if (WordsAfterThat(text, verbEnd, quote.Span.Start) >= 3)
                {
                    return null;
                }

                return (gap.Trim().Length <= 40 || gap.TrimEnd().EndsWith(":")) && (quote.Words >= options.MinQuoteWords || gap.TrimEnd().EndsWith(":") || gap.TrimEnd().EndsWith(",")) ? k : null;
            }

            // The next paragraph: after an attribution that ends with a colon, "the following remarks", or "said it/this".
            var between = text.AsSpan(right, quote.Span.Start - right);
            if (between.Trim().Length != 0 && !(between.Trim().Length == 1 && between.Trim()[0] is '.' or ':'))
            {
                return null;
            }

            if (!between.Contains('\n'))
            {
                return null;
            }

            var clause = text.AsSpan(left, right - left);
            var announcing = clause.TrimEnd().EndsWith(":") || text.AsSpan(right, Math.Min(2, text.Length - right)).StartsWith(":")
                || clause.Contains("the following", StringComparison.OrdinalIgnoreCase) || clause.Contains(" remarks", StringComparison.Ordinal)
                || clause.Contains("said it", StringComparison.Ordinal) || clause.Contains("said this", StringComparison.Ordinal) || clause.Contains("as follows", StringComparison.Ordinal)
                || gap.Trim().Length == 0 || (gap.Trim().Length == 1 && gap.Trim()[0] is not ('.' or '!' or '?'));
            // (A sentence that ends after its verb, "…, Xinhua news agency reported.", hands nothing on: the quotation
            // in the next paragraph is attributed there.)
            return announcing && quote.Words >= options.MinQuoteWords ? k : null;
        }

        return null;
    }

    private static (int Left, int QuoteBefore) LeftBound(string text, int at, List<Quotation> quotes)
    {
        var limit = Math.Max(0, at - 400);
        for (var k = at - 1; k >= limit; k--)
        {
            var c = text[k];
            if (c == '\n')
            {
                return (k + 1, -1);
            }

            if (c is '”' or '"' or '’')
            {
                var qi = QuoteScanner.EndingAt(quotes, k + 1);
                if (qi >= 0)
                {
                    return (k + 1, qi);
                }
            }

            if (c is ';' || (c is '.' or '!' or '?' or ':' && k + 1 < text.Length && char.IsWhiteSpace(text[k + 1]) && !IsAbbreviationBefore(text, k)))
            {
                return (k + 1, -1);
            }

            // "TEHRAN (Reuters) - Judiciary spokesman X said": the dateline is not part of the speaker phrase.
            if (c is '-' or '–' or '—' && IsDatelineEnd(text, k))
            {
                return (k + 1, -1);
            }
        }

        return (limit, -1);
    }

    private static bool IsDatelineEnd(string text, int dash)
    {
        var lineStart = dash;
        while (lineStart > 0 && text[lineStart - 1] != '\n' && dash - lineStart < 48)
        {
            lineStart--;
        }

        return Segmentation.Dateline.End(text, new TextSpan(lineStart, Math.Min(text.Length, lineStart + 48))) == dash + 1;
    }

    private static int RightBound(string text, int from, List<Quotation> quotes)
    {
        var limit = Math.Min(text.Length, from + 600);
        for (var k = from; k < limit; k++)
        {
            var c = text[k];
            if (c == '\n')
            {
                return k;
            }

            var qi = c is '“' or '"' or '‘' ? QuoteScanner.StartingAt(quotes, k) : -1;
            if (qi >= 0)
            {
                k = quotes[qi].Span.End - 1;
                continue;
            }

            if (c is '.' or '!' or '?' && (k + 1 >= text.Length || char.IsWhiteSpace(text[k + 1])) && !IsAbbreviationBefore(text, k))
            {
                return k + 1;
            }
        }

        return limit;
    }

    // The paragraph after a speech verb that ends its line with a colon ("… said:\n\nThe UK is watching …"); null when the
    // line goes on after the colon or no paragraph of some length follows.
    private static TextSpan? ColonBlock(string text, int verbEnd)
    {
        var k = verbEnd;
        while (k < text.Length && text[k] is ' ' or '\t')
        {
            k++;
        }

        if (k >= text.Length || text[k] != ':')
        {
            return null;
        }

        k++;
        while (k < text.Length && text[k] is ' ' or '\t' or '\r')
        {
            k++;
        }

        if (k >= text.Length || text[k] != '\n')
        {
            return null;
        }

        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        var reach = Math.Min(text.Length - k, MaxColonBlock);
        var end = text.IndexOf('\n', k, reach);
        end = TrimEnd(text, end < 0 ? k + reach : end);
        return end - k >= MinColonBlock ? new TextSpan(k, end) : null;
    }

    private static bool IsAbbreviationBefore(string text, int dot)
    {
        var s = dot;
        while (s > 0 && UnicodeClasses.IsLetter(text[s - 1]))
        {
            s--;
        }

        return s < dot && UnicodeClasses.IsUpper(text[s]) && Word.IsAbbreviation(text.AsSpan(s, dot - s)) && text[dot] == '.';
    }

    private static List<Word> PreviousWords(string text, int at, int count)
    {
        var from = at;
        var seen = 0;
        while (from > 0 && seen <= count && at - from < 60)
        {
            from--;
            if (text[from] == '\n')
            {
                from++;
                break;
            }

            if (char.IsWhiteSpace(text[from]) && from > 0 && !char.IsWhiteSpace(text[from - 1]))
            {
                seen++;
            }
        }

        // The last `count` words, punctuation left out, in text order. This runs for every verb and statement noun: the
        // range's tokens are counted by offsets first and only the last words made (Word.Split made a string of each).
        var words = 0;
        foreach (var (start, _) in Word.Spans(text, from, at))
        {
            if (UnicodeClasses.IsLetterOrDigit(text[start]))
            {
                words++;
            }
        }

        var last = new List<Word>(Math.Min(count, words));
        var skip = words - count;
        foreach (var (start, end) in Word.Spans(text, from, at))
        {
            if (UnicodeClasses.IsLetterOrDigit(text[start]) && skip-- <= 0)
            {
                last.Add(new Word(start, end, text[start..end]));
            }
        }

        return last;
    }

    private static bool NextWord(string text, int from, out int start, out int end)
    {
        start = from;
        while (start < text.Length && text[start] is ' ' or '\t')
        {
            start++;
        }

        end = start;
        while (end < text.Length && UnicodeClasses.IsLetter(text[end]))
        {
            end++;
        }

        return end > start;
    }

    private static bool IsOneOf(string words, ReadOnlySpan<char> word)
    {
        foreach (var range in words.AsSpan().Split(' '))
        {
            if (words.AsSpan()[range].SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    // "according to": the first word, or with second = true, the second ("to", which also marks "said to be").
    private bool IsAccording(ReadOnlySpan<char> word, bool second = false)
    {
        var according = lexicon.According;
        return according.Length == 2 && word.Equals(according[second ? 1 : 0], StringComparison.OrdinalIgnoreCase);
    }

    // A that-verb reports speech before "that", a colon, or a clause that can only be reported ("reported there were …").
    private bool FollowedByThat(string text, int from, int right) =>
        (AfterDatePhrase(text, from, right) is var k && NextWord(text, k, out var s, out var e) && e <= right && lexicon.ThatOpeners.Contains(text.AsSpan(s, e - s)))
        || text.AsSpan(from, Math.Min(3, text.Length - from)).TrimStart().StartsWith(":");

    private int SkipThat(string text, int from, int right)
    {
        var k = SkipPunctuation(text, from, right);
        var after = AfterDatePhrase(text, k, right);
        if (NextWord(text, after, out var s, out var e) && text.AsSpan(s, e - s) is "that")
        {
            return SkipPunctuation(text, e, right);
        }

        return k;
    }

    private int WordsAfterThat(string text, int from, int to)
    {
        var words = Word.Split(text, from, to);
        var that = words.FindIndex(w => w.Text is "that" || lexicon.ThatOpeners.Contains(w.Text.AsSpan()));
        return that < 0 ? 0 : words.Skip(that + 1).Count(w => w.IsWord);
    }

    // "…, state media said, as the authorities cut …": the verb (with a date phrase) ends its clause at a comma.
    private static bool CommaNext(string text, int verbEnd)
    {
        var k = verbEnd;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        return k < text.Length && text[k] == ',';
    }

    private bool CommaAfter(string text, int verbEnd, int right)
    {
        var k = AfterDates(text, verbEnd, right);
        while (k < right && text[k] == ' ')
        {
            k++;
        }

        return k < right && text[k] == ',';
    }

    private int AfterDates(string text, int from, int right)
    {
        var words = Word.Split(text, from, Math.Min(right, from + 60));
        var end = from;
        foreach (var w in words)
        {
            if (!w.IsWord || !(DateWords.Contains(w.Text) || Skippable.Contains(w.Text) || UnicodeClasses.IsDigit(w.Text[0])))
            {
                break;
            }

            end = w.End;
        }

        return end;
    }

    // "Amnesty International's latest report identified …": a finding verb right after a document noun (adverbs between).
    private bool FindingOfDocument(string text, ReadOnlySpan<char> verb, int verbStart)
    {
        if (!lexicon.FindingVerbs.Contains(verb))
        {
            return false;
        }

        var before = PreviousWords(text, verbStart, 3);
        for (var k = before.Count - 1; k >= 0; k--)
        {
            if (lexicon.Classes["document-nouns"].Contains(before[k].Text))
            {
                return true;
            }

            if (!Skippable.Contains(before[k].Text) && !before[k].Text.EndsWith("ly", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    // "HRW reported security forces beat …", "the group reported outages": a that-verb with an object reports speech;
    // "reported to the police", "reported for duty" do not.
    private bool ReportsObject(string text, int verbEnd, int right) =>
        NextWord(text, verbEnd, out var s, out var e) && e <= right && !lexicon.Classes["not-report-objects"].Contains(text[s..e]);

    // "reports Saturday that", "said on 3 May that", "announced in a statement that": the offset after a short phrase
    // of date and skippable words after a speech verb (at most four words), or <paramref name="from"/> when none follows.
    private int AfterDatePhrase(string text, int from, int right)
    {
        var words = Word.Split(text, from, Math.Min(right, from + 80), max: 5);
        for (var n = 0; n < words.Count && n <= 4; n++)
        {
            var word = words[n].Text;
            if (lexicon.ThatOpeners.Contains(word.AsSpan()))
            {
                return n == 0 ? from : words[n - 1].End;
            }

            if (!words[n].IsWord || !(DateWords.Contains(word) || Skippable.Contains(word) || UnicodeClasses.IsDigit(word[0]) || lexicon.Determiners.Contains(word) || lexicon.StatementNouns.Contains(word)))
            {
                break;
            }
        }

        return from;
    }

    private static int SkipPunctuation(string text, int from, int right)
    {
        var k = from;
        while (k < right && (char.IsWhiteSpace(text[k]) || text[k] is ',' or ':'))
        {
            k++;
        }

        return k;
    }

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static bool EndsWithComma(string text, Quotation quote) =>
        quote.Closed && quote.Content.End > quote.Content.Start && text[quote.Content.End - 1] is ',' or '!' or '?' or '.';

    private static int CountWords(string text, TextSpan span)
    {
        var words = 0;
        var inWord = false;
        for (var k = span.Start; k < span.End && k < text.Length; k++)
        {
            var letter = UnicodeClasses.IsLetterOrDigit(text[k]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    private ImmutableArray<StatementMention> Merge(string text, List<StatementDraft> drafts, DateOnly? published, string original)
    {
        // One remark read twice, by the quotation and by the reported-speech rule of a verb-final pack («X گفت: «…»»,
        // the speaker written once with a title and once as the persons stage names them): the quotation's draft stays.
        // (The quotations' drafts by quote span, and below the kept drafts by quotation, so a long report with many
        // statements is not read once per statement.)
        var byQuote = new Dictionary<TextSpan, List<TextSpan>>();
        foreach (var e in drafts)
        {
            if (e.QuoteIndex >= 0)
            {
                (CollectionsMarshal.GetValueRefOrAddDefault(byQuote, e.Quote, out _) ??= []).Add(e.Attribution);
            }
        }

        drafts.RemoveAll(d => d.QuoteIndex < 0 && byQuote.TryGetValue(d.Quote, out var attributions) && attributions.Exists(a => a.Overlaps(d.Attribution)));

        var kept = new List<StatementDraft>();
        var newlines = new Newlines(text);
        var lastOfQuote = new Dictionary<int, int>(); // quotation index -> position in kept of the last draft of it
        var bySpeaker = new Dictionary<string, List<int>>(StringComparer.Ordinal); // speaker -> positions in kept, ascending
        var bySurname = new Dictionary<string, int>(StringComparer.Ordinal); // OccasionKey -> last position in kept
        void Keep(StatementDraft d)
        {
            if (d.QuoteIndex >= 0)
            {
                lastOfQuote[d.QuoteIndex] = kept.Count;
            }

            (CollectionsMarshal.GetValueRefOrAddDefault(bySpeaker, d.Speaker, out _) ??= []).Add(kept.Count);
            bySurname[OccasionKey(d)] = kept.Count;
            kept.Add(d);
        }

        foreach (var d in drafts.OrderBy(d => d.Attribution.Start))
        {
            var sharerAt = d.QuoteIndex >= 0 && lastOfQuote.TryGetValue(d.QuoteIndex, out var at) ? at : -1;
            var sharer = sharerAt >= 0 ? kept[sharerAt] : null;
            if (sharer is not null && !string.Equals(sharer.Speaker, d.Speaker, StringComparison.Ordinal))
            {
                if (sharer.Attribution == d.Attribution)
                {
                    Keep(d); // coordinated speakers of one remark
                }
                else if (d.Attribution.Start >= d.Quote.End)
                {
                    // The attribution after the quotation ("…," Y said) names its speaker: the place changes hands.
                    bySpeaker[sharer.Speaker].Remove(sharerAt);
                    var positions = CollectionsMarshal.GetValueRefOrAddDefault(bySpeaker, d.Speaker, out _) ??= [];
                    var insertAt = positions.BinarySearch(sharerAt);
                    positions.Insert(insertAt < 0 ? ~insertAt : insertAt, sharerAt);
                    kept[sharerAt] = d;
                    var key = OccasionKey(d);
                    bySurname[key] = bySurname.TryGetValue(key, out var last) ? Math.Max(last, sharerAt) : sharerAt;
                }

                continue;
            }

            var same = sharer ?? LastSameRemark(kept, bySpeaker, d);
            if (same is null && kept.Count > 0)
            {
                var prev = kept[^1];
                var sameSpeaker = string.Equals(prev.Speaker, d.Speaker, StringComparison.Ordinal)
                    || (d.Kind == SpeakerKind.Outlet && string.Equals(prev.Outlet, d.Speaker, StringComparison.Ordinal));
                var near = newlines.ParagraphsBetween(Math.Max(prev.Quote.End, prev.Attribution.End), d.Attribution.Start) <= 1;
                // One occasion, one statement: the same speaker again in the same paragraph ("X told reporters on
                // Monday that … ." then "“…,” X said.") continues what they said.
                var sameParagraph = newlines.ParagraphsBetween(Math.Max(prev.Quote.End, prev.Attribution.End), d.Attribution.Start) == 0
                    && !newlines.Any(prev.Evidence.End, d.Attribution.Start);
                // Said on another day is another occasion ("On November 13 …, according to state media. On December 1, state
                // media reported that …").
                var otherDay = prev.Date is { } saidBefore && d.Date is { } saidNow && !saidBefore.Equals(saidNow);
                if (sameSpeaker && !otherDay && ((near && (d.Continues || d.Kind == SpeakerKind.Outlet || prev.Attribution.Overlaps(d.Attribution))) || sameParagraph))
                {
                    same = prev;
                }
            }

            same ??= EarlierSameOccasion(text, kept, bySurname, d, published);

            if (same is null)
            {
                Keep(d);
                continue;
            }

            // The dated part of a statement is the one to show: it says when the words were said.
            if (same.Date is null && d.Date is not null && same.QuoteIndex != d.QuoteIndex)
            {
                same.Quote = d.Quote;
                same.Evidence = d.Evidence;
            }

            same.Outlet ??= d.Outlet;
            same.Date ??= d.Date;
            same.Role ??= d.Role;
        }

        // An undated remark in a dated report was made by the day it was published (the guideline's convention).
        var fallback = published is { } day && options.DateFromPublication ? PartialDate.OfDay(day) : (PartialDate?)null;
        // A remark the attribution's sentence says was made another time ("has previously said") was not made that day.
        return [.. kept.Select(d => new StatementMention(CleanSpeaker(d.Speaker), d.Role, d.Date ?? (OtherOccasion(text, d.Attribution, d.Quote) ? null : fallback), d.Outlet, d.Quote.Of(original), d.Evidence)
        {
            DateSource = d.Date is null ? DateSource.Publication : DateSource.Text,
        })];
    }

    // One statement per speaker per occasion (the guideline's convention): the same speaker again anywhere in the report
    // ("Colville said …" three paragraphs after "spokesperson Rupert Colville said …") goes on with what they said, unless
    // both are dated and the days differ (another occasion). A person is known by surname, so "Colville" continues
    // "Rupert Colville". A word of the pack's other-occasion class in the attribution's sentence ("An earlier report by
    // Hengaw warned", "X has repeatedly admitted") says the remark was made another time.
    // An undated remark counts as made on the publication day (the guideline's convention), so it joins a dated one only
    // of that day.
    private StatementDraft? EarlierSameOccasion(string text, List<StatementDraft> kept, Dictionary<string, int> bySurname, StatementDraft d, DateOnly? published)
    {
        var key = OccasionKey(d);
        if (!bySurname.TryGetValue(key, out var at) || OtherOccasion(text, d.Attribution, d.Quote))
        {
            return null;
        }

        // A position whose draft another speaker has taken over since (the place changing hands) is no longer this key's.
        var earlier = kept[at];
        var day = published is { } p ? PartialDate.OfDay(p) : (PartialDate?)null;
        return !string.Equals(OccasionKey(earlier), key, StringComparison.Ordinal)
            || ((earlier.Date ?? day) is { } before && (d.Date ?? day) is { } now && !before.Equals(now))
            ? null
            : earlier;
    }

    // In the attribution's sentence ("An earlier report by Hengaw warned", "X has repeatedly admitted"), outside the words
    // said: "Karimi said Iran was ready to talk in the previous manner" was said on this occasion, of an earlier one.
    private bool OtherOccasion(string text, TextSpan attribution, TextSpan said) =>
        HasClassWord(text, 0, attribution.Start, attribution.End, 300, SentenceEnds, "other-occasion", said);

    /// <summary>
    /// Whether a word of the lexicon's class <paramref name="className"/> stands between the last of <paramref name="stops"/>
    /// before <paramref name="at"/> (looked for at most <paramref name="reach"/> characters back, not before
    /// <paramref name="floor"/>) and <paramref name="end"/>.
    /// </summary>
    private bool HasClassWord(string text, int floor, int at, int end, int reach, SearchValues<char> stops, string className, TextSpan skip = default)
    {
        var words = lexicon.Classes[className];
        if (words.Count == 0)
        {
            return false;
        }

        // The words by their spans, not as strings (Word.Split made a string of each of up to 300 characters' words, 780 asks
        // over 400 reports: session 29's profile); a word token starts with a letter or digit, as Word.IsWord tests.
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var lowest = Math.Min(at, Math.Max(floor, at - reach));
        var stop = text.AsSpan(lowest, at - lowest).LastIndexOfAny(stops);
        foreach (var (start, wordEnd) in Word.Spans(text, stop < 0 ? lowest : lowest + stop + 1, end))
        {
            if (UnicodeClasses.IsLetterOrDigit(text[start]) && !(skip.Length > 0 && skip.Contains(start)) && lookup.Contains(text.AsSpan(start, wordEnd - start)))
            {
                return true;
            }
        }

        return false;
    }

    private static string OccasionKey(StatementDraft d)
    {
        if (d.Kind is SpeakerKind.Person or SpeakerKind.Pronoun or SpeakerKind.RoleReference)
        {
            var space = d.Speaker.LastIndexOf(' ');
            return Undoubled(space >= 0 ? d.Speaker[(space + 1)..] : d.Speaker);
        }

        return d.Speaker;
    }

    // A surname with its doubled letters written once: a report spelling one name two ways ("Borrell" then "Borrel",
    // "Kanaani" then "Kanani") still names one speaker.
    private static string Undoubled(string surname)
    {
        var sb = new StringBuilder(surname.Length);
        foreach (var c in surname)
        {
            if (sb.Length == 0 || char.ToLowerInvariant(sb[^1]) != char.ToLowerInvariant(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    // The last kept draft by the same speaker whose attribution and quotation overlap the draft's: the speaker's own
    // positions, newest first, instead of every kept draft.
    private static StatementDraft? LastSameRemark(List<StatementDraft> kept, Dictionary<string, List<int>> bySpeaker, StatementDraft d)
    {
        if (!bySpeaker.TryGetValue(d.Speaker, out var positions))
        {
            return null;
        }

        for (var k = positions.Count - 1; k >= 0; k--)
        {
            var candidate = kept[positions[k]];
            if (candidate.Attribution.Overlaps(d.Attribution) && candidate.Quote.Overlaps(d.Quote))
            {
                return candidate;
            }
        }

        return null;
    }

    // A speaker string never keeps a leading preposition or a stray bracket ("to Iran’s Guards", "(HRANA").
    private string CleanSpeaker(string speaker)
    {
        var s = speaker.AsSpan().Trim().Trim("()[]");
        var space = s.IndexOf(' ');
        if (space > 0 && lexicon.Prepositions.Contains(s[..space].ToString()))
        {
            s = s[(space + 1)..].TrimStart();
            space = s.IndexOf(' ');
        }

        if (space > 0 && UnicodeClasses.IsUpper(s[0]) && lexicon.Determiners.Contains(s[..space].ToString()))
        {
            s = s[(space + 1)..].TrimStart();
            space = s.IndexOf(' ');
        }

        // "the IRGC-affiliated Tasnim", "the Oslo-based IHR", "the NGO HRANA": a word describing the organisation before its
        // name (a compound ending in descriptor-suffixes, or a kind of organisation) is not part of the name.
        while (space > 0 && space + 1 < s.Length && UnicodeClasses.IsUpper(s[space + 1]) && IsDescriptor(s[..space]))
        {
            s = s[(space + 1)..].TrimStart();
            space = s.IndexOf(' ');
        }

        return s.Length == speaker.Length ? speaker : s.ToString();
    }

    private bool IsDescriptor(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 ? lexicon.Classes["descriptor-suffixes"].Contains(word[(hyphen + 1)..].ToString())
            : lexicon.Classes["organisation-kinds"].Contains(word.ToString());
    }

    // The newlines of a text, found once when first asked and then counted by binary search: a statement that goes on
    // over many drafts (one speaker quoted again and again) was measured back to its start for each of them, quadratic.
    private sealed class Newlines(string text)
    {
        private List<int>? _all;        // every '\n'
        private List<int>? _paragraphs; // every '\n' not followed by another: a paragraph (or line) break

        // Line breaks in [from, to): one per '\n' not followed by another.
        public int ParagraphsBetween(int from, int to)
        {
            to = Math.Min(to, text.Length);
            if (from >= to)
            {
                return 0;
            }

            Find();
            return LowerBound(_paragraphs!, to) - LowerBound(_paragraphs!, from);
        }

        // True when a '\n' lies in [from, to).
        public bool Any(int from, int to)
        {
            if (from >= to)
            {
                return false;
            }

            Find();
            return LowerBound(_all!, to) > LowerBound(_all!, from);
        }

        private void Find()
        {
            if (_all is not null)
            {
                return;
            }

            _all = [];
            _paragraphs = [];
            for (var k = text.IndexOf('\n'); k >= 0; k = text.IndexOf('\n', k + 1))
            {
                _all.Add(k);
                if (k + 1 >= text.Length || text[k + 1] != '\n')
                {
                    _paragraphs.Add(k);
                }
            }
        }

        private static int LowerBound(List<int> positions, int offset)
        {
            int lo = 0, hi = positions.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                (lo, hi) = positions[mid] < offset ? (mid + 1, hi) : (lo, mid);
            }

            return lo;
        }
    }
}
