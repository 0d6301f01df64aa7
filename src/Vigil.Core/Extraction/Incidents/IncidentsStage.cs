using System.Collections.Frozen;
using System.Collections.Immutable;
using Vigil.Core.Extraction.Actors;
using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Persons;
using Vigil.Core.Extraction.Places;
using Vigil.Core.Extraction.Segmentation;
using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Extraction.Incidents;

/// <summary>
/// Classifies each sentence by its trigger words into incident types, skips hypotheticals, predictions,
/// generic background and negations, and codes one incident per type × place × day (as ACLED does) with the
/// date, place, counts and actors the earlier stages found: from the same sentence first, then from the
/// paragraph before it, then the publication date and the report's country. Stores the result in
/// <see cref="ExtractionContext.Incidents"/>. Runs last.
/// </summary>
internal sealed class IncidentsStage : ExtractionStage<IncidentMention>
{
    // How far before a day of saying an incident the lede restates may lie.
    private const int RecentDays = 31;

    private readonly IncidentsOptions _options;
    private readonly IncidentLexicon _lexicon;
    private readonly FigureLexicon _figures;

    public IncidentsStage(IncidentsOptions options)
    {
        _options = options;
        _lexicon = IncidentLexicon.For(options.Language);
        _figures = FigureLexicon.For(options.Language);
    }

    public override ImmutableArray<IncidentMention> Extract(ExtractionContext context)
    {
        var text = context.Text;
        var sentences = context.Sentences.IsDefaultOrEmpty ? FallbackSentences.Split(text) : context.Sentences;
        var tokens = context.Tokens;
        var country = CountryOf(context, tokens);
        var incidents = new List<IncidentMention>();
        var index = new Dictionary<(IncidentType, (string, string?, string, GeoPrecision)?, PartialDate?, PartialDate?), int>();
        var hits = new List<TriggerHit>();

        int di = 0, pi = 0, ci = 0, ai = 0;
        var dateReach = DateMentions.Reach(context.Dates);
        var paragraph = -1;
        Place? lastPlace = null;
        DateMention? lastDate = null;

        // The first event the last paragraph that told one dated in its text and placed: a later paragraph's sentence that
        // points back to an event ("In the unrest, five were killed") and tells neither a date nor a place takes its.
        IncidentMention? toldEvent = null;
        IncidentMention? paragraphLead = null;

        var dateline = -1;
        DateMention? filedDate = null;
        Place? filedPlace = null;

        // The wave a report follows, when its dates tell one: what the report tells undated happened within it.
        var wave = context.Dates.FirstOrDefault(static d => d.IsWave);
        var introduced = new List<IncidentMention>();
        var told = new ToldIndex();
        DateMention? namedEvent = null; // the previous sentence's "a Sept. 30 crackdown"
        foreach (var sentence in sentences)
        {
            if (sentence.Paragraph != paragraph)
            {
                paragraph = sentence.Paragraph;
                toldEvent = paragraphLead ?? toldEvent;
                paragraphLead = null;
                lastPlace = null;
                lastDate = null;
                filedPlace = null;

                dateline = Dateline.End(text, sentence.Span);
            }

            var span = sentence.Span;
            var dates = Within(context.Dates, ref di, span, d => d.Span);
            var sentenceDates = dates;
            var places = Within(context.Places, ref pi, span, p => p.Span);
            var counts = Within(context.Figures, ref ci, span, c => c.Span);
            var actors = Within(context.Actors, ref ai, span, a => a.Span);

            // "TEHRAN, Nov. 17 (Reuters) -": the dateline says where and when the report was filed, not where events happened.
            // Its date dates what the report tells when nothing nearer does ("Zahedan, 5 May 2023 - Security forces killed …");
            // its place is where the report was filed, which wire reports use for events all over the country.
            if (dateline > span.Start)
            {
                if (filedDate is null && Before(dates, dateline) is { } filed && filed.Start.Precision >= DatePrecision.Month)
                {
                    filedDate = filed;
                }

                // "Zahedan, 5 May 2023 - Security forces killed three worshippers": a place of the country the dateline
                // names serves what its own paragraph leaves unplaced (a foreign bureau, "DUBAI (Reuters)", never does).
                if (MostSpecific([.. places[..(places.Length - After(places, dateline, static p => p.Span).Length)]]) is [.., { } at]
                    && country is not null && at.Country == country.Country && at.Precision != GeoPrecision.Country)
                {
                    filedPlace = at;
                }

                dates = After(dates, dateline, static d => d.Span);
                places = After(places, dateline, static p => p.Span);
            }

            // "As of 10 March, 120 had been killed": the day a total was counted dates none of the sentence's events; its year
            // still says when they happened (and, a year, it is carried to no later sentence).
            var tallied = HasTally(text, tokens, dates);
            if (tallied)
            {
                dates = WithoutTallies(text, tokens, dates);
            }

            var eventPlaces = EventPlaces(text, tokens, places);
            var sentencePlaces = MostSpecific(eventPlaces);
            // "The protests in Semnan on Monday were the largest since 2015, when crowds took to the streets": the recalled
            // moment's clause tells another event, so a trigger of the same type on each side of it is kept (one per side).
            // Asked only when the one-hit-per-type choice removed a hit in a dated sentence, and then the triggers found again.
            (DateMention Date, TextSpan Clause)? recalledMoment = null;
            var momentAsked = false;
            if (FindTriggers(text, tokens, span, sentenceDates, dateReach, hits, -1) && !dates.IsEmpty)
            {
                momentAsked = true;
                recalledMoment = RecalledMoment(text, tokens, span, dates);
                if (recalledMoment is { } early)
                {
                    FindTriggers(text, tokens, span, sentenceDates, dateReach, hits, early.Clause.Start);
                }
            }
            if (hits.Count > 0 && (IsHeading(context, text, tokens, sentence) || (dates.IsEmpty && IsHabitual(text, tokens, span))))
            {
                hits.Clear();
            }

            // "a. Arbitrary Deprivation of Life and Other Unlawful Killings" on a line of its own above its paragraph: a
            // section heading names a topic, not an event.
            hits.RemoveAll(h => IsHeadingLine(text, tokens, h.Span.Start));

            // "A protest in London after the death of X (Jane Doe/PA)", "Students rally in Tehran in this file photo. — AFP":
            // a caption describes a picture; what it shows the report tells, if at all, in its own sentences.
            hits.RemoveAll(h => IsCaptionLine(text, tokens, h.Span.Start));

            // "… 13 were executed, and road accidents in Kurdistan claimed six lives": a last clause that tells no event
            // places none of the events before it.
            if (hits.Count > 0 && eventPlaces.Count > 0 && TrailingClause(text, tokens, span, hits[^1]) is var tail and >= 0
                && eventPlaces.Exists(p => p.Span.Start >= tail))
            {
                eventPlaces = eventPlaces.FindAll(p => p.Span.Start < tail);
                sentencePlaces = MostSpecific(eventPlaces);
            }

            // "Protests were held on Saturday in the following cities:" then a line of place names: each place is
            // where that incident happened, with the list as its evidence.
            if (hits.Count == 0 && introduced.Count > 0 && sentencePlaces.Count >= 2 && IsPlaceList(text, span, places))
            {
                var list = new TextSpan(span.Start, Math.Min(span.End, span.Start + _options.MaxEvidenceLength));
                foreach (var template in introduced)
                {
                    foreach (var location in sentencePlaces)
                    {
                        Add(incidents, index, template with { Location = location, Evidence = list, Killed = null, Injured = null, Arrested = null });
                    }
                }

                continue;
            }

            introduced.Clear();
            var introduces = EndsWithColon(text, span);
            // "The unrest in Khuzestan recalls November 2019, when security forces killed hundreds": the when-clause tells
            // another moment, with its own date and places; the main clause takes neither.
            var moment = hits.Count > 0 ? (momentAsked ? recalledMoment : RecalledMoment(text, tokens, span, dates)) : null;
            var mainDates = dates;
            var mainPlaces = eventPlaces;
            if (moment is { } m)
            {
                mainDates = Without(dates, m.Date);
                mainPlaces = eventPlaces.FindAll(p => !m.Clause.Contains(p.Span));
                sentencePlaces = MostSpecific(mainPlaces);
            }

            // "the largest protests the country has seen since late 2017": the date compared with dates nothing the main
            // clause tells, nor what comes after it ("the largest since March 2022, when …" still tells that moment).
            if (!mainDates.IsEmpty && WithoutComparisons(text, tokens, mainDates) is { } compared)
            {
                mainDates = compared;
            }

            bool? pointsBack = null; // asked once per sentence
            bool? refersBack = null; // likewise
            if (hits.Count > 0)
            {
                var clauses = Clauses(text, tokens, span, hits, eventPlaces, dates);
                for (var h = 0; h < hits.Count; h++)
                {
                    var hit = hits[h];
                    var clause = clauses[h];

                    // Each event takes the date and place of its own clause ("gathered in Tehran on Monday, and security
                    // forces killed three in Zahedan on Tuesday"); a clause without one takes the sentence's.
                    var inMoment = moment is { } rm && rm.Clause.Contains(hit.Span);
                    ReadOnlySpan<DateMention> hitDates = inMoment ? new[] { moment!.Value.Date } : mainDates;
                    var clauseDates = inMoment ? hitDates : Inside(hitDates, clause, static d => d.Span);
                    var date = NearestDate(text, tokens, clauseDates.IsEmpty ? hitDates : clauseDates, hit.Span);
                    // "… to mark a Sept. 30 crackdown. Security forces killed 66 people in the incident": an undated
                    // sentence that points back to an event the sentence before dated takes that date.
                    if (date is null && namedEvent is not null && (pointsBack ??= PointsBack(text, tokens, span, _lexicon.EventAnaphors)))
                    {
                        date = namedEvent;
                    }

                    // A tally's source speaks of the count's day, not of the events' ("as of 10 March …, the group said").
                    var said = date is null && !tallied ? StatementDate(context.Statements, hit.Span) : null;
                    var recalled = date is null && said is null ? Recalled(text, tokens, span, context.Published) : null;

                    var clausePlaces = inMoment ? MostSpecific(eventPlaces.FindAll(p => moment!.Value.Clause.Contains(p.Span)))
                        : clause == span ? sentencePlaces : ClausePlaces(mainPlaces, clause, sentencePlaces);

                    // "In the unrest, started by a group of dervishes, five were killed", a paragraph after the riot was told:
                    // with no place of its own or its paragraph's, a definite event noun points back to the event told last,
                    // and the event takes that one's place, and its date when it has none ("the shooting of protesters on
                    // September 30", the told event's day, is that event too).
                    var ownDate = date is not null ? date.Start : said ?? recalled ?? lastDate?.Start;
                    var back = lastPlace is null && clausePlaces.Count == 0 && toldEvent is not null && (ownDate is null || ownDate == toldEvent.Date)
                        && (refersBack ??= PointsBack(text, tokens, span, _lexicon.ToldAnaphors)) ? toldEvent : null;
                    // "on 3rd January" in an undated report whose text ties no year to it: the day is told, the year is not.
                    var (start, end) = date is { YearGuessed: true } ? (null, null)
                        : date is not null ? (date.Start, date.End)
                        : said is not null ? (said, (PartialDate?)null)
                        : recalled is not null ? (recalled, (PartialDate?)null)
                        : lastDate is not null ? (lastDate.Start, lastDate.End)
                        : back is not null ? (back.Date, back.DateEnd)
                        : filedDate is not null ? (filedDate.Start, filedDate.End)
                        : wave is not null ? (wave.Start, wave.End)
                        : (_options.DateFromPublication && context.Published is { } pub ? PartialDate.OfDay(pub) : (PartialDate?)null, (PartialDate?)null);
                    var source = date is { YearGuessed: true } ? DateSource.None
                        : date is null && said is null && (recalled is not null || (lastDate is null && back is null && filedDate is null && wave is null)) ? DateSource.Publication : DateSource.Text;

                    // "… on 21 November, and arrested dozens in Piranshahr the next day": the day after the date the
                    // clause takes from before it.
                    if (source == DateSource.Text && clauseDates.IsEmpty && end is null && start is { Precision: DatePrecision.Day } day && SaysDayAfter(text, tokens, clause))
                    {
                        start = PartialDate.OfDay(day.FirstDay.AddDays(1));
                    }

                    // "… the rape of a girl in Chabahar in June, and the 16 September death of X after her arrest": a coordinated
                    // noun phrase (headed by the clause's first trigger) with its own date names other events, which do not
                    // borrow the other's place (a sentence without places
                    // leaves it to the paragraph's, as before).
                    if (!inMoment && clause != span && clause.Start > span.Start && !hits[clauses.IndexOf(clause)].Entry.IsVerb && !clauseDates.IsEmpty
                        && sentencePlaces.Count > 0 && !mainPlaces.Exists(p => p.Span.Start >= clause.Start && p.Span.Start < clause.End) && OpensNounPhrase(text, tokens, clause, hits[clauses.IndexOf(clause)].Token, clauseDates))
                    {
                        clausePlaces = [country];
                    }

                    List<Place?> locations = clausePlaces.Count > 0 ? clausePlaces
                        : inMoment ? [country]
                        : lastPlace is not null ? [lastPlace]
                        : back is not null ? [back.Location]
                        : filedPlace is not null ? [filedPlace]
                        : [country];

                    // "… took to the streets to protest the death of X, who had been detained by police in Tehran": a place
                    // after the "death of" a person that a protest is about is where that death (or arrest) happened, not
                    // where the people protested.
                    // So does a place of the death that set it off: "The death of X in a police station in Tehran triggered
                    // protests in several cities".
                    var causeOf = !inMoment && hit.Entry.Type is IncidentType.Protest or IncidentType.Strike or IncidentType.Riot;
                    var cause = causeOf ? CauseAfter(text, tokens, hits, h) : -1;
                    var (causeFrom, causeTo) = causeOf ? CauseBefore(text, tokens, hits, h) : (0, 0);
                    if (cause >= 0 || causeTo > causeFrom)
                    {
                        var inClause = mainPlaces.FindAll(p => p.Span.Start >= clause.Start && p.Span.Start < clause.End);
                        var candidates = inClause.Count > 0 ? inClause : mainPlaces;
                        bool OfCause(PlaceMention p) => (cause >= 0 && p.Span.Start >= cause) || (p.Span.Start >= causeFrom && p.Span.Start < causeTo);
                        if (candidates.Exists(OfCause))
                        {
                            var own = candidates.FindAll(p => !OfCause(p));
                            locations = own.Count > 0 ? MostSpecific(own) : lastPlace is not null ? [lastPlace] : filedPlace is not null ? [filedPlace] : [country];
                        }
                    }

                    // … and the death's place is not the protest's: "The death of X in Tehran sparked protests in Saqqez".
                    if (!inMoment && EffectAfter(text, tokens, hits, h) is var effect and >= 0)
                    {
                        var inClause = mainPlaces.FindAll(p => p.Span.Start >= clause.Start && p.Span.Start < clause.End);
                        var candidates = inClause.Count > 0 ? inClause : mainPlaces;
                        if (candidates.Exists(p => p.Span.Start >= effect))
                        {
                            var own = candidates.FindAll(p => p.Span.Start < effect);
                            locations = own.Count > 0 ? MostSpecific(own) : lastPlace is not null ? [lastPlace] : filedPlace is not null ? [filedPlace] : [country];
                        }
                    }

                    var confidence = Math.Min(1.0, hit.Entry.Strength
                        + (sentencePlaces.Count > 0 ? 0.05 : 0)
                        + (dates.Length > 0 ? 0.05 : 0)
                        - (text[span.End - 1] == '?' ? 0.1 : 0));
                    if (confidence < _options.MinConfidence)
                    {
                        continue;
                    }

                    var (who, whom) = Parties(hit.Entry.Type, WithoutSources(text, tokens, actors));
                    var type = hit.Entry.Type;

                    // Killing prisoners is executing them, judicially or not ("the 1988 massacre of political prisoners").
                    if (type == IncidentType.Killing && whom.Any(v => v.EndsWith("prisoners", StringComparison.Ordinal))
                        && !_lexicon.Deaths.Contains(tokens[hit.Token].Of(text)))
                    {
                        type = IncidentType.Execution;
                    }

                    if (hit.Possessive && IsToldBefore(text, type, Inside(context.Persons.AsSpan(), span, static p => p.Span), told))
                    {
                        continue;
                    }

                    // "At least 106 were killed. The real toll may be much higher, with some reports suggesting as many as 200
                    // have been killed": after its kind was told, an event in a sentence that hedges before it is a guess
                    // about the same event, not another one (nor a larger count for it).
                    if (told.Any(type) && HedgedBefore(text, tokens, span, hit.Token))
                    {
                        continue;
                    }

                    // "Police killed six protesters in Izeh on 20 May. The deaths came last week as …": a definite trigger
                    // noun with no count and no place of its own, after an incident of its type was told, points back to it.
                    // A place of another trigger's phrase is not its own ("The executions came after protests in Iran").
                    if (!hit.Entry.IsVerb && hit.Token > 0 && _lexicon.Definite.Contains(tokens[hit.Token - 1].Of(text)) && told.Any(type)
                        && !PlacedByOwnPhrase(eventPlaces, hits, hit) && !HasCount(counts, hit.Span, type))
                    {
                        continue;
                    }

                    // "Police killed two in Bukan. Crowds gathered to mark the death of these two": after its kind was told, a
                    // trigger noun that a verb of commemorating or defending takes as its object points back to it.
                    if (told.Any(type) && AfterReferenceVerb(text, tokens, hit.Token) && !HasCount(counts, hit.Span, type))
                    {
                        continue;
                    }

                    told.Add(type, span);
                    var evidence = Evidence(text, span, hit.Span);
                    var one = OnePersonSubject(text, tokens, span, hit);
                    foreach (var location in locations)
                    {
                        var mention = new IncidentMention(
                            type, start, end, location, who, whom,
                            CountFor(type, hit, hits, counts, CasualtyKind.Killed, IncidentType.Killing, IncidentType.Execution, IncidentType.Attack)
                                ?? OneNamedVictim(text, type, hit.Span, context.Persons)
                                ?? (type is IncidentType.Killing or IncidentType.Execution ? one ?? OneDescribedVictim(text, tokens, hit) : null),
                            CountFor(type, hit, hits, counts, CasualtyKind.Injured, IncidentType.Injury, IncidentType.Attack) ?? (type == IncidentType.Injury ? one : null),
                            CountFor(type, hit, hits, counts, CasualtyKind.Arrested, IncidentType.Arrest) ?? (type == IncidentType.Arrest ? one : null),
                            evidence, Math.Round(confidence, 2))
                        {
                            DateSource = source,
                            DatedBySaying = date is null ? said is not null : IsDateOfSaying(text, tokens, date.Span, hit.Span),
                        };
                        Add(incidents, index, mention);
                        if (paragraphLead is null && source == DateSource.Text && start is not null && location is not null)
                        {
                            paragraphLead = mention;
                        }

                        if (introduces && !introduced.Exists(m => m.Type == mention.Type))
                        {
                            introduced.Add(mention);
                        }

                        // "13 were killed in the region, including seven in Javanrud and four in Piranshahr": each part
                        // with its own count and place is that event at that place; the total stays at the wider place.
                        if (mention.Killed is not null || mention.Injured is not null || mention.Arrested is not null)
                        {
                            foreach (var (part, count) in Parts(text, tokens, span, hit, places))
                            {
                                Add(incidents, index, mention with
                                {
                                    Location = part,
                                    Killed = mention.Killed is null ? null : count,
                                    Injured = mention.Killed is null && mention.Injured is not null ? count : null,
                                    Arrested = mention.Killed is null && mention.Injured is null ? count : null,
                                });
                            }
                        }

                        // "200 people were arrested on Saturday, 150 on Sunday and around 100 on Monday": each later
                        // count with its own day is the same kind of event on that day.
                        if (date is not null && source == DateSource.Text)
                        {
                            foreach (var (listed, count) in ListedDays(text, tokens, hit, hits, date, sentenceDates, span))
                            {
                                Add(incidents, index, mention with
                                {
                                    Date = listed.Start, DateEnd = listed.End,
                                    Killed = type is IncidentType.Killing or IncidentType.Execution ? count : null,
                                    Injured = type == IncidentType.Injury ? count : null,
                                    Arrested = type == IncidentType.Arrest ? count : null,
                                });
                            }
                        }
                    }
                }
            }

            namedEvent = NamedEventDate(text, tokens, dates, hits);

            // The most specific place carries over: "Kazerun (south-central Iran)" leaves Kazerun, not Iran.
            if (sentencePlaces.Count > 0)
            {
                lastPlace = sentencePlaces[^1];
            }

            // Only a day or a month carries over to later sentences: a bare year earlier in the paragraph is
            // usually background ("toppled in 1979"), not the date of what comes next.
            for (var d = mainDates.Length - 1; d >= 0; d--)
            {
                // A date of part of a sentence («با گذشت یک ماه از اعتراضها») dates those words only, never what follows.
                if (mainDates[d].Start.Precision >= DatePrecision.Month && mainDates[d].Governs is null && !mainDates[d].YearGuessed)
                {
                    lastDate = mainDates[d];
                    break;
                }
            }
        }

        MergeUndated(incidents);
        return [.. incidents];
    }

