using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Vigil.Core.Extraction.Actors;
using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Places;
using Vigil.Core.Extraction.Segmentation;

namespace Vigil.Core.Extraction.Persons;

/// <summary>
/// Finds named victims and detainees: a person's name in the grammatical slot of a fate phrase from <c>person-fates.txt</c>
/// — before a passive or intransitive verb ("X, 16, was shot dead", "X and Y were executed", "X died in custody"),
/// after an active verb ("authorities executed X", "arrested journalist X") or after a noun's "of" ("the execution of
/// X and Y"), or owning the noun ("X's arrest", "her arrest" for the person just named). Names come from the persons
/// stage and from capitalised runs in those slots; a surname alone ("Kazemi was arrested") is read as the one fuller
/// name of the report that contains it, and is dropped when there is none or several. Hedged fates ("may be held",
/// "will be executed") and names after witness or judge words are not fates. Age (digits, words, "16 or 17"),
/// gender (a gendered word or pronoun for that person), date and place follow the sentence or the incident mention
/// the fate belongs to. Writes <see cref="ExtractionContext.PersonFates"/>, one entry per person per fate, in text order.
/// </summary>
internal sealed partial class PersonFatesStage : IExtractionStage
{
    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(".;:!?\n");

    // The separators the gender rules split words at (as String.Split did, empty words skipped).
    private const string WordGapChars = " \u00a0,";
    private static readonly System.Buffers.SearchValues<char> WordGaps = System.Buffers.SearchValues.Create(WordGapChars);
    private static readonly System.Buffers.SearchValues<char> PronounGaps = System.Buffers.SearchValues.Create(" \u00a0,()“”\"");
    private static readonly System.Buffers.SearchValues<char> GenderGaps = System.Buffers.SearchValues.Create(" \u00a0,()-");

    // What a rule that found nobody returns: shared, never added to (a rule that finds names makes its own list).
    private static readonly List<NameSpan> NoNames = [];

    private readonly PersonFatesOptions _options;
    private readonly PersonFateLexicon _lexicon;

    // A script without capitals (the pack's capitalised-names flag is "no"): names come from given names, titles and
    // person nouns in a fate's slot; a noun takes its person directly (ezafe, no "of"); ages read with the pack's words.
    private readonly bool _caseless;
    private readonly Regex? _caselessAgeAfter;
    private readonly Regex? _caselessAgeBefore;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _notNames;
    private readonly LengthsByInitial _notNameLengths; // every capitalised word of every sentence is asked: most are turned away by this
    private readonly WordNumberSet _notNameNumbers; // the same words, for a word that is exactly its shared token
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _givenNames; // every word of a caseless text is looked up: no copy
    // The word classes the list rules ask of every word near a fate phrase, read in place.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _personNouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _listPronouns;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _listStops;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _listOpeners;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _identifiers;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _pronouns;

    public PersonFatesStage(PersonFatesOptions options)
    {
        _options = options;
        _lexicon = PersonFateLexicon.For(options.Language);
        _caseless = !options.Language.CapitalisedNames;
        _givenNames = _lexicon.GivenNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _notNames = _lexicon.Classes["not-names"].ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _notNameLengths = new LengthsByInitial(_lexicon.Classes["not-names"]);
        _notNameNumbers = new WordNumberSet(_lexicon.Classes["not-names"]);
        _personNouns = _lexicon.Classes["person-nouns"].GetAlternateLookup<ReadOnlySpan<char>>();
        _listPronouns = _lexicon.Classes["list-pronouns"].GetAlternateLookup<ReadOnlySpan<char>>();
        _listStops = _lexicon.Classes["list-stops"].GetAlternateLookup<ReadOnlySpan<char>>();
        _listOpeners = _lexicon.Classes["list-openers"].GetAlternateLookup<ReadOnlySpan<char>>();
        _identifiers = _lexicon.Classes["identifiers"].GetAlternateLookup<ReadOnlySpan<char>>();
        _pronouns = _lexicon.Classes["pronouns"].GetAlternateLookup<ReadOnlySpan<char>>();
        if (_caseless && _lexicon.Classes["age-units"].Count > 0)
        {
            var units = string.Join('|', _lexicon.Classes["age-units"].OrderByDescending(u => u.Length).Select(Regex.Escape));
            var ranges = string.Join('|', _lexicon.Classes["age-ranges"].Select(Regex.Escape).Append("-").Append("–"));
            // Run only on 50–60 characters around a name, so no match timeout (one would make output depend on load).
            _caselessAgeAfter = new Regex(@"^\s*[,(]\s*(?<n>\d{1,3}|\p{L}+)(?:\s*(?:" + ranges + @")\s*(?:\d{1,3}|\p{L}+))?\s*(?:" + units + @")?\s*[,)]", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);
            _caselessAgeBefore = new Regex(@"(?<n>\d{1,3}|\p{L}+)\s*(?:" + units + @")(?:\s+\p{L}+){0,2}\s*,?\s*$", RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);
        }
    }

    public void Run(ExtractionContext context)
    {
        var text = context.Text;
        if (string.IsNullOrEmpty(text) || _lexicon.CueMatcher is not { } cues)
        {
            return;
        }

        var sentences = context.Sentences.IsDefaultOrEmpty ? FallbackSentences.Split(text) : context.Sentences;

        // Most sentences hold no fate phrase, and most reports none at all: a report without one needs no name candidates,
        // full names or look-ups, and ends here with no fates (and no incident counts its named persons).
        // Read from the shared tokens (numbered once for every stage) rather than by looking each word up again.
        var tokens = context.Tokens;
        var mayHaveCue = new bool[sentences.Length];
        var anyCue = false;
        for (var k = 0; k < sentences.Length; k++)
        {
            anyCue |= mayHaveCue[k] = _lexicon.MayHaveCue(text, sentences[k].Span, tokens);
        }

        if (!anyCue)
        {
            context.Set(ImmutableArray<PersonFate>.Empty);
            return;
        }

        var covered = CoveredSpans(context);
        var names = new List<List<NameSpan>>(sentences.Length);
        var pi = 0;
        var taken = new SpanSet(); // one set for every sentence, cleared for each
        foreach (var sentence in sentences)
        {
            names.Add(Candidates(context, sentence.Span, covered, taken, ref pi));
        }

        var full = FullNames(names);
        var fullest = new Dictionary<NameSpan, string?>(ReferenceEqualityComparer.Instance); // each name is looked up several times
        string? FullestOf(NameSpan n)
        {
            if (!fullest.TryGetValue(n, out var f))
            {
                fullest[n] = f = Fullest(n, full);
            }

            return f;
        }

        // Only a sentence that may hold a fate phrase, and the one before it (a pronoun's person), has its names read below.
        Predicate<NameSpan> nobody = n => FullestOf(n) is null; // one delegate for the report, not one per sentence
        for (var k = 0; k < names.Count; k++)
        {
            if (mayHaveCue[k] || (k + 1 < names.Count && mayHaveCue[k + 1]))
            {
                names[k].RemoveAll(nobody);
            }
        }

        // How many persons a sentence names, counted once per sentence (not once per fate phrase in it).
        var personsIn = new Dictionary<int, int>();
        int PersonsIn(int sentence)
        {
            if (!personsIn.TryGetValue(sentence, out var count))
            {
                personsIn[sentence] = count = names[sentence].Select(FullestOf).Distinct(StringComparer.Ordinal).Count();
            }

            return count;
        }

        var country = _options.DefaultCountry is { } home && context.Places.Any(p => p.Place.Country == home.Country) ? home : null;
        var drafts = new List<PersonFate>();
        var victims = new List<(NameSpan Person, int Start, int End)>(); // each fate phrase's, one list for the report
        // Dates, places and incidents looked up by span, and each sentence's paragraph opening, so a fate costs the
        // same however long the report is (a report written as one long line made every fate scan all of them).
        var near = new Near(
            context.DateIndex,
            SpanIndex.Of(context.Places, p => p.Span),
            SpanIndex.Of(context.Incidents, i => i.Evidence),
            ParagraphOpenings(sentences));
        var lastFates = new List<Fate>(); // the fates the last sentence with a fate phrase told
        var toldBySentence = new Dictionary<int, List<Fate>>(); // each sentence's fates (asked only for the few sentences before an identified list)
        var lastFateSentence = -1;
        var group = new List<(Fate Fate, TextSpan Cue)>(); // the fates of a counted group the last sentence told but named nobody for
        var groupSentence = -1;
        var groupCount = 0;
        var lines = new List<(Fate Fate, TextSpan Cue)>(); // the fates a header line ending in a colon gave the lines below it
        var lineHeader = -1;
        for (var k = 0; k < sentences.Length; k++)
        {
            var span = sentences[k].Span;

            // "The court sentenced the following protesters to death:" and a line for each ("1. X, 24, Tabriz"): each line
            // the list runs on, with no blank line between, that opens with a name (after a number or bullet) is one of them.
            if (lineHeader >= 0)
            {
                var line = ListLine(text, sentences[k - 1].Span, span, names[k]);
                if (line is null)
                {
                    lineHeader = Bullet(text, span) && !text.AsSpan(sentences[k - 1].Span.End, span.Start - sentences[k - 1].Span.End).Contains("\n\n", StringComparison.Ordinal) ? lineHeader : -1;
                }
                else if (FullestOf(line) is { } lineName)
                {
                    foreach (var (fate, cue) in lines)
                    {
                        var evidence = Evidence(cue.Start, line.End, cue);
                        var clause = new TextSpan(span.Start, span.End);
                        drafts.Add(new PersonFate(
                            lineName,
                            Age(text, line),
                            null,
                            fate,
                            DateOf(context.Dates, near, span, clause, line.Start == span.Start ? new TextSpan(line.Start, line.End) : clause, null, out var dated) ?? (dated ? null : Earlier(context.Dates, near, sentences, lineHeader)),
                            PlaceOf(context.Places, near, k, span, clause, country, line),
                            evidence,
                            null));
                    }
                }
            }

            // "Three men were executed on Friday. A (30), B (36) and C (37) had been arrested in 2022.": a sentence that
            // opens with a list of as many names as the sentence before counted people it gave a fate without naming
            // them tells who they were.
            if (groupSentence == k - 1 && group.Count > 0 && GroupMembers(text, span, names[k], groupCount) is { } members)
            {
                var told = sentences[k - 1].Span;
                foreach (var person in members)
                {
                    if (FullestOf(person) is not { } member)
                    {
                        continue;
                    }

                    foreach (var (fate, cue) in group)
                    {
                        var evidence = Evidence(told.Start, cue.End, cue);
                        var incident = Incident(context.Incidents, near, fate, evidence, told);
                        drafts.Add(new PersonFate(
                            member,
                            Age(text, person),
                            null,
                            fate,
                            DateOf(context.Dates, near, told, Clause(text, evidence, told), cue, incident is { } i ? context.Incidents[i] : null, out var dated) ?? (dated ? null : Earlier(context.Dates, near, sentences, k - 1)),
                            PlaceOf(context.Places, near, k - 1, told, Clause(text, evidence, told), country, person),
                            evidence,
                            incident));
                    }
                }
            }

            if (!mayHaveCue[k])
            {
                // "Five men were executed on Sunday. The group identified them as X, Y and Z.": a list the next sentence or
                // the one after identifies takes the fates that sentence told; "identified the 11 prisoners as X, …" also
                // takes the fates any of the five sentences before told of "prisoners".
                if (!_caseless && lastFateSentence >= 0 && k - lastFateSentence <= 2 && Identifier(text, span) is { } identifier)
                {
                    var listed = Listed(text, span, -1, identifier.End, names[k], identified: true);
                    var identifiedFates = new List<Fate>(lastFates);
                    if (listed.Count > 0 && PersonNoun(text, identifier.End, listed[0].Start) is { } noun)
                    {
                        for (var j = k - 1; j >= 0 && j >= k - 5; j--)
                        {
                            if (toldBySentence.TryGetValue(j, out var earlier) && HasWord(text, sentences[j].Span, noun))
                            {
                                identifiedFates.AddRange(earlier.Where(f => !identifiedFates.Contains(f)));
                            }
                        }
                    }

                    foreach (var person in listed)
                    {
                        if (FullestOf(person) is not { } listedName)
                        {
                            continue;
                        }

                        var evidence = Evidence(identifier.Start, person.End, identifier);
                        foreach (var fate in identifiedFates)
                        {
                            drafts.Add(new PersonFate(
                                listedName,
                                Age(text, person),
                                null,
                                fate,
                                DateOf(context.Dates, near, span, Clause(text, evidence, span), identifier, null, out var dated) ?? (dated ? null : Earlier(context.Dates, near, sentences, k)),
                                PlaceOf(context.Places, near, k, span, Clause(text, evidence, span), country, person),
                                evidence,
                                null));
                        }
                    }
                }

                continue;
            }

            // The sentence as a slice: a phrase at its start has no character before it.
            var slice = text.AsSpan(span.Start, span.End - span.Start);
            var named = false;
            group.Clear();
            groupSentence = -1;
            for (var at = 0; cues.Next(slice, at, out var index, out var length); at = index + length)
            {
                var cue = new TextSpan(span.Start + index, span.Start + index + length);
                var (fate, form) = _lexicon.Cue(text.AsSpan(span.Start + index, length));
                if (Hedged(text, span.Start, cue.Start))
                {
                    continue;
                }

                if (lastFateSentence != k)
                {
                    lastFateSentence = k;
                    lastFates.Clear();
                }

                if (!lastFates.Contains(fate))
                {
                    lastFates.Add(fate);
                }

                if (!toldBySentence.TryGetValue(k, out var sentenceFates))
                {
                    toldBySentence[k] = sentenceFates = [];
                }

                if (!sentenceFates.Contains(fate))
                {
                    sentenceFates.Add(fate);
                }

                if (!_caseless && !Tells(group, fate))
                {
                    group.Add((fate, cue));
                }

                foreach (var (person, evidenceStart, evidenceEnd) in Victims(text, span, cue, form, names[k], k > 0 ? names[k - 1] : NoNames, victims))
                {
                    named = true;
                    var name = FullestOf(person);
                    if (name is null)
                    {
                        continue;
                    }

                    var evidence = Evidence(evidenceStart, evidenceEnd, cue);
                    var own = person.Start >= span.Start ? k : k - 1; // a pronoun's person may be named in the sentence before
                    var incident = Incident(context.Incidents, near, fate, evidence, span);
                    drafts.Add(new PersonFate(
                        name,
                        Age(text, person),
                        GenderOf(text, sentences[own].Span, person, PersonsIn(own), own + 1 < sentences.Length ? sentences[own + 1].Span : null),
                        fate,
                        DateOf(context.Dates, near, span, Clause(text, evidence, span), cue, incident is { } i ? context.Incidents[i] : null, out var dated) ?? (dated ? null : Earlier(context.Dates, near, sentences, k)),
                        PlaceOf(context.Places, near, k, span, Clause(text, evidence, span), country, person),
                        evidence,
                        incident));
                }
            }

            if (!named && group.Count > 0 && GroupCount(text, span, group[0].Cue.Start) is { } count)
            {
                groupSentence = k;
                groupCount = count;
            }

            if (!named && group.Count > 0 && text.AsSpan(span.Start, span.End - span.Start).TrimEnd().EndsWith(':') && SpeaksOfPeople(text, span))
            {
                lineHeader = k;
                lines.Clear();
                lines.AddRange(group);
            }
        }

        var fates = Merge(drafts);
        context.Set(fates);
        // Named persons count toward their incidents' figures: this stage refines the incidents stage's records.
        context.Set(CountNamed(context.Incidents, fates));
    }

    // "X was executed", "the arrest of X and Y": an incident whose own text gives no figure counts its named persons
    // (one named victim is {1, 1}; the guideline's convention), for the figure its type reports.
    private static ImmutableArray<IncidentMention> CountNamed(ImmutableArray<IncidentMention> incidents, ImmutableArray<PersonFate> fates)
    {
        if (fates.IsDefaultOrEmpty || !fates.Any(static f => f.Incident is not null))
        {
            return incidents; // nothing to count: no copy of the incidents
        }

        var builder = incidents.ToBuilder();
        foreach (var group in fates.Where(f => f.Incident is not null).GroupBy(f => f.Incident!.Value))
        {
            var incident = builder[group.Key];
            var named = FigureRange.Exactly(group.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());
            builder[group.Key] = incident.Type switch
            {
                IncidentType.Killing or IncidentType.Execution when incident.Killed is null => incident with { Killed = named },
                IncidentType.Arrest when incident.Arrested is null => incident with { Arrested = named },
                IncidentType.Injury when incident.Injured is null => incident with { Injured = named },
                _ => incident,
            };
        }

        return builder.ToImmutable();
    }

    // One entry per person per fate (the first, with what later ones add); a person's age and gender the same on each entry.
    private static ImmutableArray<PersonFate> Merge(List<PersonFate> drafts)
    {
        if (drafts.Count == 0)
        {
            return ImmutableArray<PersonFate>.Empty; // most reports with a fate phrase name nobody: no groups, sort or copies
        }

        var byPerson = drafts.GroupBy(d => d.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Age: g.Select(d => d.Age).FirstOrDefault(a => a is not null), Gender: g.Select(d => d.Gender).FirstOrDefault(x => x is not null)), StringComparer.Ordinal);
        var result = new List<PersonFate>();
        var seen = new Dictionary<(string, Fate), int>();
        foreach (var d in drafts.OrderBy(d => d.Evidence.Start))
        {
            var (age, gender) = byPerson[d.Name];
            if (seen.TryGetValue((d.Name, d.Fate), out var at))
            {
                var first = result[at];
                result[at] = first with { Date = first.Date ?? d.Date, Location = first.Location ?? d.Location, Incident = first.Incident ?? d.Incident };
                continue;
            }

            seen[(d.Name, d.Fate)] = result.Count;
            result.Add(d with { Age = age, Gender = gender });
        }