    // "Prior to their execution, A and B were moved to solitary confinement": a possessive noun points back to an incident
    // of its type the report has told, when that telling names the same people (or, with nobody named in the sentence, any
    // incident of the type). "X died following her arrest" is a new arrest when no arrest of X was told before.
    private static bool IsToldBefore(string text, IncidentType type, ReadOnlySpan<PersonMention> persons, ToldIndex told)
    {
        if (persons.IsEmpty)
        {
            return told.Any(type);
        }

        foreach (var person in persons)
        {
            var name = person.Name.AsSpan().Trim();
            if (told.Names(text, type, name[(name.LastIndexOf(' ') + 1)..].ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The sentences that told an incident, by type, and for each type and surname asked about how many of them were
    /// already searched (or that one named it): each sentence is searched at most once per type and surname, so a long
    /// report with many possessive triggers ("her arrest", "their execution") costs linear time, not one scan of every
    /// earlier incident per trigger.
    /// </summary>
    private sealed class ToldIndex
    {
        private const int Found = int.MaxValue;
        private readonly Dictionary<IncidentType, List<TextSpan>> _sentences = [];
        private readonly Dictionary<(IncidentType, string), int> _searched = new(new TypeAndName());

        public void Add(IncidentType type, TextSpan sentence)
        {
            if (!_sentences.TryGetValue(type, out var list))
            {
                _sentences[type] = list = [];
            }

            if (list.Count == 0 || list[^1] != sentence)
            {
                list.Add(sentence);
            }
        }

        public bool Any(IncidentType type) => _sentences.TryGetValue(type, out var list) && list.Count > 0;

        // True when a sentence that told an incident of this type contains the surname (ignoring case).
        public bool Names(string text, IncidentType type, string surname)
        {
            if (!_sentences.TryGetValue(type, out var list))
            {
                return false;
            }

            var key = (type, surname);
            var from = _searched.GetValueOrDefault(key);
            if (from == Found)
            {
                return true;
            }

            for (var i = from; i < list.Count; i++)
            {
                if (text.AsSpan(list[i].Start, list[i].Length).Contains(surname, StringComparison.OrdinalIgnoreCase))
                {
                    _searched[key] = Found;
                    return true;
                }
            }

            _searched[key] = list.Count;
            return false;
        }

        private sealed class TypeAndName : IEqualityComparer<(IncidentType, string)>
        {
            public bool Equals((IncidentType, string) x, (IncidentType, string) y) =>
                x.Item1 == y.Item1 && string.Equals(x.Item2, y.Item2, StringComparison.OrdinalIgnoreCase);

            public int GetHashCode((IncidentType, string) obj) =>
                HashCode.Combine(obj.Item1, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Item2));
        }
    }

    // "…face arrest", "the protests" with no date of their own, at a place that holds an incident of the same type the
    // text dates: a back-reference or a summary of that incident, not another one (one incident per type, place and day).
    private static bool EndsWithColon(string text, TextSpan span)
    {
        var end = span.End - 1;
        while (end > span.Start && char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        return text[end] == ':';
    }

    // A line that is mostly place names ("Abadan, Arak, Ardabil (in Ardabil province), …"): at least two places,
    // and place names make up at least 40 % of its letters.
    private static bool IsPlaceList(string text, TextSpan span, ReadOnlySpan<PlaceMention> places)
    {
        if (places.Length < 2)
        {
            return false;
        }

        var letters = 0;
        for (var i = span.Start; i < span.End; i++)
        {
            letters += UnicodeClasses.IsLetter(text[i]) ? 1 : 0;
        }

        var named = 0;
        foreach (var p in places)
        {
            for (var i = p.Span.Start; i < p.Span.End; i++)
            {
                named += UnicodeClasses.IsLetter(text[i]) ? 1 : 0;
            }
        }

        return letters > 0 && named * 10 >= letters * 4;
    }

    private static void MergeUndated(List<IncidentMention> incidents)
    {
        // The first dated incident of each type per place, per province and per country: one pass to index, one to
        // merge, so a report with thousands of incidents stays linear.
        var byPlace = new Dictionary<(IncidentType, Place), int>();
        var byProvince = new Dictionary<(IncidentType, string, string), int>();
        var byCountry = new Dictionary<(IncidentType, string), int>();
        var byType = new Dictionary<IncidentType, int>();
        for (var i = 0; i < incidents.Count; i++)
        {
            var m = incidents[i];
            if (m.DateSource != DateSource.Text || m.DatedBySaying)
            {
                continue;
            }

            byType.TryAdd(m.Type, i);
            if (m.Location is { } p)
            {
                byPlace.TryAdd((m.Type, p), i);
                byCountry.TryAdd((m.Type, p.Country), i);
                if ((p.Admin1 ?? (p.Precision == GeoPrecision.Province ? p.Name : null)) is { } province)
                {
                    byProvince.TryAdd((m.Type, p.Country, province.ToUpperInvariant()), i);
                }
            }
        }

        // A report that dates nothing in its text ("protesters have been killed … six were killed in Lorestan province"):
        // an uncounted mention at the country is a summary of the same type's mention at a narrower place of that
        // country, the first one told.
        var narrower = new Dictionary<(IncidentType, string), int>();
        for (var i = 0; i < incidents.Count; i++)
        {
            var m = incidents[i];
            if (m.DateSource != DateSource.Text && !byType.ContainsKey(m.Type) && m.Location is { Precision: not GeoPrecision.Country } p)
            {
                narrower.TryAdd((m.Type, p.Country), i);
            }
        }

        if (byType.Count == 0 && narrower.Count == 0)
        {
            return;
        }

        var merged = false;
        var keep = new bool[incidents.Count];
        for (var i = 0; i < incidents.Count; i++)
        {
            keep[i] = true;
            var undated = incidents[i];
            if (undated.DateSource == DateSource.Text && !undated.DatedBySaying)
            {
                continue;
            }

            var outer = undated.Location;
            var found = outer is null ? byType.TryGetValue(undated.Type, out var into)
                : outer.Precision == GeoPrecision.Country ? byCountry.TryGetValue((undated.Type, outer.Country), out into)
                : outer.Precision == GeoPrecision.Province ? byProvince.TryGetValue((undated.Type, outer.Country, (outer.Admin1 ?? outer.Name).ToUpperInvariant()), out into)
                : byPlace.TryGetValue((undated.Type, outer), out into);
            // "…, the group said today": the day of saying bounds the event; a lede restates an incident of the weeks
            // before it, not one the report dates long before.
            if (!found && outer is { Precision: GeoPrecision.Country } && undated.Killed is null && undated.Injured is null
                && undated.Arrested is null && !byType.ContainsKey(undated.Type) && narrower.TryGetValue((undated.Type, outer.Country), out into)
                && into != i)
            {
                found = true;
            }

            if (!found || (undated.DatedBySaying && !IsRecentBefore(incidents[into], undated.Date!.Value)))
            {
                continue;
            }

            var dated = incidents[into];
            incidents[into] = dated with
            {
                // A summary's parties are looser than the incident's own ("the regime", "the people"): they only fill a gap.
                Actors = dated.Actors.IsDefaultOrEmpty ? undated.Actors : dated.Actors,
                Victims = dated.Victims.IsDefaultOrEmpty ? undated.Victims : dated.Victims,
                Killed = dated.Killed ?? undated.Killed,
                Injured = dated.Injured ?? undated.Injured,
                Arrested = dated.Arrested ?? undated.Arrested,
                Confidence = Math.Max(dated.Confidence, undated.Confidence),
            };
            keep[i] = false;
            merged = true;
        }

        if (merged)
        {
            var kept = new List<IncidentMention>(incidents.Count);
            for (var i = 0; i < incidents.Count; i++)
            {
                if (keep[i])
                {
                    kept.Add(incidents[i]);
                }
            }

            incidents.Clear();
            incidents.AddRange(kept);
        }
    }


    // Whether a contrast word ("while", "whereas") stands between two hits. The contrast words over the hits' tokens are
    // counted once, on the first question, into `contrasts` (how many stand before each token from `first` on), so each
    // pair is answered in constant time: a long sentence with many hits of one type stays linear, not hits² × words.
    private bool ContrastBetween(string text, List<WordToken> tokens, List<TriggerHit> hits, TriggerHit a, TriggerHit b, ref int[]? contrasts, ref int first)
    {
        if (contrasts is null)
        {
            int lo = int.MaxValue, hi = 0;
            foreach (var h in hits)
            {
                lo = Math.Min(lo, h.Token);
                hi = Math.Max(hi, h.Token);
            }

            first = lo;
            contrasts = new int[hi - lo + 2];
            for (var k = lo; k <= hi; k++)
            {
                var isContrast = tokens[k].Kind == WordKind.Word && _lexicon.Contrasts.Contains(tokens[k].Of(text));
                contrasts[k - lo + 1] = contrasts[k - lo] + (isContrast ? 1 : 0);
            }
        }

        var (from, to) = a.Token < b.Token ? (a.Token, b.Token) : (b.Token, a.Token);
        return contrasts[to - first] - contrasts[from + 1 - first] > 0; // the words strictly between them
    }

    private const int ReferenceReach = 4; // words back from a trigger noun to the verb that takes it as object

    private bool AfterReferenceVerb(string text, List<WordToken> tokens, int trigger)
    {
        for (int k = trigger - 1, words = 0; k >= 0 && words < ReferenceReach; k--)
        {
            var t = tokens[k];
            if (t.Kind != WordKind.Word)
            {
                return false;
            }

            words++;
            if (_lexicon.ReferenceVerbs.Contains(t.Of(text)))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasTally(string text, List<WordToken> tokens, ReadOnlySpan<DateMention> dates)
    {
        foreach (var d in dates)
        {
            if (IsTally(text, tokens, d))
            {
                return true;
            }
        }

        return false;
    }

    // A tally's date keeps only its year: the total counted "as of 12 October" is of that year's events (or earlier ones),
    // none of them on that day.
    private DateMention[] WithoutTallies(string text, List<WordToken> tokens, ReadOnlySpan<DateMention> dates)
    {
        var kept = new DateMention[dates.Length];
        for (var k = 0; k < dates.Length; k++)
        {
            var d = dates[k];
            kept[k] = IsTally(text, tokens, d) && d.Start.Precision > DatePrecision.Year
                ? d with { Start = PartialDate.OfYear(d.Start.Year), End = null }
                : d;
        }

        return kept;
    }

    private const int ComparisonReach = 10; // words between "since" and its date, and between a superlative and "since"

    // The dates that are not points of comparison, or null when none is (the common case, without allocating).
    private DateMention[]? WithoutComparisons(string text, List<WordToken> tokens, ReadOnlySpan<DateMention> dates)
    {
        if (_lexicon.Comparisons.Set.Count == 0)
        {
            return null;
        }

        List<DateMention>? kept = null;
        for (var k = 0; k < dates.Length; k++)
        {
            var compared = IsComparison(text, tokens, dates[k]);
            if (compared && kept is null)
            {
                kept = [.. dates[..k]];
            }
            else if (!compared)
            {
                kept?.Add(dates[k]);
            }
        }

        return kept?.ToArray();
    }

    // "the worst unrest since crowds took to the streets in 2009": a "since" a few words before the date (or inside its
    // words), in its clause, with a superlative a few words before it in the same clause.
    private bool IsComparison(string text, List<WordToken> tokens, DateMention date)
    {
        var since = -1;
        var end = WordTokenizer.FirstAtOrAfter(tokens, date.Span.End);
        for (int k = end - 1, words = 0; k >= 0 && words <= ComparisonReach; k--)
        {
            var t = tokens[k];
            if (t.Kind == WordKind.Punct)
            {
                if (IsClauseMark(text[t.Start]) || text[t.Start] is '.' or '!' or '?')
                {
                    return false;
                }

                continue;
            }

            if (t.Start < date.Span.Start)
            {
                words++;
            }

            if (t.Kind == WordKind.Word && _lexicon.Comparisons.Contains(t.Of(text)))
            {
                since = k;
                break;
            }
        }

        return NearestInClause(text, tokens, since - 1, ComparisonReach, _lexicon.Superlatives) >= 0;
    }

    // The nearest word of the class at or before token `from`, within `reach` words and the same clause (no clause mark or
    // sentence end between), or -1.
    private static int NearestInClause(string text, List<WordToken> tokens, int from, int reach, WordSet words)
    {
        for (int k = from, count = 0; k >= 0 && count < reach; k--)
        {
            var t = tokens[k];
            if (t.Kind == WordKind.Punct)
            {
                if (IsClauseMark(text[t.Start]) || text[t.Start] is '.' or '!' or '?')
                {
                    return -1;
                }

                continue;
            }

            count++;
            if (t.Kind == WordKind.Word && words.Contains(t.Of(text)))
            {
                return k;
            }
        }

        return -1;
    }

    // The two words right before the date, joined by a hyphen, are a tally's ("as of 10 March").
    private bool IsTally(string text, List<WordToken> tokens, DateMention date)
    {
        if (_lexicon.Tallies.Count == 0)
        {
            return false;
        }

        var k = WordTokenizer.FirstAtOrAfter(tokens, date.Span.Start) - 1;
        return k >= 1 && tokens[k].Kind == WordKind.Word && tokens[k - 1].Kind == WordKind.Word
            && _lexicon.Tallies.Contains(string.Concat(tokens[k - 1].Of(text), "-", tokens[k].Of(text)).ToLowerInvariant());
    }

    // A place is the trigger's own when no other trigger of the sentence stands between them: "the protests in Zahedan",
    // "In Zahedan, the protests went on"; not "the executions came in the aftermath of protests that erupted in Iran".
    private static bool PlacedByOwnPhrase(List<PlaceMention> places, List<TriggerHit> hits, TriggerHit hit)
    {
        foreach (var place in places)
        {
            var from = Math.Min(place.Span.End, hit.Span.End);
            var to = Math.Max(place.Span.Start, hit.Span.Start);
            var between = false;
            foreach (var other in hits)
            {
                if (other.Span.Start != hit.Span.Start && other.Span.Start >= from && other.Span.End <= to)
                {
                    between = true;
                    break;
                }
            }

            if (!between)
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxCreditLength = 60;

    // A line ending with a photo credit: a bracketed "Name/Agency" ("(Jane Doe/PA)", "(AP Photo/John Smith)"), or a
    // caption word and then, after a spaced dash or colon, one to three capitalised words ("… file photo. — AFP",
    // "photo : AFP"). The line's ends are looked for no further than MaxHeadingLine characters away, so linear.
    private bool IsCaptionLine(string text, List<WordToken> tokens, int at)
    {
        var lineStart = ShortLineStart(text, at);
        if (lineStart < 0)
        {
            return false;
        }

        var lineEnd = text.IndexOf('\n', at, Math.Min(MaxHeadingLine, text.Length - at));
        if (lineEnd < 0)
        {
            lineEnd = text.Length - at <= MaxHeadingLine ? text.Length : -1;
        }

        if (lineEnd < 0)
        {
            return false;
        }

        var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
        if (line.IsEmpty)
        {
            return false;
        }

        if (line[^1] == ')')
        {
            var open = line.LastIndexOf('(');
            if (open < 0)
            {
                return false;
            }

            var credit = line[(open + 1)..^1];
            var slash = credit.IndexOf('/');
            return credit.Length <= MaxCreditLength && slash > 0 && slash < credit.Length - 1 && UnicodeClasses.IsUpper(credit[0])
                && credit[slash - 1] != ' ' && credit[slash + 1] != ' ' && UnicodeClasses.IsUpper(credit[slash + 1]) && !credit.Contains(". ", StringComparison.Ordinal);
        }

        // Back over the credit's one to three capitalised words to the dash or colon before it.
        var k = WordTokenizer.FirstAtOrAfter(tokens, lineStart + line.Length) - 1;
        var names = 0;
        while (k >= 0 && tokens[k].Start >= lineStart && tokens[k].Kind == WordKind.Word && tokens[k].IsCapitalised(text) && names < 4)
        {
            names++;
            k--;
        }

        if (names is 0 or > 3 || k < 0 || tokens[k].Start < lineStart || !(tokens[k].Is(text, '—') || tokens[k].Is(text, '–') || tokens[k].Is(text, '-') || tokens[k].Is(text, ':')))
        {
            return false;
        }

        for (var w = WordTokenizer.FirstAtOrAfter(tokens, lineStart); w < k; w++)
        {
            if (tokens[w].Kind == WordKind.Word && _lexicon.CaptionWords.Contains(tokens[w].Of(text)))
            {
                return true;
            }
        }

        return false;
    }

    private bool SaysDayAfter(string text, List<WordToken> tokens, TextSpan clause)
    {
        for (var k = WordTokenizer.FirstAtOrAfter(tokens, clause.Start); k + 1 < tokens.Count && tokens[k + 1].End <= clause.End; k++)
        {
            if (_lexicon.DayAfter.Contains(tokens[k].Of(text)) && _lexicon.DayNouns.Contains(tokens[k + 1].Of(text)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRecentBefore(IncidentMention dated, PartialDate said)
    {
        var end = (dated.DateEnd ?? dated.Date!.Value).LastDay;
        var start = dated.Date!.Value.FirstDay;
        return start <= said.LastDay && end >= said.FirstDay.AddDays(-RecentDays);
    }

    // The key compares a place by what it names, not where the gazetteer pins it: "Iran’s police" (a name in the text) and
    // the report's country fallback are one place.
    private static void Add(List<IncidentMention> incidents, Dictionary<(IncidentType, (string, string?, string, GeoPrecision)?, PartialDate?, PartialDate?), int> index, IncidentMention mention)
    {
        var key = (mention.Type, mention.Location is { } l ? (l.Name, l.Admin1, l.Country, l.Precision) : ((string, string?, string, GeoPrecision)?)null, mention.Date, mention.DateEnd);
        if (!index.TryGetValue(key, out var at))
        {
            index[key] = incidents.Count;
            incidents.Add(mention);
            return;
        }

        // The same type, place and day again: one incident, its first (lead) evidence, the union of what both say.
        var old = incidents[at];
        incidents[at] = old with
        {
            Actors = Union(old.Actors, mention.Actors),
            Victims = Union(old.Victims, mention.Victims),
            Killed = Larger(old.Killed, mention.Killed),
            Injured = Larger(old.Injured, mention.Injured),
            Arrested = Larger(old.Arrested, mention.Arrested),
            Confidence = Math.Max(old.Confidence, mention.Confidence),
            DateSource = old.DateSource == DateSource.Text || mention.DateSource == DateSource.Text ? DateSource.Text : old.DateSource,
            DatedBySaying = old.DatedBySaying && mention.DatedBySaying,
        };
    }

    private static ImmutableArray<string> Union(ImmutableArray<string> a, ImmutableArray<string> b) =>
        b.IsDefaultOrEmpty ? a : a.IsDefaultOrEmpty ? b : [.. a.Union(b, StringComparer.Ordinal)];

    private static FigureRange? Larger(FigureRange? a, FigureRange? b) => a is null ? b : b is null ? a : b.Value.Min > a.Value.Min ? b : a;

    // True when the one-hit-per-type choice removed a hit (so a recalled moment may have to split it).
    private bool FindTriggers(string text, List<WordToken> tokens, TextSpan sentence, ReadOnlySpan<DateMention> dates, int dateReach, List<TriggerHit> hits, int momentStart)
    {
        hits.Clear();
        var first = WordTokenizer.FirstAtOrAfter(tokens, sentence.Start);
        var limit = first;
        while (limit < tokens.Count && tokens[limit].Start < sentence.End)
        {
            limit++;
        }

        var strongest = 0.0;
        var described = -1; // the token after a participle that describes people ("of detained protesters")
        for (var k = first; k < limit; k++)
        {
            if (tokens[k].Kind != WordKind.Word)
            {
                continue;
            }

            var len = _lexicon.Triggers.Match(tokens, k, limit, out var entry);
            if (len == 0 || entry is null)
            {
                continue;
            }

            // "her arrest", "their execution": the victim named by a pronoun; "arrest" alone is no trigger.
            // One adjective may stand between: "their peaceful protests", "her recent arrest".
            var possessive = !entry.IsVerb && !entry.IsAgent && k > first && tokens[k - 1].Kind == WordKind.Word
                && (_lexicon.Possessives.Contains(tokens[k - 1].Of(text))
                    || (k - 1 > first && !tokens[k - 1].IsCapitalised(text) && tokens[k - 2].Kind == WordKind.Word && _lexicon.Possessives.Contains(tokens[k - 2].Of(text))));
            if (entry.IsPossessed && !possessive)
            {
                k += len - 1;
                continue;
            }

            // "the release of detained protesters": the people the participle describes are no protest either.
            if (entry.IsAgent && k == described)
            {
                k += len - 1;
                continue;
            }

            if (entry.IsVerb && IsModifier(text, tokens, k, len, limit, entry))
            {
                described = k + len;
                k += len - 1;
                continue;
            }

            if (entry.Strength > 0 && !IsCancelled(text, tokens, first, k, entry, dates, dateReach) && !IsModifier(text, tokens, k, len, limit, entry) && !IsLabel(text, tokens, k + len, limit, entry)
                && !IsQuotedLabel(text, tokens, first, k))
            {
                var span = new TextSpan(tokens[k].Start, tokens[k + len - 1].End);
                if (!(entry.Type == IncidentType.GraffitiPoster && !entry.IsVerb && DestroyedBefore(hits, k)))
                {
                    hits.Add(new TriggerHit(entry, k, span, possessive));
                    strongest = Math.Max(strongest, entry.Strength);
                }
            }

            k += len - 1;
        }

        // "arrested 1,000 people for rioting", "two men accused of taking part in protests were hanged": what someone is
        // charged with is no event the report tells.
        for (var h = hits.Count - 1; h >= 0; h--)
        {
            if (IsCharge(text, tokens, hits, h))
            {
                hits.RemoveAt(h);
            }
        }

        // Weak triggers ("protesters", "unrest") only speak for a sentence that has nothing stronger.
        if (strongest >= _options.WeakTriggerStrength)
        {
            hits.RemoveAll(h => h.Entry.Strength < _options.WeakTriggerStrength);
        }

        // "rioters set fire to buses": the people named are the actors of the other incident, not one of their own.
        if (hits.Exists(h => !h.Entry.IsAgent))
        {
            hits.RemoveAll(h => h.Entry.IsAgent);
        }

        // An attack that killed or injured people is coded once, as the killing or injury (ACLED codes one event); but an
        // attack on a police station, post or base that is the subject of the verb of killing ("an attack on a police
        // post killed four", "attackers targeting a checkpoint killed two") is the event, and its dead and wounded are its
        // counts. "Rioters attacked a police station, killing four officers" stays the killing (the held-out gold's reading).
        if (hits.Exists(h => h.Entry.Type is IncidentType.Killing or IncidentType.Injury))
        {
            var armed = false;
            foreach (var h in hits)
            {
                armed |= h.Entry.Type == IncidentType.Attack && TargetsPost(text, tokens, h, limit)
                    && (SubjectOfHarm(text, tokens, hits, h) || HarmDuring(text, tokens, hits, h));
            }

            if (armed)
            {
                hits.RemoveAll(h => h.Entry.Type is IncidentType.Killing or IncidentType.Injury);
            }
            else
            {
                hits.RemoveAll(h => h.Entry.Type == IncidentType.Attack);
            }
        }

        // "Protests in Sirjan turned violent": a protest noun that is the subject of a riot verb is the riot it became,
        // one event (ACLED's riot).
        for (var r = hits.Count - 1; r > 0; r--)
        {
            var p = hits[r - 1];
            if (hits[r].Entry.Type == IncidentType.Riot && hits[r].Entry.IsVerb && p.Entry.Type == IncidentType.Protest && !p.Entry.IsVerb && !p.Entry.IsAgent
                && !MarkBetween(text, tokens, p.Token, hits[r].Token))
            {
                hits.RemoveAt(r - 1);
                r--;
            }
        }

        // "Forces raided homes and arrested 20 people": the raid is how the arrest was made, one event (ACLED's arrest).
        if (hits.Exists(h => h.Entry.Type == IncidentType.Arrest))
        {
            hits.RemoveAll(h => h.Entry.Type == IncidentType.Attack && _lexicon.Raids.Contains(tokens[h.Token].Of(text)));
        }

        // One hit per type: the strongest, the earliest among equals; but "six were killed in A, while two were shot dead in
        // B": a contrast word between two hits makes two events, each with its own clause; so does a recalled moment's
        // clause that one of them is in and the other not ("… the largest since 2015, when crowds took to the streets").
        var removed = false;
        int[]? contrasts = null;
        var contrastsFrom = 0;
        for (var i = hits.Count - 1; i >= 0; i--)
        {
            for (var j = 0; j < hits.Count; j++)
            {
                if (j != i && hits[j].Entry.Type == hits[i].Entry.Type && (momentStart < 0 || (hits[j].Span.Start >= momentStart) == (hits[i].Span.Start >= momentStart))
                    && !ContrastBetween(text, tokens, hits, hits[j], hits[i], ref contrasts, ref contrastsFrom)
                    && (hits[j].Entry.Strength > hits[i].Entry.Strength || (hits[j].Entry.Strength == hits[i].Entry.Strength && j < i)))
                {
                    hits.RemoveAt(i);
                    removed = true;
                    break;
                }
            }
        }

        return removed;
    }

    // The start of the first later trigger noun that names what befell a person ("the death of", "the arrest of"), or -1.
    private int CauseAfter(string text, List<WordToken> tokens, List<TriggerHit> hits, int h)
    {
        for (var k = h + 1; k < hits.Count; k++)
        {
            if (BefellPerson(text, tokens, hits[k]))
            {
                return hits[k].Span.Start;
            }
        }

        return -1;
    }

    // "The death of X in Tehran triggered protests": from such a trigger noun before hit h to the effect verb between
    // them ("triggered", "sparked"); (0, 0) when there is none.
    private (int From, int To) CauseBefore(string text, List<WordToken> tokens, List<TriggerHit> hits, int h)
    {
        for (var k = h - 1; k >= 0; k--)
        {
            if (!BefellPerson(text, tokens, hits[k]))
            {
                continue;
            }

            for (var t = hits[k].Token + 1; t < hits[h].Token; t++)
            {
                if (tokens[t].Kind == WordKind.Word && _lexicon.EffectVerbs.Contains(tokens[t].Of(text)))
                {
                    return (hits[k].Span.Start, tokens[t].Start);
                }
            }

            break;
        }

        return (0, 0);
    }

    // For hit h, a trigger noun with its victim link, the start of an effect verb after it that a later protest, strike or
    // riot follows ("the death of X in Tehran sparked protests in Saqqez"), or -1.
    private int EffectAfter(string text, List<WordToken> tokens, List<TriggerHit> hits, int h)
    {
        if (h + 1 >= hits.Count || !BefellPerson(text, tokens, hits[h]))
        {
            return -1;
        }

        var next = hits[h + 1];
        if (next.Entry.Type is not (IncidentType.Protest or IncidentType.Strike or IncidentType.Riot))
        {
            return -1;
        }

        for (var t = hits[h].Token + 1; t < next.Token; t++)
        {
            if (tokens[t].Kind == WordKind.Word && _lexicon.EffectVerbs.Contains(tokens[t].Of(text)))
            {
                return tokens[t].Start;
            }
        }

        return -1;
    }

    // A trigger noun with its victim link: "the death of", "the arrest of".
    private bool BefellPerson(string text, List<WordToken> tokens, TriggerHit l)
    {
        if (l.Entry.IsVerb || l.Entry.Type is not (IncidentType.Killing or IncidentType.Arrest or IncidentType.Execution or IncidentType.Injury))
        {
            return false;
        }

        var last = l.Token;
        while (last + 1 < tokens.Count && tokens[last + 1].Start < l.Span.End)
        {
            last++;
        }

        return _lexicon.VictimLinks.Contains(tokens[last].Of(text))
            || (last + 1 < tokens.Count && tokens[last + 1].Kind == WordKind.Word && _lexicon.VictimLinks.Contains(tokens[last + 1].Of(text)));
    }

    private const int PartNounReach = 2; // words between a part's number and its locative ("seven protesters in")

    // The parts after ", including" that give a count and a place each: "…, including seven in Javanrud, four (people) in
    // Piranshahr and two elsewhere" gives (Javanrud, 7), (Piranshahr, 4). Walks the part list once, from its opener.
    private static readonly List<(Place Place, FigureRange Count)> NoParts = [];

    private List<(Place Place, FigureRange Count)> Parts(string text, List<WordToken> tokens, TextSpan sentence, TriggerHit hit, ReadOnlySpan<PlaceMention> places)
    {
        if (places.IsEmpty)
        {
            return NoParts;
        }

        var limit = hit.Token;
        while (limit < tokens.Count && tokens[limit].Start < sentence.End)
        {
            limit++;
        }

        var k = hit.Token + 1;
        while (k < limit && !(tokens[k].Kind == WordKind.Word && _lexicon.PartOpeners.Contains(tokens[k].Of(text)) && tokens[k - 1].Is(text, ',')))
        {
            k++;
        }

        if (k >= limit)
        {
            return NoParts;
        }

        var parts = new List<(Place, FigureRange)>();
        for (k++; k < limit;)
        {
            if (!NumberReader.TryRead(text, tokens, k, limit, _figures, out var number) || number.YearLike)
            {
                break;
            }

            var j = number.End;
            for (var steps = 0; j < limit && steps < PartNounReach && tokens[j].Kind == WordKind.Word && !_lexicon.Locatives.Contains(tokens[j].Of(text)); steps++)
            {
                j++;
            }

            if (j + 1 >= limit || !_lexicon.Locatives.Contains(tokens[j].Of(text)))
            {
                break;
            }

            var at = tokens[j + 1].Start;
            var place = -1;
            for (var p = 0; p < places.Length; p++)
            {
                if (places[p].Span.Start == at)
                {
                    place = p;
                    break;
                }
            }

            if (place < 0)
            {
                break;
            }

            parts.Add((places[place].Place, number.Range));
            k = WordTokenizer.FirstAtOrAfter(tokens, places[place].Span.End);
            if (k < limit && (tokens[k].Is(text, ',') || tokens[k].Of(text) is "and"))
            {
                k++;
            }

            if (k < limit && tokens[k].Of(text) is "and")
            {
                k++;
            }
        }

        return parts;
    }

    // The first killing or injury trigger after the attack follows it with no clause mark between: the attack phrase is
    // the subject of that verb.
    private static bool SubjectOfHarm(string text, List<WordToken> tokens, List<TriggerHit> hits, TriggerHit attack)
    {
        foreach (var h in hits)
        {
            if (h.Token <= attack.Token || h.Entry.Type is not (IncidentType.Killing or IncidentType.Injury))
            {
                continue;
            }

            return !MarkBetween(text, tokens, attack.Token, h.Token);
        }

        return false;
    }

    // "six rioters were killed during an attack on a police station": an attack noun after a killing or injury verb of its
    // clause (no clause mark between) is the event the dead and wounded were counted in.
    private static bool HarmDuring(string text, List<WordToken> tokens, List<TriggerHit> hits, TriggerHit attack)
    {
        if (attack.Entry.IsVerb)
        {
            return false;
        }

        foreach (var h in hits)
        {
            if (h.Token < attack.Token && h.Entry.Type is IncidentType.Killing or IncidentType.Injury && !MarkBetween(text, tokens, h.Token, attack.Token))
            {
                return true;
            }
        }

        return false;
    }

    private const int ChargeReach = 6; // words between a charge's link and the trigger it opens

    // The trigger at hits[h] follows, a few words on in its clause, a charge link after a charge word ("accused of taking part
    // in protests") or "for" after an arrest or an execution ("detained 40 people for rioting"). An auxiliary or another
    // trigger between ends the charge ("two men accused of X were hanged": the hanging is the event).
    private bool IsCharge(string text, List<WordToken> tokens, List<TriggerHit> hits, int h)
    {
        // First the nearest link word within reach (one short look-up a word); the rest is asked only when there is one.
        var hit = hits[h];
        var link = NearestInClause(text, tokens, hit.Token - 1, ChargeReach, _lexicon.ChargeLinks);

        if (link <= 0)
        {
            return false;
        }

        var charged = tokens[link - 1].Kind == WordKind.Word && _lexicon.Charges.Contains(tokens[link - 1].Of(text));
        var held = false;
        if (!charged && _lexicon.HeldFor.Contains(tokens[link].Of(text)))
        {
            for (var j = h - 1; j >= 0 && !held; j--)
            {
                held = hits[j].Token < link && hits[j].Entry.Type is IncidentType.Arrest or IncidentType.Execution && !MarkBetween(text, tokens, hits[j].Token, link);
            }
        }

        if (!charged && !held)
        {
            return false;
        }

        // An auxiliary, a past form or another trigger between the link and the trigger ends the charge.
        for (var k = link + 1; k < hit.Token; k++)
        {
            var t = tokens[k];
            if (t.Kind == WordKind.Word && (_lexicon.Auxiliaries.Contains(t.Of(text)) || _lexicon.PastForms.Contains(t.Of(text)) || (h > 0 && hits[h - 1].Token == k)))
            {
                return false;
            }
        }

        return true;
    }

    // A clause mark (comma, semicolon, colon, dash, bracket) between two tokens.
    private static bool MarkBetween(string text, List<WordToken> tokens, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (tokens[k].Kind == WordKind.Punct && text[tokens[k].Start] is ',' or ';' or ':' or '—' or '–' or '(')
            {
                return true;
            }
        }

        return false;
    }

    private const int TargetReach = 7; // words after an attack trigger that may name its target ("attacked a police post")

    // "an attack on a police station", "gunmen stormed a checkpoint": a target word a few words after the attack trigger,
    // within its clause.
    private bool TargetsPost(string text, List<WordToken> tokens, TriggerHit hit, int limit)
    {
        var k = hit.Token + 1;
        while (k < limit && tokens[k].Start < hit.Span.End)
        {
            k++;
        }

        for (var steps = 0; k < limit && steps < TargetReach; k++, steps++)
        {
            var t = tokens[k];
            if (t.Kind != WordKind.Word)
            {
                return false;
            }

            if (_lexicon.ArmedTargets.Contains(t.Of(text)))
            {
                return true;
            }
        }

        return false;
    }

    // "activists said", "witnesses told": the group credited with the account is its source, neither actor nor victim.
    private ReadOnlySpan<ActorMention> WithoutSources(string text, List<WordToken> tokens, ReadOnlySpan<ActorMention> actors)
    {
        List<ActorMention>? kept = null;
        for (var i = 0; i < actors.Length; i++)
        {
            var next = WordTokenizer.FirstAtOrAfter(tokens, actors[i].Span.End);
            var isSource = next < tokens.Count && _lexicon.SpeechVerbs.Contains(tokens[next].Of(text));
            if (isSource && kept is null)
            {
                kept = [.. actors[..i]];
            }
            else if (!isSource)
            {
                kept?.Add(actors[i]);
            }
        }

        return kept is null ? actors : kept.ToArray();
    }

    // "riot police", "riot gear", "wounded detainees": the trigger word modifies the noun after it and names no event.
    // A verb trigger does so only in a participle form: "guards beat prisoners" is an event.
    private bool IsModifier(string text, List<WordToken> tokens, int trigger, int len, int limit, TriggerEntry entry)
    {
        var next = trigger + len;
        if (next >= limit || tokens[next].Kind != WordKind.Word)
        {
            return false;
        }

        // "the risk of executions of detained protesters", "the families of arrested students": a participle between
        // a determiner or preposition and its noun describes people, it tells no event.
        if (entry.IsVerb && len == 1 && trigger > 0 && tokens[trigger - 1].Kind == WordKind.Word
            && _lexicon.ModifierOpeners.Contains(tokens[trigger - 1].Of(text)) && IsParticiple(tokens[trigger].Of(text))
            && !_lexicon.Auxiliaries.Contains(tokens[next].Of(text)) && !_lexicon.PastForms.Contains(tokens[next].Of(text))
            && !_lexicon.ClauseBreaks.Contains(tokens[next].Of(text)) && !_lexicon.Locatives.Contains(tokens[next].Of(text))
            && !_lexicon.TimePrepositions.Contains(tokens[next].Of(text)) && !_lexicon.ReducedRelatives.Contains(tokens[next].Of(text)))
        {
            return true;
        }

        if (!_lexicon.ModifiedNouns.Contains(tokens[next].Of(text)))
        {
            return false;
        }

        if (!entry.IsVerb || _lexicon.ParticipleEndings.IsEmpty)
        {
            return true;
        }

        return IsParticiple(tokens[next - 1].Of(text));
    }

    private bool IsParticiple(ReadOnlySpan<char> word)
    {
        foreach (var ending in _lexicon.ParticipleEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private const int RelativeReach = 20; // tokens of a relative clause read for the modal after it: bounded, so linear

    // "rioters will be dealt with firmly": a label for people, subject of a modal, is a threat, not an event.
    private bool IsLabel(string text, List<WordToken> tokens, int next, int limit, TriggerEntry entry)
    {
        if (!entry.IsAgent)
        {
            return false;
        }

        // "rioters who threw rocks at police will be punished": people described by a relative clause, then the subject
        // of a modal, are threatened, not told of ("protesters who blocked a road on Saturday" stays a protest).
        if (next < limit && tokens[next].Kind == WordKind.Word && _lexicon.Relatives.Contains(tokens[next].Of(text)))
        {
            for (var k = next + 1; k < limit && k < next + RelativeReach; k++)
            {
                if (tokens[k].Kind == WordKind.Punct && text[tokens[k].Start] is '.' or ';' or ':' or '!' or '?')
                {
                    return false;
                }

                if (tokens[k].Kind == WordKind.Word && !tokens[k].Of(text).Equals("to", StringComparison.OrdinalIgnoreCase)
                    && _lexicon.Cues.Match(tokens, k, limit, out var modal) == 1 && modal == TriggerCue.Modal)
                {
                    return true;
                }
            }

            return false;
        }

        for (var k = next; k < limit && k < next + 2; k++)
        {
            if (tokens[k].Kind == WordKind.Word && _lexicon.Cues.Match(tokens, k, limit, out var cue) > 0 && cue == TriggerCue.Modal)
            {
                return true;
            }
        }

        return false;
    }

    // "described the events in Amol as “riots”", "called the strikes ‘sedition’": a trigger in quotation marks right
    // after a word of naming is a label someone gave, not an event the report tells.
    private bool IsQuotedLabel(string text, List<WordToken> tokens, int first, int trigger) =>
        trigger - 2 >= first && tokens[trigger - 1].Kind == WordKind.Punct && IsOpeningQuote(text, tokens[trigger - 1].Start)
        && tokens[trigger - 2].Kind == WordKind.Word && _lexicon.Labels.Contains(tokens[trigger - 2].Of(text));

    // "torched a number of banners": the banners are what was destroyed, not a poster action.
    private static bool DestroyedBefore(List<TriggerHit> hits, int token) =>
        hits.Exists(h => h.Entry.Type == IncidentType.PropertyDestruction && token - h.Token <= 6);

    private bool IsCancelled(string text, List<WordToken> tokens, int first, int trigger, TriggerEntry entry, ReadOnlySpan<DateMention> dates, int dateReach)
    {
        if (!entry.IsVerb && trigger > first && tokens[trigger - 1].Kind == WordKind.Word
            && _lexicon.Demonstratives.Contains(tokens[trigger - 1].Of(text)))
        {
            return true;
        }

        var words = 0;
        for (var p = trigger - 1; p >= first && words < _options.FrameWindow; p--)
        {
            var t = tokens[p];
            if (t.Kind == WordKind.Punct)
            {
                // "warned of the risk of “hasty executions”", "described as ‘riots’": a quotation opening a word or two
                // before the trigger quotes a label inside the clause; the frame before it still reads it.
                if (words <= 2 && IsOpeningQuote(text, t.Start))
                {
                    continue;
                }

                if (text[t.Start] is '.' or ';' or ':' or '!' or '?' or ',' or '\n' or '“' or '”' or '"')
                {
                    break;
                }

                continue;
            }

            words++;
            var len = _lexicon.Cues.Match(tokens, p, trigger, out var cue);
            // "5 May 2023 - Police arrested": a word of a date is never a modal or a frame, whatever it spells.
            if (len == 0 || p + len > trigger || DateMentions.Cover(dates, new TextSpan(t.Start, t.End), dateReach))
            {
                continue;
            }

            var near = words <= _options.ModalWindow;
            switch (cue)
            {
                case TriggerCue.Frame when entry.IsVerb && _lexicon.SpeechVerbs.Contains(t.Of(text)) && HasComplementizer(text, tokens, p + len, trigger):
                    continue; // "warned that dozens were detained": the saying frames a clause that tells the event
                case TriggerCue.Frame:
                    return true;
                case TriggerCue.Modal when (entry.IsVerb && near) || entry.IsAgent:
                    // "to" marks an infinitive only right before the verb ("to arrest", "to be arrested").
                    if (len == 1 && t.Of(text).Equals("to", StringComparison.OrdinalIgnoreCase) && words > 2)
                    {
                        continue;
                    }

                    return true;
                case TriggerCue.NounFrame when !entry.IsVerb:
                    return true;
                case TriggerCue.Negation when near:
                    return true;
                case TriggerCue.Prospect when near && !entry.IsVerb:
                    return true; // "facing death sentences", "could face execution": a prospect, not an act
            }
        }

        // Verb-final languages put the negation or the future on the verb after the trigger noun.
        for (int p = trigger + 1, seen = 0; p < tokens.Count && seen < _options.ModalWindow; p++)
        {
            var t = tokens[p];
            if (t.Kind == WordKind.Punct)
            {
                break;
            }

            seen++;
            if (_lexicon.CuesAfter.Contains(t.Of(text)))
            {
                return true;
            }
        }

        return !entry.IsVerb && IsTrendSubject(text, tokens, trigger);
    }

    // An opening quotation mark: a curly one, or a straight one with a letter right after it.
    private static bool IsOpeningQuote(string text, int at) =>
        text[at] is '“' or '‘' || (text[at] == '"' && at + 1 < text.Length && char.IsLetter(text[at + 1]));

    private bool HasComplementizer(string text, List<WordToken> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind == WordKind.Word && _lexicon.Complementizers.Contains(tokens[k].Of(text)))
            {
                return true;
            }
        }

        return false;
    }

    // "Executions for drug offences rose sharply": a trigger noun that is the subject of a verb of rising or falling
    // numbers states a statistic, not an event.
    private bool IsTrendSubject(string text, List<WordToken> tokens, int trigger)
    {
        for (int p = trigger + 1, seen = 0; p < tokens.Count && seen < _options.FrameWindow; p++)
        {
            var t = tokens[p];
            if (t.Kind == WordKind.Punct)
            {
                return false;
            }

            seen++;
            if (_lexicon.Trends.Contains(t.Of(text)))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<T> Within<T>(ImmutableArray<T> items, ref int cursor, TextSpan span, Func<T, TextSpan> spanOf)
    {
        if (items.IsDefaultOrEmpty)
        {
            return [];
        }

        while (cursor < items.Length && spanOf(items[cursor]).Start < span.Start)
        {
            cursor++;
        }

        var end = cursor;
        while (end < items.Length && spanOf(items[end]).Start < span.End)
        {
            end++;
        }

        return items.AsSpan()[cursor..end];
    }

    // A city makes its province and its country redundant; a province its country.
    private static List<Place?> MostSpecific(List<PlaceMention> places)
    {
        var result = new List<Place?>(places.Count);
        foreach (var m in places)
        {
            var p = m.Place;
            if (result.Contains(p))
            {
                continue;
            }

            var redundant = false;
            foreach (var o in places)
            {
                var q = o.Place;
                if (q.Precision < p.Precision && q.Country == p.Country
                    && (p.Precision == GeoPrecision.Country || string.Equals(q.Admin1, p.Admin1 ?? p.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    redundant = true;
                    break;
                }
            }

            if (!redundant)
            {
                result.Add(p);
            }
        }

        return result;
    }

    // An event told inside a quotation or reported speech happened by the time it was said.
    private static PartialDate? StatementDate(ImmutableArray<StatementMention> statements, TextSpan trigger)
    {
        foreach (var s in statements)
        {
            if (s.Evidence.Contains(trigger) && s.DateSource == DateSource.Text && s.Date is { } date)
            {
                return date;
            }
        }

        return null;
    }

    // The nearest date, but a date of saying ("said on Sunday that 49 were arrested on Saturday") only when the sentence has no other.
    private DateMention? NearestDate(string text, List<WordToken> tokens, ReadOnlySpan<DateMention> dates, TextSpan trigger)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in dates)
        {
            if (d.Governs is { } governs)
            {
                // The date of the words it governs: theirs before any other, nobody else's.
                if (governs.Contains(trigger))
                {
                    return d;
                }

                continue;
            }

            // "on the anniversary of the 1979 revolution, police arrested 20": a year that names the time of another thing
            // is background, not the event's date.
            if (IsBackgroundYear(text, tokens, d))
            {
                continue;
            }

            var distance = Distance(d.Span, trigger);
            if (dates.Length > 1 && IsDateOfSaying(text, tokens, d.Span, trigger))
            {
                distance += 1_000_000;
            }

            if (distance < bestDistance)
            {
                best = d;
                bestDistance = distance;
            }
        }

        return best is { Start.Precision: DatePrecision.Year, End: null } year ? MorePreciseInYear(text, tokens, dates, year, trigger) : best;
    }

    // The start of the last clause after the last trigger (", and …", ", while …", "; …") when it has a verb of its own
    // ("claimed", "were") and no trigger word; -1 when there is none ("… in Zahedan, Khash, and Mirjaveh, as three more
    // were identified" ends with a clause that names no place). One pass over the sentence's tail.
    private int TrailingClause(string text, List<WordToken> tokens, TextSpan sentence, TriggerHit last)
    {
        var tail = -1;
        var verb = false;
        for (var k = last.Token + 1; k < tokens.Count && tokens[k].Start < sentence.End; k++)
        {
            var t = tokens[k];
            // The last break opens the last clause; a name right after its word continues a list (", and Mirjaveh").
            if ((t.Is(text, ',') && k + 2 < tokens.Count && tokens[k + 1].Kind == WordKind.Word && _lexicon.ClauseBreaks.Contains(tokens[k + 1].Of(text))
                    && !tokens[k + 2].IsCapitalised(text))
                || t.Is(text, ';'))
            {
                tail = t.Start;
                verb = false;
                continue;
            }

            if (tail < 0)
            {
                continue;
            }

            if (t.Kind == WordKind.Word && _lexicon.Triggers.Match(tokens, k, tokens.Count, out var entry) > 0 && entry is { Strength: > 0 })
            {
                return -1;
            }

            verb |= t.Kind == WordKind.Word && !t.IsCapitalised(text)
                && (_lexicon.PastForms.Contains(t.Of(text)) || _lexicon.Auxiliaries.Contains(t.Of(text)) || IsParticiple(t.Of(text)));
        }

        return verb ? tail : -1;
    }

    private const int AttributeReach = 3; // words after an attributive year read for the noun it dates

    // A bare year between a determiner and a noun that is neither a trigger nor an event noun ("the 1979 revolution", "a
    // 1988 fatwa"): the year of that thing. "The 2019 protests" and "the 2017 crackdown" date events.
    private bool IsBackgroundYear(string text, List<WordToken> tokens, DateMention d)
    {
        if (d.Start.Precision != DatePrecision.Year || d.End is not null)
        {
            return false;
        }

        var first = WordTokenizer.FirstAtOrAfter(tokens, d.Span.Start);
        if (first == 0 || first >= tokens.Count || tokens[first - 1].Kind != WordKind.Word || !_lexicon.Determiners.Contains(tokens[first - 1].Of(text)))
        {
            return false;
        }

        var next = WordTokenizer.FirstAtOrAfter(tokens, d.Span.End);
        if (next >= tokens.Count || tokens[next].Kind != WordKind.Word || tokens[next].IsCapitalised(text))
        {
            return false;
        }

        for (int k = next, words = 0; k < tokens.Count && words < AttributeReach && tokens[k].Kind == WordKind.Word; k++, words++)
        {
            if ((_lexicon.Triggers.Match(tokens, k, tokens.Count, out var entry) > 0 && entry is { Strength: > 0 }) || _lexicon.EventAnaphors.Contains(tokens[k].Of(text)))
            {
                return false;
            }
        }

        return true;
    }

    // "The 2018 protests, which took place in February and March 2018": a bare year beside a month or a day of that
    // year in the same clause says less than it; the nearest more precise date of the year dates the event.
    private DateMention MorePreciseInYear(string text, List<WordToken> tokens, ReadOnlySpan<DateMention> dates, DateMention year, TextSpan trigger)
    {
        var best = year;
        var bestDistance = int.MaxValue;
        foreach (var d in dates)
        {
            if (d.Governs is not null || d.Start.Precision <= DatePrecision.Year || d.Start.Year != year.Start.Year
                || (d.End is { } end && end.Year != year.Start.Year) || IsDateOfSaying(text, tokens, d.Span, trigger))
            {
                continue;
            }

            var distance = Distance(d.Span, trigger);
            if (distance < bestDistance)
            {
                best = d;
                bestDistance = distance;
            }
        }

        return best;
    }

    // A speech verb just before the date ("said on Sunday", "said in an interview on Saturday") or right after it ("on Thursday wrote").
    private bool IsDateOfSaying(string text, List<WordToken> tokens, TextSpan date, TextSpan trigger)
    {
        var speech = _lexicon.SpeechVerbs;
        var at = WordTokenizer.FirstAtOrAfter(tokens, date.Start);
        for (int k = at - 1, words = 0; k >= 0 && words < 6; k--)
        {
            var t = tokens[k];
            if (t.Kind == WordKind.Punct || (t.Start < trigger.End && t.End > trigger.Start))
            {
                break;
            }

            words++;
            if (speech.Contains(t.Of(text)))
            {
                return true;
            }
        }

        var after = WordTokenizer.FirstAtOrAfter(tokens, date.End);
        if (after < tokens.Count && tokens[after].Kind == WordKind.Word && speech.Contains(tokens[after].Of(text)))
        {
            return true;
        }

        // Verb-final clauses: "X on Tuesday of the arrest of 450 people told" — the date before the trigger, and the speech
        // verb last in the clause after it («… روز سه شنبه ۱۲ دی از بازداشت ۴۵۰ نفر … خبر داد»).
        if (_options.Language.VerbFinal && date.End <= trigger.Start)
        {
            var k = WordTokenizer.FirstAtOrAfter(tokens, trigger.End);
            while (k < tokens.Count && tokens[k].Kind != WordKind.Punct)
            {
                k++;
            }

            // The verb or the noun of a light-verb pair before it («اعلام کرد»، «خبر داد»).
            for (var last = k - 1; last >= k - 2 && last >= 0 && tokens[last].Start >= trigger.End; last--)
            {
                if (tokens[last].Kind == WordKind.Word && speech.Contains(tokens[last].Of(text)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A foreign country counts as the place of an event only after a locative preposition ("in Iraq"), not as a
    // modifier or an object ("the US drone attack", "slogans against the United States").
    private List<PlaceMention> EventPlaces(string text, List<WordToken> tokens, ReadOnlySpan<PlaceMention> places)
    {
        var result = new List<PlaceMention>(places.Length);
        var home = _options.DefaultCountry?.Country;
        foreach (var m in places)
        {
            if ((m.Place.Precision != GeoPrecision.Country || home is null || m.Place.Country == home || AfterLocative(text, tokens, m.Span.Start))
                && !AfterCause(text, tokens, m.Span.Start))
            {
                result.Add(m);
            }
        }

        if (result.Count > 0)
        {
            WithoutOriginsAndSources(text, tokens, result, home);
            // "300 were killed in 22 provinces, the majority in A, B and C": the places of a share break the total down;
            // the total is one incident at the wider place, not one per province named.
            result.RemoveAll(m => IsBreakdown(text, tokens, m.Span.Start) || IsPartPlace(text, tokens, m.Span.Start));
        }

        return result;
    }

    // Apart from EventPlaces, whose every call (one per sentence, most with no place) allocated the closure of these lambdas.
    private void WithoutOriginsAndSources(string text, List<WordToken> tokens, List<PlaceMention> result, string? home)
    {
        // "Paris-based Kurdistan Human Rights Network said four were killed", "a Tehran-born activist was arrested in Karaj":
        // a place joined by a hyphen to one of `place-attributes` describes a person or a group, never where the event was.
        result.RemoveAll(m => IsAttributePlace(text, tokens, m.Span.End));

        // "Ali Rezaei, a student from Sanandaj, was killed in Tehran", "ten were held in Fars, and others may be held in
        // Tehran": a place of origin or of a hedged clause is not where the event happened, when the sentence names one.
        if (result.Count > 1 && result.Exists(m => !IsOriginOrHedged(text, tokens, m.Span.Start)))
        {
            result.RemoveAll(m => IsOriginOrHedged(text, tokens, m.Span.Start));
        }

        // "according to the NGO Iran Human Rights in Oslo": where the source is based, abroad or beside the event's place.
        if (result.Count > 0)
        {
            var sourceOnly = result.FindAll(m => IsSourcePlace(text, tokens, m.Span.Start));
            if (sourceOnly.Count > 0)
            {
                var alone = sourceOnly.Count == result.Count;
                result.RemoveAll(m => sourceOnly.Contains(m) && (!alone || (home is not null && m.Place.Country != home)));
            }
        }
    }

    // A place right before a hyphen and one of `place-attributes` ("Paris-based"): the character test first, so a place
    // without a hyphen after it costs one comparison.
    private bool IsAttributePlace(string text, List<WordToken> tokens, int end)
    {
        if (end + 1 >= text.Length || text[end] is not ('-' or '‑' or '–'))
        {
            return false;
        }

        var k = WordTokenizer.FirstAtOrAfter(tokens, end + 1);
        return k < tokens.Count && tokens[k].Start == end + 1 && tokens[k].Kind == WordKind.Word && _lexicon.PlaceAttributes.Contains(tokens[k].Of(text));
    }

    // A place in the attribution of an "according to" phrase, with no clause mark between.
    private bool IsSourcePlace(string text, List<WordToken> tokens, int start)
    {
        var k = WordTokenizer.FirstAtOrAfter(tokens, start) - 1;
        for (var steps = 0; k > 0 && steps < 10; k--, steps++)
        {
            var t = tokens[k];
            if (t.Kind == WordKind.Punct)
            {
                return false;
            }

            if (_lexicon.SourceOpeners.Contains(tokens[k - 1].Of(text)) && t.Of(text).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private const int ListReach = 40; // tokens of a list of names walked back over: bounded, so a line of names stays linear

    // A place in a list after a comma and a share: ", the majority in", ", most of them in", ", mainly in".
    private bool IsBreakdown(string text, List<WordToken> tokens, int start)
    {
        var k = WordTokenizer.FirstAtOrAfter(tokens, start) - 1;
        var stop = Math.Max(-1, k - ListReach);
        while (k > stop && (tokens[k].IsCapitalised(text) || tokens[k].Is(text, ',') || tokens[k].Of(text) is "and" or "or"))
        {
            k--;
        }

        if (k == stop)
        {
            return false;
        }

        var share = false;
        for (var steps = 0; k >= 0 && steps < 5; k--, steps++)
        {
            var t = tokens[k];
            if (t.Kind == WordKind.Punct)
            {
                return share && t.Is(text, ',');
            }

            share |= _lexicon.Breakdowns.Contains(t.Of(text));
        }

        return false;
    }

    private const int PartReach = 8; // words of a part's noun phrase walked back over

    // A place after a locative that ends a part opened after a comma: "…, including a father and his son in Dorud".
    // "…, including Tehran and Mashhad" lists the places themselves and stays.
    private bool IsPartPlace(string text, List<WordToken> tokens, int start)
    {
        var k = WordTokenizer.FirstAtOrAfter(tokens, start) - 1;
        if (k < 1 || !_lexicon.Locatives.Contains(tokens[k].Of(text)))
        {
            return false;
        }

        for (var steps = 0; --k >= 1 && steps < PartReach; steps++)
        {
            var t = tokens[k];
            // "…, including seven in Javanrud, four in Piranshahr": a comma that opens another counted part walks on.
            if (t.Is(text, ',') && k + 1 < tokens.Count
                && (tokens[k + 1].Kind == WordKind.Number || _figures.Numbers.Match(tokens, k + 1, Math.Min(tokens.Count, k + 4), out _) > 0))
            {
                continue;
            }

            if (t.Kind != WordKind.Word)
            {
                return false;
            }

            if (_lexicon.PartOpeners.Contains(t.Of(text)))
            {
                return tokens[k - 1].Is(text, ',');
            }
        }

        return false;
    }

    private bool IsOriginOrHedged(string text, List<WordToken> tokens, int start)
    {
        var k = WordTokenizer.FirstAtOrAfter(tokens, start) - 1;

        // Back over a list of names: "protesters from Sanandaj and Mahabad".
        var o = k;
        while (o >= 0 && (tokens[o].IsCapitalised(text) || tokens[o].Is(text, ',') || tokens[o].Of(text) is "and" or "or"))
        {
            o--;
        }

        if (o >= 0 && tokens[o].Kind == WordKind.Word && _lexicon.Origins.Contains(tokens[o].Of(text)))
        {
            return true;
        }

        for (var steps = 0; k >= 0 && steps < 8; k--, steps++)
        {
            var t = tokens[k];
            if (t.Kind == WordKind.Punct)
            {
                return false;
            }

            // Lower case only: "in May 2023" is a month.
            var w = t.Of(text);
            if (_lexicon.Hedges.Contains(w) && !t.IsCapitalised(text))
            {
                return true;
            }

            if (_lexicon.ClauseBreaks.Contains(w))
            {
                return false;
            }
        }

        return false;
    }

    // "A rally in solidarity with the people of Zahedan took place in Mashhad": a place a few words after a cause word
    // names what the event was for, not where it happened. A locative preposition in between ("in support of workers
    // in Ahvaz") makes it a place again.
    private bool AfterCause(string text, List<WordToken> tokens, int start)
    {
        var causes = _lexicon.Causes;
        var k = WordTokenizer.FirstAtOrAfter(tokens, start) - 1;
        var listed = false;
        for (var steps = 0; k >= 0 && steps < 7; k--, steps++)
        {
            var t = tokens[k];
            if (t.Is(text, ',') || t.Is(text, '،'))
            {
                listed = true;
                continue;
            }

            if (t.Kind == WordKind.Punct)
            {
                return false;
            }

            // Past a comma only a list of names walks on ("with Zahedan, Khash and Saravan"): "in solidarity with
            // Khuzestan, including Tehran" held rallies in Tehran.
            var w = t.Of(text);
            if (listed && (!_options.Language.CapitalisedNames || (!t.IsCapitalised(text) && !w.Equals("and", StringComparison.OrdinalIgnoreCase) && !w.Equals("or", StringComparison.OrdinalIgnoreCase))))
            {
                return false;
            }

            if (t.Kind == WordKind.Word && causes.Contains(w))
            {
                return true;
            }

            if (t.Kind == WordKind.Word && _lexicon.Locatives.Contains(w))
            {
                return false;
            }
        }

        return false;
    }

    private bool AfterLocative(string text, List<WordToken> tokens, int start)
    {
        var locatives = _lexicon.Locatives;
        var k = WordTokenizer.FirstAtOrAfter(tokens, start) - 1;
        for (var steps = 0; k >= 0 && steps < 10; k--, steps++)
        {
            var t = tokens[k];
            var w = t.Of(text);
            if (t.Kind == WordKind.Word && locatives.Contains(w))
            {
                return true;
            }

            // Walk back over a list of names: "in Iran, Iraq, and Lebanon".
            var listy = t.Is(text, ',') || (t.Kind == WordKind.Word && (t.IsCapitalised(text)
                || w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("or", StringComparison.OrdinalIgnoreCase) || w.Equals("the", StringComparison.OrdinalIgnoreCase)));
            if (!listy)
            {
                return false;
            }
        }

        return false;
    }

    // A heading: a paragraph of one short line without closing punctuation ("Arrests and protests"). It names a
    // topic; the events it names are told (and coded) in the body below it.
    /// <summary>The longest line read as a section heading (a heading holds at most a dozen words).</summary>
    private const int MaxHeadingLine = 300;

    private static bool IsHeading(ExtractionContext context, string text, List<WordToken> tokens, Sentence sentence)
    {
        var span = sentence.Span;
        if (context.Paragraphs.IsDefaultOrEmpty || sentence.Paragraph >= context.Paragraphs.Length)
        {
            return false;
        }

        var p = context.Paragraphs[sentence.Paragraph].Span;
        if (p.Start != span.Start || p.End != span.End || text.AsSpan(span.Start, span.Length).Contains('\n'))
        {
            return false;
        }

        if (text[span.End - 1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or '…' or ')' or ']' or ':')
        {
            return false;
        }

        // "•  731 banks burned": a line opened by a bullet is an item of a list, which tells what the line before
        // introduced; a heading has no bullet.
        if (IsBulleted(text, span.Start))
        {
            return false;
        }

        var words = 0;
        for (var k = WordTokenizer.FirstAtOrAfter(tokens, span.Start); k < tokens.Count && tokens[k].Start < span.End; k++)
        {
            if (tokens[k].Kind == WordKind.Word && ++words > 12)
            {
                return false;
            }
        }

        return true;
    }

    // The start of the line holding `at` when it begins no more than MaxHeadingLine characters before it, else -1: a
    // report written as one long line costs linear time, not a scan back to the line's start for every trigger in it.
    private const int BulletReach = 8; // characters before a line's first word that may hold its bullet and indent

    // A bullet ("•", "◦", "▪", "-", "*", "–") before the first word of the line that holds offset at.
    private static bool IsBulleted(string text, int at)
    {
        for (int k = at, steps = 0; k < text.Length && steps < BulletReach; k++, steps++)
        {
            var c = text[k];
            if (c is '•' or '◦' or '▪' or '·' or '*' or '-' or '–')
            {
                return true;
            }

            if (!char.IsWhiteSpace(c) || c == '\n')
            {
                break;
            }
        }

        for (int k = at - 1, steps = 0; k >= 0 && steps < BulletReach; k--, steps++)
        {
            var c = text[k];
            if (c is '•' or '◦' or '▪' or '·' or '*' or '-' or '–')
            {
                return true;
            }

            if (!char.IsWhiteSpace(c) || c == '\n')
            {
                return false;
            }
        }

        return false;
    }

    private static int ShortLineStart(string text, int at)
    {
        var from = Math.Max(0, at - MaxHeadingLine);
        var newlineBefore = at == 0 ? -1 : text.LastIndexOf('\n', at - 1, at - from);
        return newlineBefore < 0 && from > 0 ? -1 : newlineBefore + 1;
    }

    // A line of at most twelve words (after an outline mark such as "a.", "2.", "IV.") with no closing punctuation, followed
    // by more text on the next line: a heading inside a paragraph.
    private static bool IsHeadingLine(string text, List<WordToken> tokens, int at)
    {
        // A heading is a short line: its ends are looked for no further than MaxHeadingLine characters away.
        var lineStart = ShortLineStart(text, at);
        if (lineStart < 0)
        {
            return false;
        }

        var lineEnd = text.IndexOf('\n', at, Math.Min(MaxHeadingLine, text.Length - at));
        if (lineEnd < 0 || lineEnd + 1 >= text.Length || string.IsNullOrWhiteSpace(text[(lineEnd + 1)..Math.Min(text.Length, lineEnd + 80)]))
        {
            return false;
        }

        var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
        if (line.IsEmpty || line[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or '…' or ')' or ']' or ':' or ',' or ';')
        {
            return false;
        }

        // Not a hard-wrapped line of running text: the line before ends a sentence (or there is none), the next starts one.
        var next = lineEnd + 1;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        var before = text.AsSpan(0, lineStart).TrimEnd();
        if (next >= text.Length || !UnicodeClasses.IsUpper(text[next]) || (!before.IsEmpty && before[^1] is not ('.' or '!' or '?' or ':' or '"' or '”')))
        {
            return false;
        }

        // Most of its longer words capitalised (title case), or an outline mark before it.
        int words = 0, long_ = 0, capitalised = 0;
        var outline = false;
        for (var k = WordTokenizer.FirstAtOrAfter(tokens, lineStart); k < tokens.Count && tokens[k].Start < lineEnd; k++)
        {
            if (tokens[k].Kind != WordKind.Word)
            {
                continue;
            }

            if (++words > 13)
            {
                return false;
            }

            var word = text.AsSpan(tokens[k].Start, tokens[k].End - tokens[k].Start);
            outline |= words == 1 && word.Length <= 4 && tokens[k].End < lineEnd && text[tokens[k].End] is '.' or ')';
            if (word.Length > 3)
            {
                long_++;
                capitalised += UnicodeClasses.IsUpper(word[0]) ? 1 : 0;
            }
        }

        return outline || (long_ > 0 && capitalised * 2 > long_);
    }

    private bool IsHabitual(string text, List<WordToken> tokens, TextSpan span)
    {
        var habits = _lexicon.HabitWords;
        for (var k = WordTokenizer.FirstAtOrAfter(tokens, span.Start); k < tokens.Count && tokens[k].Start < span.End; k++)
        {
            var t = tokens[k];
            if (t.Kind != WordKind.Word)
            {
                continue;
            }

            // Both classes asked by the token's word number: a sentence's every word is asked (session 29).
            if (habits.ContainsToken(t))
            {
                return true;
            }

            var w = t.Of(text);

            // "Protesters who take to the streets face arrest": a kind of people in the present tense.
            if (_lexicon.Relatives.ContainsToken(t) && k + 1 < tokens.Count && tokens[k + 1].Kind == WordKind.Word && !tokens[k + 1].IsCapitalised(text))
            {
                var next = tokens[k + 1].Of(text);
                if (!next.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !_lexicon.PastForms.Contains(next))
                {
                    return true;
                }
            }

            // "has long used", "have long sought".
            if ((w.Equals("has", StringComparison.OrdinalIgnoreCase) || w.Equals("have", StringComparison.OrdinalIgnoreCase))
                && k + 1 < tokens.Count && tokens[k + 1].Of(text).Equals("long", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "He was executed on May 19", "She had been arrested", "He was charged … and was executed": a singular personal pronoun
    // as the subject of a passive trigger verb is one victim ({1, 1}, as one named victim is).
    private FigureRange? OnePersonSubject(string text, List<WordToken> tokens, TextSpan sentence, TriggerHit hit)
    {
        if (!hit.Entry.IsVerb || _lexicon.SingularPronouns.Set.Count == 0)
        {
            return null;
        }

        var first = WordTokenizer.FirstAtOrAfter(tokens, sentence.Start);
        var k = hit.Token - 1;
        var auxiliaries = 0;
        while (k >= first && tokens[k].Kind == WordKind.Word && _lexicon.Auxiliaries.Contains(tokens[k].Of(text)))
        {
            k--;
            auxiliaries++;
        }

        // A closing quote between the subject and its verb: "a “young person” was shot dead".
        while (auxiliaries > 0 && k >= first && IsQuote(text, tokens[k]))
        {
            k--;
        }

        if (auxiliaries == 0 || k < first || tokens[k].Kind != WordKind.Word)
        {
            return null;
        }

        var subject = tokens[k].Of(text);
        if (_lexicon.SingularPronouns.Contains(subject))
        {
            return new FigureRange(1, 1);
        }

        // "The police officer was killed", "a protester had been shot dead": a singular person noun (`one-person`) after a
        // determiner, as the subject of the verb, is one person; "a man and a woman were …" has a plural verb, and a noun
        // phrase after "and" or a comma ("two men and a woman had been …") is part of a larger subject.
        if (_lexicon.OnePerson.Contains(subject))
        {
            for (int j = k - 1, words = 0; j >= first && words <= 2; j--)
            {
                var t = tokens[j];
                if (t.Kind != WordKind.Word)
                {
                    if (IsQuote(text, t))
                    {
                        continue;
                    }

                    break;
                }

                var word = t.Of(text);
                if (_lexicon.Determiners.Contains(word))
                {
                    var joined = j > first && ((tokens[j - 1].Kind == WordKind.Word && _lexicon.ClauseBreaks.Contains(tokens[j - 1].Of(text))) || tokens[j - 1].Is(text, ','));
                    return joined ? null : new FigureRange(1, 1);
                }

                if (t.Kind != WordKind.Word || _lexicon.OnePerson.Contains(word) || _lexicon.Auxiliaries.Contains(word))
                {
                    break;
                }

                words++;
            }
        }

        // A second predicate of the sentence's own subject: "He was charged with moharebeh and was executed".
        return subject.Equals("and", StringComparison.OrdinalIgnoreCase) && _lexicon.SingularPronouns.Contains(tokens[first].Of(text))
            && first + 1 < tokens.Count && _lexicon.Auxiliaries.Contains(tokens[first + 1].Of(text))
            ? new FigureRange(1, 1)
            : null;
    }

    private static bool IsQuote(string text, WordToken token)
        => token.Kind == WordKind.Punct && text[token.Start] is '"' or '\'' or '“' or '”' or '‘' or '’';

    // "executed Hadi Nouri", "the killing of Sara Ahmadi": one named victim is one death (the guideline's counts convention).
    private static FigureRange? OneNamedVictim(string text, IncidentType type, TextSpan trigger, ImmutableArray<PersonMention> persons)
    {
        if (type is not (IncidentType.Killing or IncidentType.Execution))
        {
            return null;
        }

        foreach (var person in persons)
        {
            if (person.Span.Start < trigger.End)
            {
                continue;
            }

            var between = text.AsSpan(trigger.End, person.Span.Start - trigger.End).Trim();
            return between.Length == 0 || between is "of" or "of the" ? new FigureRange(1, 1) : null;
        }

        return null;
    }

    private const int HedgeReach = 30; // tokens back from the trigger: a bounded look, so a sentence that never ends stays linear

    private bool HedgedBefore(string text, List<WordToken> tokens, TextSpan sentence, int trigger)
    {
        for (var k = Math.Max(WordTokenizer.FirstAtOrAfter(tokens, sentence.Start), trigger - HedgeReach); k < trigger; k++)
        {
            if (tokens[k].Kind == WordKind.Word && _lexicon.Hedges.Contains(tokens[k].Of(text)) && !tokens[k].IsCapitalised(text))
            {
                return true;
            }
        }

        return false;
    }

    // A count of a kind the type takes near the trigger: "the protests" beside "36 people have died" has none of its own.
    private static bool HasCount(ReadOnlySpan<FigureMention> counts, TextSpan trigger, IncidentType type)
    {
        if (type is not (IncidentType.Killing or IncidentType.Execution or IncidentType.Injury or IncidentType.Arrest or IncidentType.Attack))
        {
            return false;
        }

        // Counts come in text order: start at the first that may end near the trigger, stop past it.
        int lo = 0, hi = counts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (counts[mid].Span.Start < trigger.Start - 200)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var k = lo; k < counts.Length && counts[k].Span.Start < trigger.End + 40; k++)
        {
            var kind = counts[k].Kind;
            var taken = type switch
            {
                IncidentType.Killing or IncidentType.Execution => kind == CasualtyKind.Killed,
                IncidentType.Injury => kind == CasualtyKind.Injured,
                IncidentType.Arrest => kind == CasualtyKind.Arrested,
                _ => kind is CasualtyKind.Killed or CasualtyKind.Injured,
            };
            if (taken && Distance(counts[k].Span, trigger) < 40)
            {
                return true;
            }
        }

        return false;
    }

    // Hits come in token order.
    private static int FirstHitFrom(List<TriggerHit> hits, int token)
    {
        int lo = 0, hi = hits.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (hits[mid].Token < token)
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

    private static bool HitBetween(List<TriggerHit> hits, List<WordToken> tokens, int fromOffset, int toOffset)
    {
        var k = FirstHitFrom(hits, WordTokenizer.FirstAtOrAfter(tokens, fromOffset));
        return k < hits.Count && hits[k].Span.Start < toOffset;
    }

    // "a Sept. 30 crackdown", "the 16 September killing": a date right before an event noun names that event by its day.
    private DateMention? NamedEventDate(string text, List<WordToken> tokens, ReadOnlySpan<DateMention> dates, List<TriggerHit> hits)
    {
        foreach (var d in dates)
        {
            var next = WordTokenizer.FirstAtOrAfter(tokens, d.Span.End);
            if (d.Start.Precision == DatePrecision.Day && next < tokens.Count && tokens[next].Kind == WordKind.Word
                && (_lexicon.EventAnaphors.Contains(tokens[next].Of(text)) || (FirstHitFrom(hits, next) is var h && h < hits.Count && hits[h].Token == next)))
            {
                return d;
            }
        }

        return null;
    }

    // "in the incident", "during that crackdown" (`event-anaphors`), "In the unrest, …", "during these protests"
    // (`told-anaphors`): a definite or demonstrative event noun of `nouns` points back to an event told before.
    private bool PointsBack(string text, List<WordToken> tokens, TextSpan sentence, WordSet nouns)
    {
        for (var k = WordTokenizer.FirstAtOrAfter(tokens, sentence.Start) + 1; k < tokens.Count && tokens[k].Start < sentence.End; k++)
        {
            if (tokens[k].Kind == WordKind.Word && nouns.Contains(tokens[k].Of(text)) && tokens[k - 1].Kind == WordKind.Word
                && (_lexicon.Definite.Contains(tokens[k - 1].Of(text)) || _lexicon.Demonstratives.Contains(tokens[k - 1].Of(text))))
            {
                return true;
            }
        }

        return false;
    }

    // After a counted verb trigger and its day ("200 people were arrested on Saturday"), a list of further counts each with
    // its own day (", 150 people on Sunday and around 100 on Monday"): the pairs, in order. Each item is a number, at most
    // two words around it ("around", "people") and a day-precise date; the list ends at anything else, at another
    // trigger, or at the sentence's end.
    private const int MaxListedDays = 31;

    private List<(DateMention Day, FigureRange Count)> ListedDays(string text, List<WordToken> tokens, TriggerHit hit, List<TriggerHit> hits, DateMention first, ReadOnlySpan<DateMention> dates, TextSpan sentence)
    {
        var found = new List<(DateMention, FigureRange)>();
        if (!hit.Entry.IsVerb || hit.Entry.Type is not (IncidentType.Arrest or IncidentType.Killing or IncidentType.Injury or IncidentType.Execution)
            || first.Span.Start < hit.Span.End || first.Start.Precision != DatePrecision.Day || first.End is not null)
        {
            return found;
        }

        var at = first.Span.End;
        var nextDate = 0;
        while (true)
        {
            var k = WordTokenizer.FirstAtOrAfter(tokens, at);
            var joined = false;
            while (k < tokens.Count && tokens[k].End <= sentence.End
                && ((tokens[k].Kind == WordKind.Punct && text[tokens[k].Start] == ',') || (tokens[k].Kind == WordKind.Word && _lexicon.ClauseBreaks.Contains(tokens[k].Of(text)))))
            {
                joined = true;
                k++;
            }

            var number = -1;
            for (var words = 0; joined && k < tokens.Count && tokens[k].End <= sentence.End && words <= 1; k++)
            {
                if (tokens[k].Kind == WordKind.Number)
                {
                    number = k;
                    break;
                }

                if (tokens[k].Kind != WordKind.Word)
                {
                    break;
                }

                words++;
            }

            // A whole number read as the figures stage reads one ("1,500"; not "3,4", nor "2.5").
            if (number < 0 || !NumberReader.TryParseDigits(tokens[number].Of(text), out var value) || value != Math.Floor(value) || value > int.MaxValue
                || HitBetween(hits, tokens, at, tokens[number].Start) || found.Count >= MaxListedDays)
            {
                return found;
            }

            DateMention? day = null;
            while (nextDate < dates.Length && dates[nextDate].Span.Start < tokens[number].End)
            {
                nextDate++; // dates in text order, each passed once per list
            }

            if (nextDate < dates.Length)
            {
                day = dates[nextDate];
            }

            if (day is null || day.Start.Precision != DatePrecision.Day || day.End is not null
                || CountWords(tokens, tokens[number].End, day.Span.Start) > 2 || HitBetween(hits, tokens, tokens[number].End, day.Span.Start))
            {
                return found;
            }

            found.Add((day, new FigureRange((int)value, (int)value)));
            at = day.Span.End;
        }
    }

    private static int CountWords(List<WordToken> tokens, int from, int to)
    {
        var words = 0;
        for (var k = WordTokenizer.FirstAtOrAfter(tokens, from); k < tokens.Count && tokens[k].Start < to && words <= 2; k++)
        {
            words += tokens[k].Kind == WordKind.Word ? 1 : 0;
        }

        return words;
    }

    // "the death of a 22-year-old woman", "the woman slain on Saturday": one person described by a singular noun, right
    // after the trigger noun's "of" or right before its participle, is one death (the guideline counts an unnamed victim).
    private FigureRange? OneDescribedVictim(string text, List<WordToken> tokens, TriggerHit hit)
    {
        var after = WordTokenizer.FirstAtOrAfter(tokens, hit.Span.End);
        var linked = after > 0 && _lexicon.VictimLinks.Contains(tokens[after - 1].Of(text)); // "death of" is one trigger
        if (!linked && after < tokens.Count && _lexicon.VictimLinks.Contains(tokens[after].Of(text)))
        {
            linked = true;
            after++;
        }

        if (!hit.Entry.IsVerb && linked)
        {
            for (int k = after, words = 0; k < tokens.Count && words <= 4; k++)
            {
                var t = tokens[k];
                if (t.Kind == WordKind.Punct && text[t.Start] is not ('-' or '‑'))
                {
                    break;
                }

                if (t.Kind != WordKind.Word)
                {
                    continue;
                }

                if (_lexicon.OnePerson.Contains(t.Of(text)))
                {
                    // "the woman activists" names several; "the deaths of a boy and two women" more than one.
                    var next = k + 1 < tokens.Count ? tokens[k + 1] : default;
                    return k + 1 >= tokens.Count || next.Kind == WordKind.Punct
                        || (!_lexicon.OnePerson.Contains(next.Of(text)) && !_lexicon.ClauseBreaks.Contains(next.Of(text))) ? new FigureRange(1, 1) : null;
                }

                words++;
                if (words == 1 && !_lexicon.Determiners.Contains(t.Of(text)))
                {
                    return null;
                }
            }

            return null;
        }

        var before = hit.Token - 1;
        return hit.Entry.IsVerb && before > 0 && tokens[before].Kind == WordKind.Word && _lexicon.OnePerson.Contains(tokens[before].Of(text))
            && tokens[before - 1].Kind == WordKind.Word && _lexicon.Determiners.Contains(tokens[before - 1].Of(text))
            ? new FigureRange(1, 1)
            : null;
    }

    private static DateMention? Before(ReadOnlySpan<DateMention> dates, int offset)
    {
        DateMention? last = null;
        foreach (var d in dates)
        {
            if (d.Span.End <= offset)
            {
                last = d;
            }
        }

        return last;
    }

    /// <summary>
    /// The clause of each trigger hit (the whole sentence when it has one hit, or no break between its hits). A clause
    /// ends before a semicolon, before a comma followed by a clause-opening conjunction (", and", ", while", ", after"),
    /// or before such a conjunction right in front of the next trigger verb ("killed three in Zahedan and arrested ten in
    /// Khash") — but only once it has a place or a date of its own: "killed three and injured ten in Zahedan" is one
    /// clause whose place serves both verbs. A list of places or people ("in Tehran and Mashhad") is never cut.
    /// </summary>
    private List<TextSpan> Clauses(string text, List<WordToken> tokens, TextSpan sentence, List<TriggerHit> hits, List<PlaceMention> places, ReadOnlySpan<DateMention> dates)
    {
        var clauses = new List<TextSpan>(hits.Count);
        var start = sentence.Start;
        var first = 0;
        for (var h = 1; h <= hits.Count; h++)
        {
            var end = sentence.End;
            if (h < hits.Count)
            {
                var (cut, strong) = ClauseBreak(text, tokens, hits[h - 1], hits[h].Span.Start, hits[h].Token, hits[h].Entry.IsVerb);
                if (cut < 0 || !(strong || HasPlaceOrDate(places, dates, start, cut)))
                {
                    continue;
                }

                end = cut;
            }

            for (var k = first; k < h; k++)
            {
                clauses.Add(new TextSpan(start, end));
            }

            start = end;
            first = h;
        }

        return clauses;
    }

    /// <summary>
    /// «پیشتر صدای آمریکا گزارش داد که …» ("earlier, VOA reported that …"): a sentence opening with an "earlier" word
    /// recalls an event from before the report's news. Without a date of its own it took the publication day; the month
    /// of the day before publication says what is known (before the report, recently) without inventing a day; its source
    /// stays "publication". Null when the sentence does not open so, the pack has no such words (English) or no
    /// publication date stands in.
    /// </summary>
    private PartialDate? Recalled(string text, List<WordToken> tokens, TextSpan sentence, DateOnly? published)
    {
        if (!_options.DateFromPublication || published is not { } pub || _lexicon.Earlier.Set.Count == 0)
        {
            return null;
        }

        var k = WordTokenizer.FirstAtOrAfter(tokens, sentence.Start);
        if (k >= tokens.Count || tokens[k].Start >= sentence.End || tokens[k].Kind != WordKind.Word)
        {
            return null;
        }

        // One word («پیشتر»، «قبلا») or, where the ZWNJ became a space, two joined by an underscore («پیش_تر»، «پیش_از_این» reads three).
        var opens = _lexicon.Earlier.Contains(tokens[k].Of(text));
        for (var n = 2; !opens && n <= 3 && k + n <= tokens.Count && tokens[k + n - 1].Start < sentence.End; n++)
        {
            var words = new string[n];
            for (var i = 0; i < n; i++)
            {
                words[i] = tokens[k + i].Of(text).ToString();
            }

            opens = _lexicon.Earlier.Contains(string.Join('_', words));
        }

        if (!opens)
        {
            return null;
        }

        var before = pub.AddDays(-1);
        return PartialDate.OfMonth(before.Year, before.Month);
    }

    /// <summary>
    /// "The unrest in Khuzestan recalls November 2019, when security forces killed hundreds", "the largest protests since
    /// 2019, when …": a date named as a thing — not opening the sentence, not after a time preposition ("on 16 November,
    /// when protests spread" is the main clause's own moment) — and followed by a recall word opens a clause of another
    /// moment, up to a semicolon or the sentence's end. Null when the sentence has none.
    /// </summary>
    private (DateMention Date, TextSpan Clause)? RecalledMoment(string text, List<WordToken> tokens, TextSpan sentence, ReadOnlySpan<DateMention> dates)
    {
        foreach (var d in dates)
        {
            if (d.Governs is not null)
            {
                continue;
            }

            var k = WordTokenizer.FirstAtOrAfter(tokens, d.Span.End);
            if (k < tokens.Count && tokens[k].Is(text, ','))
            {
                k++;
            }

            if (k >= tokens.Count || tokens[k].Start >= sentence.End || tokens[k].Kind != WordKind.Word || !_lexicon.RecallWords.Contains(tokens[k].Of(text)))
            {
                continue;
            }

            var first = WordTokenizer.FirstAtOrAfter(tokens, d.Span.Start);
            var before = first - 1;
            if (before < 0 || tokens[before].End <= sentence.Start || _lexicon.TimePrepositions.Contains(tokens[first].Of(text))
                || (tokens[before].Kind == WordKind.Word && _lexicon.TimePrepositions.Contains(tokens[before].Of(text))))
            {
                continue;
            }

            var end = sentence.End;
            for (var j = k + 1; j < tokens.Count && tokens[j].Start < sentence.End; j++)
            {
                if (tokens[j].Is(text, ';'))
                {
                    end = tokens[j].Start;
                    break;
                }
            }

            return (d, new TextSpan(tokens[k].Start, end));
        }

        return null;
    }

    // A clause that, after its break (a comma and a conjunction), opens with a noun phrase headed by the trigger: a determiner
    // or a possessive, then only the phrase's date and at most two other words ("and the 16 September 2022 death of",
    // "and her brutal arrest"), not a list of actors whose sentence goes on ("and the Basij with … led to the deaths").
    private bool OpensNounPhrase(string text, List<WordToken> tokens, TextSpan clause, int trigger, ReadOnlySpan<DateMention> dates)
    {
        var k = WordTokenizer.FirstAtOrAfter(tokens, clause.Start);
        while (k < tokens.Count && tokens[k].Start < clause.End && tokens[k].Kind == WordKind.Punct)
        {
            k++;
        }

        if (k < tokens.Count && tokens[k].Start < clause.End && _lexicon.ClauseBreaks.Contains(tokens[k].Of(text)))
        {
            k++;
        }

        if (!(k < tokens.Count && tokens[k].Start < clause.End && tokens[k].Kind == WordKind.Word
            && (_lexicon.Determiners.Contains(tokens[k].Of(text)) || _lexicon.Possessives.Contains(tokens[k].Of(text)))))
        {
            return false;
        }

        var others = 0;
        for (k++; k < trigger; k++)
        {
            if (!DateMentions.Cover(dates, new TextSpan(tokens[k].Start, tokens[k].End)) && ++others > 2)
            {
                return false;
            }
        }

        return k == trigger;
    }

    private static DateMention[] Without(ReadOnlySpan<DateMention> dates, DateMention left)
    {
        var result = new List<DateMention>(dates.Length);
        foreach (var d in dates)
        {
            if (!ReferenceEquals(d, left))
            {
                result.Add(d);
            }
        }

        return [.. result];
    }

    private static bool HasPlaceOrDate(List<PlaceMention> places, ReadOnlySpan<DateMention> dates, int start, int end)
    {
        foreach (var d in dates)
        {
            if (d.Span.Start >= start && d.Span.Start < end)
            {
                return true;
            }
        }

        return places.Exists(p => p.Span.Start >= start && p.Span.Start < end);
    }

    // The offset of the last clause break between two triggers, or -1; a semicolon is a strong break. In a verb-final
    // pack the conjunction follows the first clause's verb instead («در کرج سه نفر بازداشت شدند و روز سه شنبه در قم …»).
    private (int Offset, bool Strong) ClauseBreak(string text, List<WordToken> tokens, TriggerHit previous, int to, int nextTrigger, bool nextIsVerb = false)
    {
        var breaks = _lexicon.ClauseBreaks;
        var found = (Offset: -1, Strong: false);
        var first = WordTokenizer.FirstAtOrAfter(tokens, previous.Span.End);
        var afterVerb = _options.Language.VerbFinal && previous.Entry.IsVerb;
        for (var k = first; k < tokens.Count && tokens[k].Start < to; k++)
        {
            var t = tokens[k];
            if (afterVerb && k == first && t.Kind == WordKind.Word && breaks.Contains(t.Of(text)))
            {
                found = (t.Start, false);
                continue;
            }

            if (t.Is(text, ';') || t.Is(text, '؛'))
            {
                found = (t.Start, true);
            }
            else if ((t.Is(text, ',') || t.Is(text, '،')) && k + 1 < tokens.Count && tokens[k + 1].Kind == WordKind.Word && breaks.Contains(tokens[k + 1].Of(text)))
            {
                found = (t.Start, false);
            }
            else if (t.Kind == WordKind.Word && k + 1 == nextTrigger && breaks.Contains(t.Of(text)))
            {
                found = (t.Start, false);
            }
            else if (nextIsVerb && t.Kind == WordKind.Word && k + 1 < nextTrigger && nextTrigger - k <= 4 && _lexicon.Subordinators.Contains(t.Of(text)))
            {
                found = (t.Start, false);
            }
        }

        return found;
    }

    // A clause's own places, else the sentence's.
    private static List<Place?> ClausePlaces(List<PlaceMention> places, TextSpan clause, List<Place?> sentencePlaces)
    {
        var own = places.FindAll(p => p.Span.Start >= clause.Start && p.Span.Start < clause.End);
        return own.Count > 0 ? MostSpecific(own) : sentencePlaces;
    }

    private static ReadOnlySpan<T> Inside<T>(ReadOnlySpan<T> items, TextSpan span, Func<T, TextSpan> spanOf)
    {
        var after = After(items, span.Start, spanOf);
        var end = 0;
        while (end < after.Length && spanOf(after[end]).Start < span.End)
        {
            end++;
        }

        return after[..end];
    }

    private static ReadOnlySpan<T> After<T>(ReadOnlySpan<T> items, int offset, Func<T, TextSpan> spanOf)
    {
        var k = 0;
        while (k < items.Length && spanOf(items[k]).Start < offset)
        {
            k++;
        }

        return items[k..];
    }

    // The nearest count of the kind, unless another trigger that takes that kind stands nearer to it ("led to the deaths
    // of six people, the execution of Dervishes": the six died, they were not executed).
    private static FigureRange? CountFor(IncidentType type, TriggerHit hit, List<TriggerHit> hits, ReadOnlySpan<FigureMention> counts, CasualtyKind kind, params ReadOnlySpan<IncidentType> types)
    {
        if (!types.Contains(type))
        {
            return null;
        }

        FigureMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in counts)
        {
            if (c.Kind != kind)
            {
                continue;
            }

            var distance = Distance(c.Span, hit.Span);
            if (distance < bestDistance && !NearerOther(hits, hit, c.Span, distance, types))
            {
                best = c;
                bestDistance = distance;
            }
        }

        return best?.Range;
    }

    private static bool NearerOther(List<TriggerHit> hits, TriggerHit hit, TextSpan count, int distance, ReadOnlySpan<IncidentType> types)
    {
        foreach (var h in hits)
        {
            if (h.Entry.Type != hit.Entry.Type && types.Contains(h.Entry.Type) && Distance(count, h.Span) < distance)
            {
                return true;
            }
        }

        return false;
    }

    private static int Distance(TextSpan a, TextSpan b) =>
        a.Overlaps(b) ? 0 : Math.Min(Math.Abs(a.Start - b.End), Math.Abs(b.Start - a.End));

    // Perpetrators and victims for violence against people; organisers and participants for everything else.
    private static (ImmutableArray<string> Actors, ImmutableArray<string> Victims) Parties(IncidentType type, ReadOnlySpan<ActorMention> mentions)
    {
        if (mentions.IsEmpty)
        {
            return ([], []);
        }

        // "Other" is repression outside ACLED's named types (trials, sentences, shutdowns, sexual violence): done to people.
        var violence = type is IncidentType.Killing or IncidentType.Injury or IncidentType.Arrest or IncidentType.Execution or IncidentType.Other;
        var actors = new List<string>();
        var victims = new List<string>();
        foreach (var m in mentions)
        {
            var state = m.Kind is ActorKind.StateForces or ActorKind.Judiciary or ActorKind.Government;
            if (m.Kind is ActorKind.Media or ActorKind.Other)
            {
                continue;
            }

            var list = violence ? (state ? actors : victims) : (state ? null : actors);
            if (list is not null && !list.Contains(m.Name))
            {
                list.Add(m.Name);
            }
        }

        return ([.. actors], [.. victims]);
    }

    private Place? CountryOf(ExtractionContext context, List<WordToken> tokens)
    {
        var fallback = _options.DefaultCountry;
        if (fallback is null)
        {
            return null;
        }

        foreach (var m in context.Places)
        {
            if (m.Place.Country == fallback.Country)
            {
                return m.Place.Precision == GeoPrecision.Country ? m.Place : fallback;
            }
        }

        // Without a places stage, the country's name in the text is enough.
        foreach (var t in tokens)
        {
            if (t.Kind == WordKind.Word && t.Of(context.Text).Equals(fallback.Name, StringComparison.OrdinalIgnoreCase))
            {
                return fallback;
            }
        }

        return null;
    }

    private TextSpan Evidence(string text, TextSpan sentence, TextSpan trigger)
    {
        if (sentence.Length <= _options.MaxEvidenceLength)
        {
            return sentence;
        }

        // The clause around the trigger, widened by whole clauses while it fits.
        var start = trigger.Start;
        var end = trigger.End;
        while (start > sentence.Start && !IsClauseMark(text[start - 1]))
        {
            start--;
        }

        while (end < sentence.End && !IsClauseMark(text[end]))
        {
            end++;
        }

        if (end - start > _options.MaxEvidenceLength)
        {
            var half = _options.MaxEvidenceLength / 2;
            start = Math.Max(sentence.Start, Math.Min(trigger.Start - half, sentence.End - _options.MaxEvidenceLength));
            end = Math.Min(sentence.End, start + _options.MaxEvidenceLength);
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    private static bool IsClauseMark(char c) => c is ',' or ';' or ':' or '—' or '–' or '(' or ')';
}