        return [.. result];
    }

    private bool Hedged(string text, int sentenceStart, int cueStart)
    {
        var seen = 0;
        foreach (var (word, _) in new WordsBefore(text, sentenceStart, cueStart))
        {
            if (seen++ == 3)
            {
                break;
            }

            if (Is("hedges", word))
            {
                return true;
            }
        }

        return false;
    }

    // The people a fate phrase names, with the span that shows it.
    // Written into `found`, the report's one list for this (cleared first): the caller reads it before the next fate phrase.
    private List<(NameSpan Person, int Start, int End)> Victims(string text, TextSpan sentence, TextSpan cue, FateForm form, List<NameSpan> names, List<NameSpan> previous, List<(NameSpan Person, int Start, int End)> found)
    {
        found.Clear();
        if (form == FateForm.Noun)
        {
            foreach (var n in After(text, sentence, cue.End, names, noun: true))
            {
                found.Add((n, cue.Start, n.End));
            }

            if (found.Count == 0 && Owner(text, sentence, cue, names, previous) is { } owner)
            {
                found.Add(owner);
            }

            if (found.Count == 0 && !_caseless)
            {
                foreach (var n in Listed(text, sentence, cue.Start, cue.End, names))
                {
                    found.Add((n, cue.Start, n.End));
                }
            }

            return found;
        }

        // Back over "was also", "had been", "reportedly" to the subject.
        var p = cue.Start;
        var passive = false;
        foreach (var (word, start) in new WordsBefore(text, sentence.Start, cue.Start))
        {
            if (Is("auxiliaries", word))
            {
                passive = true;
            }
            else if (!Is("adverbs", word) && !word.EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            p = start;
        }

        if (form == FateForm.Verb)
        {
            var after = After(text, sentence, cue.End, names, noun: false);
            if (after.Count > 0 && !passive)
            {
                foreach (var n in after)
                {
                    found.Add((n, cue.Start, n.End));
                }

                return found;
            }
        }

        // "Ten men were executed on Friday, including X and Y", "forces arrested 20 people, including X".
        if (form == FateForm.Verb && !_caseless && LastEndingBy(names, p) is var lastBefore && (lastBefore < 0 || !Apposition(text, names[lastBefore].End, p, allowGap: true)))
        {
            foreach (var n in Listed(text, sentence, p, cue.End, names))
            {
                found.Add((n, cue.Start, n.End));
            }

            if (found.Count > 0)
            {
                return found;
            }
        }

        if (PronounBefore(text, sentence, p) is { } pronoun)
        {
            if (Antecedent(text, names, previous, pronoun) is { } person)
            {
                found.Add((person, pronoun.Start, cue.End));
            }

            return found;
        }

        foreach (var n in Before(text, p, names, allowGap: passive || form == FateForm.Intransitive))
        {
            found.Add((n, n.Start, cue.End));
        }

        return found;
    }

    // The names ending at p, with an apposition between allowed ("X, 16, was", "X, a 22-year-old woman who died"),
    // and the names listed before them ("X, Y and Z were").
    private List<NameSpan> Before(string text, int p, List<NameSpan> names, bool allowGap)
    {
        var index = LastEndingBy(names, p);
        while (index >= 0 && Parent(text, names[index]))
        {
            index--; // "X, son of Hassan Y, was executed": the father is part of X's apposition
        }

        var nearest = index >= 0 ? names[index] : null;
        if (nearest is null || NotVictim(text, nearest))
        {
            return NoNames;
        }

        if (!(PatronymicEnd(text, nearest.End, p) is { } parentEnd && text.AsSpan(parentEnd, p - parentEnd).Trim() is "" or ",")
            && !Apposition(text, nearest.End, p, allowGap) && !(allowGap && text.AsSpan(nearest.End, p - nearest.End).Trim() is "," or "–" or "—" && ListInApposition(text, names, index)))
        {
            return NoNames;
        }

        var result = new List<NameSpan> { nearest };
        for (var i = index - 1; i >= 0; i--)
        {
            if (Parent(text, names[i]))
            {
                continue;
            }

            if (!ListStep(text, names[i].End, result[0].Start) || NotVictim(text, names[i]))
            {
                break;
            }

            result.Insert(0, names[i]);
        }

        return result;
    }

    // What stands between two listed names: a list gap, after the earlier name's age ("(36) and", ", 25, and",
    // "17 years old,") or a short parenthesis ("(Arash),").
    private bool ListStep(string text, int from, int to)
    {
        if (PatronymicEnd(text, from, to) is { } patronymic && patronymic > from)
        {
            from = patronymic; // "X, son of Hassan, and Y"
        }

        var gap = text.AsSpan(from, to - from).Trim();
        if (ListGap(gap))
        {
            return true;
        }

        if (gap.Length > 0 && gap[0] == '(')
        {
            var close = gap.IndexOf(')');
            if (close < 0 || close > 30 || gap[..close].IndexOfAny(ClauseMarks) >= 0)
            {
                return false;
            }

            return ListGap(gap[(close + 1)..].Trim());
        }

        // ", 25, and" / "17 years old,": a number, with "years old" or "year-old" after it, then the gap.
        var rest = gap.Length > 0 && gap[0] == ',' ? gap[1..].TrimStart() : gap;
        var e = 0;
        while (e < rest.Length && char.IsAsciiDigit(rest[e]))
        {
            e++;
        }

        if (e is 0 or > 3)
        {
            return false;
        }

        rest = rest[e..].TrimStart();
        foreach (var unit in (ReadOnlySpan<string>)["years old", "year old", "years-old", "year-old", "yrs"])
        {
            if (rest.StartsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[unit.Length..].TrimStart();
                break;
            }
        }

        return ListGap(rest);
    }

    // ",", "and", ", and", "&", or the pack's conjunctions («و»).
    private bool ListGap(ReadOnlySpan<char> gap)
    {
        if (gap is "," or "and" or ", and" or "&")
        {
            return true;
        }

        var word = gap.Length > 0 && gap[0] == ',' ? gap[1..].Trim() : gap;
        return word.Length > 0 && _lexicon.Classes["conjunctions"].GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    // "Two other defendants, X and Y, were executed": the list of names before the comma is itself an apposition.
    private static bool ListInApposition(string text, List<NameSpan> names, int last)
    {
        var first = last;
        while (first > 0 && text.AsSpan(names[first - 1].End, names[first].Start - names[first - 1].End).Trim() is "," or "and" or ", and")
        {
            first--;
        }

        // "The ten men – X, Y and Z – were sentenced": a dash closes only a list a dash opened.
        var after = text.AsSpan(names[last].End).TrimStart();
        var dash = after.Length > 0 && after[0] is '–' or '—';
        var before = text.AsSpan(0, names[first].Start).TrimEnd();
        return before.Length > 0 && (dash ? before[^1] is '–' or '—' : before[^1] is ',' or ':');
    }

    private bool Apposition(string text, int from, int to, bool allowGap)
    {
        if (_caseless && allowGap)
        {
            return SubjectGap(text[from..to]);
        }

        var gap = text.AsSpan(from, to - from).Trim();
        if (gap.IsEmpty)
        {
            return true;
        }

        if (gap is "," || gap.IndexOfAny(ClauseMarks) >= 0)
        {
            return false;
        }

        var open = gap[0] is ',' or '(';
        var close = gap[^1] is ',' or ')' || gap.EndsWith(" who", StringComparison.Ordinal) || gap.EndsWith(",who", StringComparison.Ordinal);
        if (!open || !close)
        {
            return false;
        }

        var words = gap.ToString().Split([' ', '\u00a0', ','], StringSplitOptions.RemoveEmptyEntries).Length;

        // A relative clause may tell an earlier fate ("X, who was arrested in 2019, was executed"); any other fate
        // phrase in between has its own subject.
        var relative = RelativeClause().IsMatch(gap);
        return words <= _options.MaxAppositionWords && (allowGap || words <= 4) && (relative || !_lexicon.CueMatcher!.IsMatch(gap));
    }

    // A verb-final language puts adjuncts between the subject and its verb («X، ۱۶ ساله، روز شنبه در زاهدان کشته شد»):
    // any words within the apposition limit, in one clause, with no clause break (a speech verb, «که») and no other
    // fate verb; a fate noun inside is an adjunct («در بازداشت»).
    private bool SubjectGap(string gap)
    {
        if (gap.AsSpan().IndexOfAny(ClauseMarks) >= 0)
        {
            return false;
        }

        var words = gap.Split([' ', '\u00a0', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > _options.MaxAppositionWords || words.Any(w => Is("clause-breaks", w)))
        {
            return false;
        }

        var cues = _lexicon.CueMatcher!;
        for (var at = 0; cues.Next(gap, at, out var index, out var length); at = index + length)
        {
            if (_lexicon.Cue(gap.AsSpan(index, length)).Form != FateForm.Noun)
            {
                return false;
            }
        }

        return true;
    }

    // The names right after a fate phrase: "executed X", "arrested journalist X", "the execution of X and Y".
    private List<NameSpan> After(string text, TextSpan sentence, int from, List<NameSpan> names, bool noun)
    {
        var q = SkipSpaces(text, from, sentence.End);
        if (noun && !_caseless)
        {
            if (!StartsWithWord(text, q, sentence.End, "of"))
            {
                return NoNames;
            }

            q = SkipSpaces(text, q + 2, sentence.End);
        }

        var cued = false;
        for (var skipped = 0; skipped < 4; skipped++)
        {
            var end = WordEnd(text, q, sentence.End);
            if (end == q)
            {
                break;
            }

            var word = text.AsSpan(q, end - q);
            var title = Is("titles", word);
            if (_caseless)
            {
                // «اعدام جوان ۲۳ ساله X»: person nouns, titles and an age stand between the fate and the name.
                if (!title && !_personNouns.Contains(word) && !Is("age-units", word) && word.ContainsAnyExceptInRange('0', '9'))
                {
                    break;
                }

                cued |= title || _personNouns.Contains(word);
            }
            else if (!title && (!UnicodeClasses.IsLower(word[0]) || !(word is "the" or "a" or "an" || _personNouns.Contains(word))))
            {
                break;
            }

            q = SkipSpaces(text, end < sentence.End && title && text[end] == '.' ? end + 1 : end, sentence.End);
            if (q < sentence.End && text[q] == ',')
            {
                q = SkipSpaces(text, q + 1, sentence.End);
            }
        }

        // The name that starts the slot: only names starting between the cue and the slot can (a name's own start is never after it).
        NameSpan? first = null;
        var index = FirstStartingFrom(names, from);
        for (; index < names.Count && names[index].Start <= q; index++)
        {
            if (names[index].Start == q || names[index].NameStart == q)
            {
                first = names[index];
                break;
            }
        }

        if (first is null && cued && SlotName(text, q, sentence.End) is { } slot)
        {
            // A title or person noun in the slot is the cue: the words after it are the name («بازداشت فعال مدنی X Y»).
            first = slot;
            names.Add(slot);
            names.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            index = names.IndexOf(slot);
        }

        if (first is null || IsPossessive(text, first.End, sentence.End))
        {
            return NoNames;
        }

        var result = new List<NameSpan> { first };
        ListFrom(text, names, index, result);
        return result;
    }

    // The names listed after names[index]: ", Y and Z", also with each one's age ("X (30), Y (36) and Z (37)",
    // "X 17 years old, Y 13 years old").
    private void ListFrom(string text, List<NameSpan> names, int index, List<NameSpan> result)
    {
        var previous = names[index];
        for (var i = index + 1; i < names.Count; i++)
        {
            if (Parent(text, names[i]))
            {
                continue;
            }

            if (!ListStep(text, previous.End, names[i].Start))
            {
                break;
            }

            result.Add(names[i]);
            previous = names[i];
        }
    }

    // Whether a name is a father's or mother's given as a patronymic ("son of Hassan Y", "daughter of Y").
    private bool Parent(string text, NameSpan name)
    {
        var words = new WordsBefore(text, Math.Max(0, name.Start - 30), name.Start);
        return words.MoveNext() && words.Current.Word is "of" && words.MoveNext() && Is("patronymics", words.Current.Word);
    }

    // The end of a patronymic right after a name (", son of Hassan,", " (daughter of Reza Y)", " son of Jalal"): the
    // `patronymics` word, "of", one to three capitalised words and a closing bracket; null when none stands there.
    private int? PatronymicEnd(string text, int from, int to)
    {
        var q = SkipSpaces(text, from, to);
        if (q < to && text[q] is ',' or '(')
        {
            q = SkipSpaces(text, q + 1, to);
        }

        var e = WordEnd(text, q, to);
        if (e == q || !Is("patronymics", text.AsSpan(q, e - q)))
        {
            return null;
        }

        q = SkipSpaces(text, e, to);
        if (!StartsWithWord(text, q, to, "of"))
        {
            return null;
        }

        q = SkipSpaces(text, q + 2, to);
        var words = 0;
        while (words < 3 && q < to && UnicodeClasses.IsUpper(text[q]))
        {
            q = SkipSpaces(text, WordEnd(text, q, to), to);
            words++;
        }

        if (words == 0)
        {
            return null;
        }

        return q < to && text[q] == ')' ? q + 1 : q; // a closing comma is left to the list or apposition after it
    }

    // "The detainees were identified as X, Y and Z", "killed 9 people, including X and Y", "arrested two students – X and Y":
    // after a fate phrase whose own slot names nobody, a list of names the words within MaxListLeadWords after it open
    // (`list-openers`: "including", "among them", ":", a dash; "as" after an `identifiers` word) takes that fate, when
    // those words or the words before the phrase speak of people (a person noun, a number, "them"). A name met before
    // any opener ends the search: it is no list of the phrase's victims.
    // Most fate phrases have no name after them in their sentence: those end before any word is read, with no list made.
    private List<NameSpan> Listed(string text, TextSpan sentence, int cueStart, int from, List<NameSpan> names, bool identified = false)
    {
        var index = FirstStartingFrom(names, from);
        if (index >= names.Count || names[index].Start >= sentence.End)
        {
            return NoNames;
        }

        var result = NoNames;
        var people = false; // the words before the phrase are asked only when a list opens (PeopleBefore below)
        var opened = false;
        var q = from;
        for (int words = 0, steps = 0; words <= _options.MaxListLeadWords && steps < 4 * _options.MaxListLeadWords; steps++)
        {
            q = SkipSpaces(text, q, sentence.End);
            if (q >= sentence.End)
            {
                break;
            }

            while (index < names.Count && names[index].Start < q)
            {
                index++;
            }

            if (index < names.Count && (names[index].Start == q || names[index].NameStart == q))
            {
                if (opened && (people || (cueStart >= 0 && PeopleBefore(text, sentence.Start, cueStart))) && !NotVictim(text, names[index]))
                {
                    result = [names[index]];
                    ListFrom(text, names, index, result);
                }

                break;
            }

            var c = text[q];
            if (c is ':' or '–' or '—')
            {
                opened = true;
                q++;
                continue;
            }

            var end = WordEnd(text, q, sentence.End);
            if (end == q)
            {
                if (c is not (',' or '(' or ')' or '-'))
                {
                    break; // a clause mark ends the phrase's reach
                }

                q++;
                continue;
            }

            var word = text.AsSpan(q, end - q);
            words++;
            if (_listStops.Contains(word))
            {
                break;
            }

            identified |= _identifiers.Contains(word);
            people |= _personNouns.Contains(word) || _listPronouns.Contains(word) || _lexicon.Number(word) is not null || HasDigit(word);
            opened = _listOpeners.Contains(word) || (identified && word is "as") || (opened && _listPronouns.Contains(word));
            q = end;
        }

        return result;
    }

    // How many people a sentence's subject counts before its first fate phrase ("Three men who were sentenced to death
    // … were executed", "Two Kurdish activists were arrested"): a number of two to 30 with a person noun within the
    // next three words; null without.
    private int? GroupCount(string text, TextSpan sentence, int cueStart)
    {
        var q = sentence.Start;
        int? count = null;
        var since = 0;
        while (q < cueStart)
        {
            q = SkipSpaces(text, q, cueStart);
            var end = WordEnd(text, q, cueStart);
            if (end == q)
            {
                q++;
                continue;
            }

            var word = text.AsSpan(q, end - q);
            if (count is not null && _personNouns.Contains(word))
            {
                return count;
            }

            if (_lexicon.Number(word) is { } n)
            {
                count = n is >= 2 and <= 30 ? n : null;
                since = 0;
            }
            else if (count is not null && ++since > 3)
            {
                count = null;
            }

            q = end;
        }

        return null;
    }

    // The names a sentence opens with, when they are a list of exactly count names.
    private List<NameSpan>? GroupMembers(string text, TextSpan sentence, List<NameSpan> names, int count)
    {
        var start = SkipSpaces(text, sentence.Start, sentence.End);
        if (names.Count < count || names[0].Start != start)
        {
            return null;
        }

        var list = new List<NameSpan> { names[0] };
        ListFrom(text, names, 0, list);
        return list.Count == count ? list : null;
    }

    // The name a line of a list opens with, after a number or bullet ("1. X, 24, Tabriz", "- X (31)"): the line follows
    // the one before it with one line break (or a bullet the sentence splitter cut off); null for any other sentence.
    private static NameSpan? ListLine(string text, TextSpan before, TextSpan line, List<NameSpan> names)
    {
        var breaks = text.AsSpan(before.End, line.Start - before.End).Count('\n');
        if (names.Count == 0 || breaks > 1 || (breaks == 0 && !Bullet(text, before)))
        {
            return null;
        }

        var q = SkipBullet(text, line.Start, line.End);
        return names[0].Start == q || names[0].NameStart == q ? names[0] : null;
    }

    // Whether a sentence is a list bullet alone ("1.", "2)", "-", "•").
    private static bool Bullet(string text, TextSpan sentence)
    {
        var start = SkipSpaces(text, sentence.Start, sentence.End);
        var end = sentence.End;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > start && SkipBullet(text, start, end) >= end;
    }

    // Past spaces and one bullet: up to three digits with "." or ")", or one of "-", "•", "*", "–".
    private static int SkipBullet(string text, int q, int to)
    {
        q = SkipSpaces(text, q, to);
        var d = q;
        while (d < to && d - q < 3 && char.IsAsciiDigit(text[d]))
        {
            d++;
        }

        if (d > q && d < to && text[d] is '.' or ')')
        {
            return SkipSpaces(text, d + 1, to);
        }

        return q < to && text[q] is '-' or '•' or '*' or '–' ? SkipSpaces(text, q + 1, to) : q;
    }

    // The last person noun between from and to ("identified the 11 prisoners as"), or null.
    private string? PersonNoun(string text, int from, int to)
    {
        var noun = default(TextSpan?);
        for (var q = from; q < to;)
        {
            var end = WordEnd(text, q, to);
            if (end == q)
            {
                q++;
                continue;
            }

            noun = _personNouns.Contains(text.AsSpan(q, end - q)) ? new TextSpan(q, end) : noun;
            q = end;
        }

        return noun is { } n ? text[n.Start..n.End] : null;
    }

    // Whether a sentence has the word (in any case) standing as a whole word.
    private static bool HasWord(string text, TextSpan sentence, string word)
    {
        var slice = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        for (var at = 0; at < slice.Length;)
        {
            var i = slice[at..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (i < 0)
            {
                return false;
            }

            var start = at + i;
            var end = start + word.Length;
            if ((start == 0 || !UnicodeClasses.IsLetterOrDigit(slice[start - 1])) && (end == slice.Length || !UnicodeClasses.IsLetterOrDigit(slice[end])))
            {
                return true;
            }

            at = end;
        }

        return false;
    }

    // Whether a sentence has a person noun ("the following protesters").
    private bool SpeaksOfPeople(string text, TextSpan sentence) => PersonNoun(text, sentence.Start, sentence.End) is not null;

    // The first `identifiers` word of a sentence ("identified", "named"), or null.
    private TextSpan? Identifier(string text, TextSpan sentence)
    {
        foreach (var word in _lexicon.Classes["identifiers"])
        {
            var at = text.AsSpan(sentence.Start, sentence.End - sentence.Start).IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                var start = sentence.Start + at;
                var end = start + word.Length;
                if ((start == 0 || !UnicodeClasses.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !UnicodeClasses.IsLetterOrDigit(text[end])))
                {
                    return new TextSpan(start, end);
                }
            }
        }

        return null;
    }

    // Whether the subject before a fate phrase speaks of people ("Ten men were executed, including …").
    private bool PeopleBefore(string text, int sentenceStart, int cueStart)
    {
        var seen = 0;
        foreach (var (word, _) in new WordsBefore(text, sentenceStart, cueStart))
        {
            if (seen++ == 8)
            {
                break;
            }

            if (_personNouns.Contains(word) || _lexicon.Number(word) is not null || HasDigit(word))
            {
                return true;
            }
        }

        return false;
    }

    // "X's arrest", or "her arrest" for the person just named.
    private (NameSpan, int, int)? Owner(string text, TextSpan sentence, TextSpan cue, List<NameSpan> names, List<NameSpan> previous)
    {
        // Back from the last name before the cue while what lies between stays within two characters: a name further back has
        // more between (its text includes the later names'); the first in text order of those that own the noun.
        (NameSpan, int, int)? owner = null;
        for (var i = LastEndingBy(names, cue.Start - 1); i >= 0 && text.AsSpan(names[i].End, cue.Start - names[i].End).Trim().Length <= 2; i--)
        {
            if (IsPossessive(text, names[i].End, cue.Start))
            {
                owner = (names[i], names[i].Start, cue.End);
            }
        }

        if (owner is not null)
        {
            return owner;
        }

        var (word, start) = WordsBefore.First(text, sentence.Start, cue.Start);
        if (word is "his" or "her" or "His" or "Her" && Antecedent(text, names, previous, new TextSpan(start, start + word.Length)) is { } person)
        {
            return (person, start, cue.End);
        }

        return null;
    }

    private TextSpan? PronounBefore(string text, TextSpan sentence, int p)
    {
        var (word, start) = WordsBefore.First(text, sentence.Start, p);
        return !word.IsEmpty && Is("pronouns", word) && start + word.Length <= p ? new TextSpan(start, start + word.Length) : null;
    }

    // The person a pronoun stands for: the last name before it in its sentence, or the one person named in the sentence
    // before; none when the pronoun's gender says otherwise or the earlier sentence names several people.
    private NameSpan? Antecedent(string text, List<NameSpan> names, List<NameSpan> previous, TextSpan pronoun)
    {
        var last = LastEndingBy(names, pronoun.Start);
        NameSpan? person = last >= 0 ? names[last]
            : previous.Select(n => n.Name).Distinct(StringComparer.Ordinal).Count() == 1 ? previous[^1] : null;
        if (person is null || NotVictim(text, person))
        {
            return null;
        }

        var said = GenderWord(text.AsSpan(pronoun.Start, pronoun.End - pronoun.Start));
        var stated = GenderWord(text.AsSpan(person.End, Math.Min(60, Math.Max(0, pronoun.Start - person.End))));
        return said is not null && stated is not null && said != stated ? null : person;
    }

    // A sentence's names are in text order and do not overlap, so their starts and ends both rise: each fate phrase finds its
    // names by binary search, not by a pass over every name of the sentence (one endless sentence of fates was quadratic).
    private static int FirstStartingFrom(List<NameSpan> names, int from)
    {
        int lo = 0, hi = names.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (names[mid].Start < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // The last name that ends at or before p, or -1.
    private static int LastEndingBy(List<NameSpan> names, int p)
    {
        var i = FirstStartingFrom(names, p) - 1; // a name starting at or after p ends after it
        while (i >= 0 && names[i].End > p)
        {
            i--;
        }

        return i;
    }

    private bool NotVictim(string text, NameSpan name)
    {
        var seen = 0;
        foreach (var (word, _) in new WordsBefore(text, Math.Max(0, name.Start - 40), name.Start))
        {
            if (seen++ == 2)
            {
                break;
            }

            if (Is("not-victims", word))
            {
                return true;
            }
        }

        return false;
    }

    // The name candidates of one sentence, in text order: the persons stage's names (their titles left out of the name,
    // kept in the span so "the killing of Gen. Qassem Soleimani" reads) and capitalised runs that are no place, date or
    // organisation.
    private List<NameSpan> Candidates(ExtractionContext context, TextSpan sentence, TextSpan[] covered, SpanSet taken, ref int pi)
    {
        var text = context.Text;
        var result = new List<NameSpan>();
        taken.Clear(); // the spans of result, asked in log time: a sentence of many names is not quadratic
        var persons = context.Persons;
        while (pi < persons.Length && persons[pi].Span.Start < sentence.Start)
        {
            pi++;
        }

        for (var q = pi; q < persons.Length && persons[q].Span.Start < sentence.End; q++)
        {
            var person = persons[q];
            if (person.Span.End > sentence.End || taken.Intersects(person.Span.Start, person.Span.End))
            {
                continue;
            }

            var name = PersonFateLexicon.SingleSpaced(person.Name, person.Name);
            var at = text.IndexOf(name, person.Span.Start, person.Span.End - person.Span.Start, StringComparison.Ordinal);
            var end = at >= 0 ? at + name.Length : person.Span.End;
            result.Add(new NameSpan(person.Span.Start, end, name, WordCount(name)) { NameStart = at >= 0 ? at : person.Span.Start });
            taken.Add(new TextSpan(person.Span.Start, end));
        }

        var cursor = new TokenCursor(context.Tokens, sentence.Start);
        var i = sentence.Start;
        while (i < sentence.End)
        {
            if (!UnicodeClasses.IsUpper(text[i]) || (i > 0 && (UnicodeClasses.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '-' or '\'' or '’')))
            {
                i = CapitalSearch.Next(text, i + 1, sentence.End);
                continue;
            }

            var runStart = -1;
            var runEnd = -1;
            var words = 0;
            var j = i;
            while (j < sentence.End && UnicodeClasses.IsUpper(text[j]) && words < 5)
            {
                // Every capitalised word of every sentence passes here: read it in place, without a copy.
                var e = WordEnd(text, j, sentence.End);
                var word = text.AsSpan(j, e - j);
                var bare = word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
                var notName = cursor.NumberOf(j, j + bare.Length) is var number and >= 0
                    ? _notNameNumbers.Contains(number)
                    : _notNameLengths.MayContain(bare) && _notNames.Contains(bare);
                if (notName || HasDigit(bare) || Covered(covered, j, e) || bare.Length < 2)
                {
                    if (runStart >= 0)
                    {
                        break;
                    }

                    j = e;
                    i = e;
                    if (j < sentence.End && IsSpace(text[j]) && j + 1 < sentence.End && UnicodeClasses.IsUpper(text[j + 1]))
                    {
                        j++;
                        i = j;
                        continue;
                    }

                    break;
                }

                runStart = runStart < 0 ? j : runStart;
                runEnd = j + bare.Length;
                words++;
                if (bare.Length != word.Length || e >= sentence.End || !IsSpace(text[e]) || e + 1 >= sentence.End || !UnicodeClasses.IsUpper(text[e + 1]))
                {
                    break;
                }

                j = e + 1;
            }

            if (runStart >= 0 && !taken.Intersects(runStart, runEnd))
            {
                var name = PersonFateLexicon.SingleSpaced(text.AsSpan(runStart, runEnd - runStart));
                result.Add(new NameSpan(runStart, runEnd, name, words));
                taken.Add(new TextSpan(runStart, runEnd));
            }

            i = Math.Max(i + 1, runEnd > 0 ? runEnd : j);
        }

        if (_caseless)
        {
            GivenNameRuns(text, sentence, covered, result, taken);
        }

        result.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    // In a script without capitals: a run of given names (first-names.txt) with the surname after it («مهسا امینی»,
    // «روح الله زم», «حسین حسین زاده»), or given names alone («نیکا»); none inside a place, date or organisation.
    private void GivenNameRuns(string text, TextSpan sentence, TextSpan[] covered, List<NameSpan> result, SpanSet taken)
    {
        var i = sentence.Start;
        while (i < sentence.End)
        {
            var end = WordEnd(text, i, sentence.End);
            if (end == i)
            {
                i++;
                continue;
            }

            // A given name that is also a place («کیان») is a name only with a surname after it.
            if (!_givenNames.Contains(text.AsSpan(i, end - i)) || taken.Intersects(i, end)
                || (Covered(covered, i, end) && Surname(text, SkipSpaces(text, end, sentence.End), sentence.End, covered) is null))
            {
                i = end;
                continue;
            }

            var start = i;
            var last = end;
            var words = 1;
            var q = SkipSpaces(text, end, sentence.End);
            while (words < 3 && WordEnd(text, q, sentence.End) is var e && e > q && _givenNames.Contains(text.AsSpan(q, e - q)) && !Covered(covered, q, e))
            {
                last = e;
                words++;
                q = SkipSpaces(text, e, sentence.End);
            }

            if (Surname(text, q, sentence.End, covered) is { } surnameEnd)
            {
                last = surnameEnd;
                words++;
            }

            var name = PersonFateLexicon.SingleSpaced(text.AsSpan(start, last - start));
            result.Add(new NameSpan(start, last, name, words) { Sure = true });
            taken.Add(new TextSpan(start, last));
            i = last;
        }
    }

    // The surname at q, with a suffix written apart («حسین زاده»); null when the word there is no name.
    private int? Surname(string text, int q, int to, TextSpan[] covered)
    {
        var e = WordEnd(text, q, to);
        if (e - q < 2 || !NameWord(text[q..e]) || Covered(covered, q, e))
        {
            return null;
        }

        var s = SkipSpaces(text, e, to);
        var f = WordEnd(text, s, to);
        return f > s && Is("name-suffixes", text[s..f]) ? f : e;
    }

    private bool NameWord(string word) =>
        word.All(char.IsLetter) && !Is("not-names", word) && !Is("titles", word) && !Is("person-nouns", word) && !Is("hedges", word)
        && !_lexicon.CueOpenings.Contains(word) && !Is("age-units", word);

    // The name after a title or person noun in a fate's slot: a given-name run, else one or two name words.
    private NameSpan? SlotName(string text, int q, int to)
    {
        var e = WordEnd(text, q, to);
        if (e - q < 2 || !NameWord(text[q..e]))
        {
            return null;
        }

        var s = SkipSpaces(text, e, to);
        var f = WordEnd(text, s, to);
        var last = f - s >= 2 && NameWord(text[s..f]) ? f : e;
        if (last == f)
        {
            var t = SkipSpaces(text, f, to);
            var g = WordEnd(text, t, to);
            last = g > t && Is("name-suffixes", text[t..g]) ? g : last;
        }

        var name = PersonFateLexicon.SingleSpaced(text.AsSpan(q, last - q));
        return new NameSpan(q, last, name, WordCount(name)) { Sure = true };
    }

    // Places, dates and organisations, sorted by start and merged, so a capitalised word is checked in log time.
    private static TextSpan[] CoveredSpans(ExtractionContext context)
    {
        var spans = new TextSpan[context.Places.Length + context.Dates.Length + context.Actors.Length];
        var count = 0;
        foreach (var p in context.Places)
        {
            spans[count++] = p.Span;
        }

        foreach (var d in context.Dates)
        {
            spans[count++] = d.Span;
        }

        foreach (var a in context.Actors)
        {
            if (a.Kind != ActorKind.Person)
            {
                spans[count++] = a.Span;
            }
        }

        // By start, equal starts in list order (as OrderBy did): keys of start and position, sorted with the spans, which
        // are then merged in place (two arrays a report, not four).
        var keys = new long[count];
        for (var k = 0; k < count; k++)
        {
            keys[k] = ((long)spans[k].Start << 32) | (uint)k;
        }

        Array.Sort(keys, spans, 0, count);
        var merged = 0;
        for (var k = 0; k < count; k++)
        {
            var x = spans[k];
            if (merged > 0 && x.Start < spans[merged - 1].End)
            {
                spans[merged - 1] = new TextSpan(spans[merged - 1].Start, Math.Max(spans[merged - 1].End, x.End));
            }
            else
            {
                spans[merged++] = x;
            }
        }

        Array.Resize(ref spans, merged);
        return spans;
    }

    private static bool Covered(TextSpan[] covered, int start, int end)
    {
        int lo = 0, hi = covered.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (covered[mid].End <= start)
            {
                lo = mid + 1;
            }
            else if (covered[mid].Start >= end)
            {
                hi = mid - 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    // The fullest form of a name the report uses: a surname or a shorter form read as the one longer name containing
    // it; a single word no longer name contains is no name (a capitalised word alone is too weak a cue).
    // The report's names of two words or more, looked up by each of their words.
    // Loops over the names' words in place: the query (SelectMany, Distinct, a Split and a Distinct per name) was 2 % of
    // `vigil-extract`'s samples over 12 MB, for every report with a fate phrase (docs/pipeline/pipeline.md, session 22).
    private static Dictionary<string, List<string>> FullNames(List<List<NameSpan>> names)
    {
        var byWord = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var byWordSpan = byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in names)
        {
            foreach (var n in sentence)
            {
                var name = n.Name;
                if (n.Words <= 1 || !seen.Add(name))
                {
                    continue;
                }

                foreach (var range in name.AsSpan().Split(' '))
                {
                    var word = name.AsSpan(range);
                    if (word.IsEmpty)
                    {
                        continue;
                    }

                    if (!byWordSpan.TryGetValue(word, out var list))
                    {
                        byWordSpan[word] = list = [];
                    }

                    // A word twice in one name ("Ali Ali Zadeh") lists the name once: its words are read one after another.
                    if (list.Count == 0 || !ReferenceEquals(list[^1], name))
                    {
                        list.Add(name);
                    }
                }
            }
        }

        return byWord;
    }

    private static string? Fullest(NameSpan person, Dictionary<string, List<string>> byWord)
    {
        // Most capitalised words of a report are in no longer name: answered without splitting the name.
        var name = person.Name;
        if (name.Length == 0)
        {
            return null;
        }

        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (!byWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(space < 0 ? name : name.AsSpan(0, space), out var full))
        {
            return space >= 0 || person.Sure ? name : null;
        }

        // Most names are the longest of the names sharing their first word: no name could contain them.
        var anyLonger = false;
        foreach (var f in full)
        {
            anyLonger |= f.Length > name.Length;
        }

        if (!anyLonger)
        {
            return space >= 0 || person.Sure ? name : null;
        }

        var tokens = name.Split(' ');
        var longer = full.Where(f => f.Length > person.Name.Length && ContainsTokens(f.Split(' ', StringSplitOptions.RemoveEmptyEntries), tokens)).ToList();
        longer = [.. longer.Where(l => !longer.Any(o => o.Length > l.Length && o.Contains(l, StringComparison.Ordinal)))];
        if (longer.Count == 1)
        {
            return longer[0];
        }

        return (tokens.Length > 1 || person.Sure) && longer.Count == 0 ? person.Name : null;
    }

    private static bool ContainsTokens(string[] haystack, string[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            var all = true;
            for (var j = 0; j < needle.Length && all; j++)
            {
                all = string.Equals(haystack[i + j], needle[j], StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    // "X, 16,", "X (16)", "X, aged 16", "X, a 22-year-old woman", "X, 16 or 17,", "sixteen-year-old X".
    private int? Age(string text, NameSpan person)
    {
        if (_caselessAgeAfter is not null && _caselessAgeBefore is not null)
        {
            return CaselessAge(text, person, _caselessAgeAfter, _caselessAgeBefore);
        }

        // Each pattern is run only where the text it needs is there (the same answers; most names have no age, and the
        // patterns cost thousands of instructions a name): an age after the name is bracketed or says "years old", and
        // one before it says "year".
        var length = Math.Min(60, text.Length - person.End);
        var window = text.AsSpan(person.End, length);
        if ((window.TrimStart() is [',' or '(', ..]) || window.Contains("year", StringComparison.OrdinalIgnoreCase))
        {
            var m = AgeAfter().Match(text.Substring(person.End, length));
            if (m.Success && (m.Groups["y"].Success || (m.Groups["open"].Success && m.Groups["close"].Success)) && _lexicon.Number(m.Groups["n"].Value) is { } n && n is > 0 and < 120)
            {
                return n;
            }
        }

        var from = Math.Max(0, person.Start - 50);
        if (!text.AsSpan(from, person.Start - from).Contains("year", StringComparison.Ordinal))
        {
            return null;
        }

        var before = AgeBefore().Match(text[from..person.Start]);
        return before.Success && _lexicon.Number(before.Groups["n"].Value) is { } b && b is > 0 and < 120 ? b : null;
    }

    // «X، ۱۶ ساله،», «X (۱۶)», «X، ۱۶ یا ۱۷ ساله،», «نوجوان ۱۶ ساله X», «X، شانزده ساله،».
    // Each pattern is asked only where the characters it cannot match without are there (the same answers, without
    // running the interpreted pattern around every name): "after" opens with a comma or bracket after spaces, "before"
    // holds an age unit.
    private int? CaselessAge(string text, NameSpan person, Regex after, Regex before)
    {
        var length = Math.Min(60, text.Length - person.End);
        var open = person.End;
        while (open < person.End + length && char.IsWhiteSpace(text[open]))
        {
            open++;
        }

        if (open < person.End + length && text[open] is ',' or '(')
        {
            var m = after.Match(text, person.End, length);
            if (m.Success && _lexicon.Number(m.Groups["n"].Value) is { } n && n is > 0 and < 120)
            {
                return n;
            }
        }

        var from = Math.Max(0, person.Start - 50);
        if (!HasAgeUnit(text.AsSpan(from, person.Start - from)))
        {
            return null;
        }

        var b = before.Match(text[from..person.Start]);
        return b.Success && _lexicon.Number(b.Groups["n"].Value) is { } a && a is > 0 and < 120 ? a : null;
    }

    private bool HasAgeUnit(ReadOnlySpan<char> window)
    {
        foreach (var unit in _lexicon.Classes["age-units"])
        {
            if (window.Contains(unit, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // A gendered word in the apposition or just before the name ("her father, X"), else the pronoun the sentence
    // uses when it names only this person, else the pronoun opening the next sentence.
    // Read in place: the words around every named person were copies, and the split arrays of copies, for most of what
    // this stage allocated (the same words and separators as String.Split with RemoveEmptyEntries).
    private Gender? GenderOf(string text, TextSpan sentence, NameSpan person, int namesInSentence, TextSpan? next)
    {
        if (person.Start < sentence.Start || person.End > sentence.End)
        {
            return null;
        }

        var appositionEnd = IndexOfAny(text, person.End, Math.Min(120, sentence.End - person.End), ';', '.');
        var window = Math.Max(0, Math.Min(100, sentence.End - person.End - 1));
        var close = IndexOfAny(text, Math.Min(person.End + 1, sentence.End), window, ',', ')');
        if (person.End < text.Length && text[person.End] is ',' or '(')
        {
            var end = close > 0 ? close : person.End + 1 + window;
            if (GenderWord(text.AsSpan(person.End, end - person.End)) is { } g)
            {
                return g;
            }
        }

        var beforeStart = Math.Max(sentence.Start, person.Start - 30);
        var before = text.AsSpan(beforeStart, person.Start - beforeStart).TrimEnd(WordGapChars);
        var last = before[(before.LastIndexOfAny(WordGaps) + 1)..];
        if (!last.IsEmpty && GenderWord(last) is { } kin && !_pronouns.Contains(last))
        {
            return kin;
        }

        if (namesInSentence == 1)
        {
            var restEnd = appositionEnd > 0 ? appositionEnd : sentence.End;
            if (FirstPronoun(text.AsSpan(person.End, restEnd - person.End)) is { } p)
            {
                return p;
            }

            if (next is { } n)
            {
                var opening = text.AsSpan(n.Start, Math.Min(40, n.Length)).TrimStart(WordGapChars);
                var first = opening[..(opening.IndexOfAny(WordGaps) is var e and >= 0 ? e : opening.Length)];
                if (!first.IsEmpty && _pronouns.Contains(first))
                {
                    return GenderWord(first);
                }
            }
        }

        return null;
    }

    // text.IndexOfAny([a, b], start, count).
    private static int IndexOfAny(string text, int start, int count, char a, char b) =>
        text.AsSpan(start, count).IndexOfAny(a, b) is var i and >= 0 ? start + i : -1;

    private Gender? FirstPronoun(ReadOnlySpan<char> text)
    {
        foreach (var range in text.SplitAny(PronounGaps))
        {
            var w = text[range];
            if (!w.IsEmpty && _pronouns.Contains(w))
            {
                return GenderWord(w);
            }
        }

        return null;
    }

    private Gender? GenderWord(ReadOnlySpan<char> text)
    {
        foreach (var range in text.SplitAny(GenderGaps))
        {
            var w = text[range];
            if (w.IsEmpty)
            {
                continue;
            }

            var bare = w.TrimEnd('.');
            if (Is("female", bare))
            {
                return Gender.Female;
            }

            if (Is("male", bare))
            {
                return Gender.Male;
            }
        }

        return null;
    }

    // The evidence with the rest of its clause ("X was executed | in Mashhad on December 12"), where the fate's own place and date are.
    private static TextSpan Clause(string text, TextSpan evidence, TextSpan sentence)
    {
        var end = evidence.End;
        var limit = Math.Min(sentence.End, evidence.End + 80);
        while (end < limit && text[end] is not (',' or ';' or '.' or '(' or ')' or '\n'))
        {
            end++;
        }

        return new TextSpan(evidence.Start, end);
    }

    // The last day or month named earlier in the paragraph ("X was arrested on 21 November. … he was beaten"): a bare
    // year earlier on is background, as for incidents. One whose year the report does not give (YearGuessed) gives none.
    private static PartialDate? Earlier(ImmutableArray<DateMention> dates, Near near, ImmutableArray<Sentence> sentences, int k)
    {
        var from = sentences[near.ParagraphOpening[k]].Span.Start;
        var to = sentences[k].Span.Start;
        var last = near.Dates.Last(from, to, d => dates[d].Span.End <= to && dates[d].Start.Precision >= DatePrecision.Month);
        return last >= 0 && !dates[last].YearGuessed ? dates[last].Start : null;
    }

    // For each sentence, the first sentence of its paragraph.
    private static int[] ParagraphOpenings(ImmutableArray<Sentence> sentences)
    {
        var openings = new int[sentences.Length];
        for (var k = 1; k < sentences.Length; k++)
        {
            openings[k] = sentences[k - 1].Paragraph == sentences[k].Paragraph ? openings[k - 1] : k;
        }

        return openings;
    }

    // The date told in the fate's clause, else the nearest in its sentence, else its incident's own text date. A date the
    // text gives without a year it ties to (YearGuessed) is told but unknown: no date, as for incidents, and
    // <paramref name="dated"/> says a date was told, so no earlier one stands in for it.
    private static PartialDate? DateOf(ImmutableArray<DateMention> dates, Near near, TextSpan sentence, TextSpan clause, TextSpan cue, IncidentMention? incident, out bool dated)
    {
        dated = true;
        var found = near.Found;
        near.Dates.StartingIn(clause.Start, clause.End, found);
        foreach (var k in found)
        {
            var d = dates[k];
            if (d.Span.Start >= clause.Start && d.Span.End <= clause.End)
            {
                return d.YearGuessed ? null : d.Start;
            }
        }

        DateMention? nearest = null;
        var best = int.MaxValue;
        near.Dates.StartingIn(sentence.Start, sentence.End, found);
        foreach (var k in found)
        {
            var d = dates[k];
            if (d.Span.Start >= sentence.Start && d.Span.End <= sentence.End)
            {
                var distance = d.Span.End <= cue.Start ? cue.Start - d.Span.End : Math.Max(0, d.Span.Start - cue.End);
                if (distance < best)
                {
                    best = distance;
                    nearest = d;
                }
            }
        }

        if (nearest is not null)
        {
            return nearest.YearGuessed ? null : nearest.Start;
        }

        dated = incident is { DateSource: DateSource.Text };
        return dated ? incident!.Date : null;
    }

    // A place in the fate's clause, else the one place its sentence names, else the report's country.
    private static Place? PlaceOf(ImmutableArray<PlaceMention> places, Near near, int sentenceIndex, TextSpan sentence, TextSpan clause, Place? country, NameSpan person)
    {
        // A place read inside the person's own name («کیان» in «کیان پیرفلک») is not where the fate happened.
        bool Usable(PlaceMention p) => p.Span.End <= person.Start || p.Span.Start >= person.End;
        var found = near.Found;
        near.Places.StartingIn(clause.Start, clause.End, found);
        Place? inClause = null;
        foreach (var k in found)
        {
            var p = places[k];
            if (Usable(p) && p.Span.Start >= clause.Start && p.Span.End <= clause.End && (inClause is null || p.Place.Precision > inClause.Precision))
            {
                inClause = p.Place; // the most precise; the first of equals
            }
        }

        if (inClause is not null)
        {
            return inClause;
        }

        // Else the sentence's one place, when it names one: its places are counted once per sentence, and a fate takes off only
        // those inside its person's name, so a sentence of many fates and places is not read again for each fate.
        if (!near.SentencePlaces.TryGetValue(sentenceIndex, out var counts))
        {
            near.SentencePlaces[sentenceIndex] = counts = [];
            near.Places.StartingIn(sentence.Start, sentence.End, found);
            foreach (var i in found)
            {
                var p = places[i];
                if (p.Span.Start >= sentence.Start && p.Span.End <= sentence.End)
                {
                    counts[p.Place] = counts.GetValueOrDefault(p.Place) + 1;
                }
            }
        }

        Dictionary<Place, int>? inName = null;
        near.Places.Near(person.Start, person.End, found);
        foreach (var i in found)
        {
            var p = places[i];
            if (!Usable(p) && p.Span.Start >= sentence.Start && p.Span.End <= sentence.End)
            {
                inName ??= [];
                inName[p.Place] = inName.GetValueOrDefault(p.Place) + 1;
            }
        }

        Place? only = null;
        foreach (var (place, count) in counts)
        {
            if (count > (inName?.GetValueOrDefault(place) ?? 0))
            {
                if (only is not null)
                {
                    return country;
                }

                only = place;
            }
        }

        return only ?? country;
    }

    // The incident mention a fate belongs to: one of the matching type whose evidence overlaps, else any overlapping one.
    private static int? Incident(ImmutableArray<IncidentMention> incidents, Near near, Fate fate, TextSpan evidence, TextSpan sentence)
    {
        IncidentType? type = fate switch
        {
            Fate.Killed => IncidentType.Killing,
            Fate.Executed => IncidentType.Execution,
            Fate.Arrested => IncidentType.Arrest,
            Fate.Injured => IncidentType.Injury,
            _ => null,
        };
        int? any = null;
        var found = near.Found;
        near.Incidents.Near(Math.Min(evidence.Start, sentence.Start), Math.Max(evidence.End, sentence.End), found);
        foreach (var i in found)
        {
            var e = incidents[i].Evidence;
            if (e.Start < evidence.End && evidence.Start < e.End || (e.Start < sentence.End && sentence.Start < e.End))
            {
                if (incidents[i].Type == type)
                {
                    return i;
                }

                any ??= i;
            }
        }

        return type is null ? any : null;
    }

    // Whether the group's fates hold this one. A loop, not a lambda: one capturing the fate cost an allocation per fate phrase.
    private static bool Tells(List<(Fate Fate, TextSpan Cue)> group, Fate fate)
    {
        foreach (var (told, _) in group)
        {
            if (told == fate)
            {
                return true;
            }
        }

        return false;
    }

    private TextSpan Evidence(int start, int end, TextSpan cue)
    {
        start = Math.Min(start, cue.Start);
        end = Math.Max(end, cue.End);
        if (end - start > _options.MaxEvidenceLength)
        {
            start = Math.Max(start, end - _options.MaxEvidenceLength);
        }

        return new TextSpan(start, end);
    }

    private bool Is(string wordClass, string word) => _lexicon.Classes[wordClass].Contains(word);

    private bool Is(string wordClass, ReadOnlySpan<char> word) => _lexicon.Classes[wordClass].GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    // No lambda: one capturing the run's bounds cost an allocation per character of every sentence (the closure is made
    // where the loop body starts).
    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (UnicodeClasses.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // The words before `to`, nearest first, back to `from` or the first clause mark: each read in place with its start
    // (the rules ask two to eight words back from every fate phrase and name; a string per word was most of what they allocated).
    private ref struct WordsBefore(string text, int from, int to)
    {
        private readonly string _text = text;
        private readonly int _from = from;
        private int _i = to;

        public WordBefore Current { get; private set; }

        public readonly WordsBefore GetEnumerator() => this;

        // The nearest word, or an empty one at `to` when there is none.
        public static WordBefore First(string text, int from, int to)
        {
            var words = new WordsBefore(text, from, to);
            return words.MoveNext() ? words.Current : default;
        }

        public bool MoveNext()
        {
            var i = _i;
            while (i > _from && IsSpace(_text[i - 1]))
            {
                i--;
            }

            if (i <= _from || !UnicodeClasses.IsLetterOrDigit(_text[i - 1]))
            {
                _i = _from;
                return false;
            }

            var end = i;
            while (i > _from && (UnicodeClasses.IsLetterOrDigit(_text[i - 1]) || _text[i - 1] == '-'))
            {
                i--;
            }

            _i = i;
            Current = new WordBefore(_text.AsSpan(i, end - i), i);
            return true;
        }
    }

    private readonly ref struct WordBefore(ReadOnlySpan<char> word, int start)
    {
        public ReadOnlySpan<char> Word { get; } = word;

        public int Start { get; } = start;

        public void Deconstruct(out ReadOnlySpan<char> word, out int start)
        {
            word = Word;
            start = Start;
        }
    }

    private static int WordEnd(string text, int start, int to)
    {
        var i = CapitalSearch.AsciiLettersAndDigitsEnd(text, start, to);
        while (i < to && (UnicodeClasses.IsLetterOrDigit(text[i]) || (text[i] is '’' or '\'' or '-' && i + 1 < to && UnicodeClasses.IsLetterOrDigit(text[i + 1]))))
        {
            i++;
        }

        return i;
    }

    private static int SkipSpaces(string text, int i, int to)
    {
        while (i < to && IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsSpace(char c) => c != '\n' && char.IsWhiteSpace(c);

    private static bool StartsWithWord(string text, int at, int to, string word) =>
        at + word.Length <= to && string.CompareOrdinal(text, at, word, 0, word.Length) == 0 && (at + word.Length == to || !UnicodeClasses.IsLetter(text[at + word.Length]));

    private static bool IsPossessive(string text, int end, int to) =>
        end + 1 < to && text[end] is '\'' or '’' && (text[end + 1] == 's' || !UnicodeClasses.IsLetter(text[end + 1]));

    // The words of a name written one space apart.
    private static int WordCount(string name) => name.Length == 0 ? 0 : name.AsSpan().Count(' ') + 1;

    [GeneratedRegex(@"^[,(]\s*(?:who|whose)\s.*[,)]$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"^\s*(?:(?<open>[,(])\s*)?(?:aged\s+|age\s+)?(?:an?\s+)?(?<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)(?:\s*(?:or|to|-|–)\s*(?:\d{1,3}|[a-z]+))?(?:(?<y>[- ]years?[- ]old)|(?<close>\s*[,)]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgeAfter();

    [GeneratedRegex(@"(?<n>\d{1,3}|[A-Za-z]+(?:-[a-z]+)?)[- ]years?[- ]old(?:\s+[a-z]+){0,3}\s*,?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AgeBefore();

    /// <summary>A name candidate: Start includes a title before the name; End is the end of the name.</summary>
    // The report's records by span, for the per-fate look-ups; Found is their one scratch list.
    private sealed record Near(SpanIndex Dates, SpanIndex Places, SpanIndex Incidents, int[] ParagraphOpening)
    {
        public List<int> Found { get; } = [];

        /// <summary>Each sentence's places (by its index), with how many times it names each, counted when a fate first asks.</summary>
        public Dictionary<int, Dictionary<Place, int>> SentencePlaces { get; } = [];
    }

    private sealed record NameSpan(int Start, int End, string Name, int Words)
    {
        /// <summary>Where the name itself starts (after a title the persons stage read with it).</summary>
        public int NameStart { get; init; } = Start;

        /// <summary>Read from a cue stronger than a capital (a given name, a title or person noun in a fate's slot): a name even as one word.</summary>
        public bool Sure { get; init; }
    }
}
