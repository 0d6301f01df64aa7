using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Incidents;

/// <summary>The incidents stage's files of a language pack (incident-triggers, incident-cues, incident-words), loaded once per pack and shared read-only.</summary>
internal sealed class IncidentLexicon
{
    private IncidentLexicon(LanguagePack pack)
    {
        foreach (var f in pack.Entries("incident-triggers.txt"))
        {
            Triggers.Add(f[0], new TriggerEntry(Enum.Parse<IncidentType>(f[1]), double.Parse(f[2], CultureInfo.InvariantCulture), f[3] == "verb", f[3] == "agent", f[3] == "possessed"));
        }

        foreach (var f in pack.Entries("incident-cues.txt"))
        {
            Cues.Add(f[0], f[1] switch
            {
                "modal" => TriggerCue.Modal,
                "negation" => TriggerCue.Negation,
                "prospect" => TriggerCue.Prospect,
                "noun-frame" => TriggerCue.NounFrame,
                _ => TriggerCue.Frame,
            });
        }

        var words = pack.Classes("incident-words.txt", StringComparer.OrdinalIgnoreCase);
        HabitWords = new WordSet(words["habit"]);
        Demonstratives = new WordSet(words["demonstratives"]);
        Locatives = new WordSet(words["locatives"]);
        SpeechVerbs = new WordSet(words["speech"]);
        ModifiedNouns = new WordSet(words["modified-nouns"]);
        Relatives = new WordSet(words["relatives"]);
        PastForms = new WordSet(words["past-forms"]);
        CuesAfter = new WordSet(words["cues-after"]);
        ClauseBreaks = new WordSet(words["clause-breaks"]);
        Causes = new WordSet(words["causes"]);
        Earlier = new WordSet(words["earlier"]);
        Trends = new WordSet(words["trends"]);
        ParticipleEndings = [.. words["participle-endings"]];
        Deaths = new WordSet(words["deaths"]);
        DayAfter = new WordSet(words["day-after"]);
        DayNouns = new WordSet(words["day-nouns"]);
        Possessives = new WordSet(words["possessives"]);
        Origins = new WordSet(words["origins"]);
        Hedges = new WordSet(words["hedges"]);
        SingularPronouns = new WordSet(words["singular-pronouns"]);
        Auxiliaries = new WordSet(words["auxiliaries"]);
        SourceOpeners = new WordSet(words["source-openers"]);
        Subordinators = new WordSet(words["subordinators"]);
        Determiners = new WordSet(words["determiners"]);
        RecallWords = new WordSet(words["recall-words"]);
        TimePrepositions = new WordSet(words["time-prepositions"]);
        Complementizers = new WordSet(words["complementizers"]);
        VictimLinks = new WordSet(words["victim-links"]);
        OnePerson = new WordSet(words["one-person"]);
        EventAnaphors = new WordSet(words["event-anaphors"]);
        ToldAnaphors = new WordSet(words["told-anaphors"]);
        PlaceAttributes = new WordSet(words["place-attributes"]);
        Definite = new WordSet(words["definite"]);
        Raids = new WordSet(words["raids"]);
        ArmedTargets = new WordSet(words["armed-targets"]);
        EffectVerbs = new WordSet(words["effect-verbs"]);
        Breakdowns = new WordSet(words["breakdowns"]);
        ModifierOpeners = new WordSet(words["modifier-openers"]);
        Labels = new WordSet(words["labels"]);
        PartOpeners = new WordSet(words["part-openers"]);
        Tallies = words["tallies"];
        Contrasts = new WordSet(words["contrasts"]);
        ReducedRelatives = new WordSet(words["reduced-relatives"]);
        ReferenceVerbs = new WordSet(words["reference-verbs"]);
        CaptionWords = new WordSet(words["caption-words"]);
        Comparisons = new WordSet(words["comparisons"]);
        Superlatives = new WordSet(words["superlatives"]);
        Charges = new WordSet(words["charges"]);
        ChargeLinks = new WordSet(words["charge-links"]);
        HeldFor = new WordSet(words["held-for"]);
    }

    /// <summary>"for": after an arrest or an execution in its clause it opens the charge ("detained 40 people for rioting").</summary>
    public WordSet HeldFor { get; }

    /// <summary>"since": a date after one, in a clause that compares with a superlative, is the point compared with.</summary>
    public WordSet Comparisons { get; }

    /// <summary>"largest", "worst", "first": the superlatives that make a "since" date a point of comparison.</summary>
    public WordSet Superlatives { get; }

    /// <summary>"accused", "convicted", "charged": before a charge link they open what someone is charged with.</summary>
    public WordSet Charges { get; }

    /// <summary>"of", "for", "with": the links that open a charge ("accused of", "arrested … for").</summary>
    public WordSet ChargeLinks { get; }

    /// <summary>"including": after a comma it opens a part of a total; a place of that part ("…, including two in Dorud") is not the total's.</summary>
    public WordSet PartOpeners { get; }

    /// <summary>"for", "over": after a participle trigger they make it a relative clause that tells the event ("those arrested for rioting").</summary>
    public WordSet ReducedRelatives { get; }

    /// <summary>"while", "whereas": between two triggers of one type they make two events.</summary>
    public WordSet Contrasts { get; }

    /// <summary>"as-of": two words (joined by a hyphen) before a date that make it the date a running total was counted.</summary>
    public FrozenSet<string> Tallies { get; }

    /// <summary>"mark", "commemorating", "defended": a trigger noun a few words after one refers to an event told before.</summary>
    public WordSet ReferenceVerbs { get; }

    /// <summary>Words of a picture ("photo", "pictured"): with a credit after a dash or colon at a line's end, the line is a caption.</summary>
    public WordSet CaptionWords { get; }

    /// <summary>Attack triggers that name a raid: beside an arrest in the same sentence the raid is how the arrest was made ("raided homes and arrested 20").</summary>
    public WordSet Raids { get; }

    /// <summary>"station", "post", "base": what an armed attack targets; an attack on one is coded with its casualties.</summary>
    public WordSet ArmedTargets { get; }

    /// <summary>"triggered", "sparked": between a person's death and a protest they make the death its cause, with its own place.</summary>
    public WordSet EffectVerbs { get; }

    /// <summary>Words of naming ("as", "called"): a trigger in quotation marks right after one is a label ("described the events as “riots”").</summary>
    public WordSet Labels { get; }

    /// <summary>Determiners and prepositions after which a participle trigger describes the noun after it ("of detained protesters").</summary>
    public WordSet ModifierOpeners { get; }

    /// <summary>Words of a share after a comma ("…, the majority in A, B and C"): the places after them break a total down, they are not its places.</summary>
    public WordSet Breakdowns { get; }

    /// <summary>Nouns for an event as a whole ("incident", "crackdown"): after a date they name one, after "the" they point back to it.</summary>
    public WordSet EventAnaphors { get; }

    /// <summary>Event nouns that, after "the" or a demonstrative, point back to an event the report told ("In the unrest, …").</summary>
    public WordSet ToldAnaphors { get; }

    /// <summary>Words joined to a place by a hyphen that make it an attribute of a person or group ("Paris-based", "Tehran-born").</summary>
    public WordSet PlaceAttributes { get; }

    /// <summary>"the": the definite article of <see cref="EventAnaphors"/>.</summary>
    public WordSet Definite { get; }

    /// <summary>"of": after a trigger noun it opens the victim ("the death of a woman").</summary>
    public WordSet VictimLinks { get; }

    /// <summary>Singular nouns for one person ("woman", "protester"): a victim so described is one.</summary>
    public WordSet OnePerson { get; }

    /// <summary>"that": after a verb of saying it opens a clause of its own, which a frame before it does not make hypothetical.</summary>
    public WordSet Complementizers { get; }

    /// <summary>"after", "while": a clause break up to four words before the next trigger (its subject between).</summary>
    public WordSet Subordinators { get; }

    /// <summary>"the", "a": a clause opening with one after its break is a coordinated noun phrase ("…, and the death of X").</summary>
    public WordSet Determiners { get; }

    /// <summary>"when": after a date named as a thing ("recalls November 2019, when …") opens a clause of another moment.</summary>
    public WordSet RecallWords { get; }

    /// <summary>"on", "in", "during": before a date they make it the main clause's own adverbial, not a recalled moment.</summary>
    public WordSet TimePrepositions { get; }

    /// <summary>"according" (before "to"): a place in the attribution it opens is where the source is, not the event.</summary>
    public WordSet SourceOpeners { get; }

    /// <summary>"he", "she": as the subject of a passive trigger verb, one victim ("He was executed").</summary>
    public WordSet SingularPronouns { get; }

    /// <summary>Auxiliaries and adverbs between a subject and its passive participle ("was", "had been", "reportedly").</summary>
    public WordSet Auxiliaries { get; }

    /// <summary>"from": a place right after one is where people come from ("a student from Sanandaj"), not where an event was.</summary>
    public WordSet Origins { get; }

    /// <summary>"may", "might": a place later in the same clause is only possibly where something happened ("others may be held in Tehran").</summary>
    public WordSet Hedges { get; }

    /// <summary>Possessive determiners ("his", "her", "their"): a trigger noun after one names its victim by a pronoun.</summary>
    public WordSet Possessives { get; }

    /// <summary>Words opening a sentence that recalls an event from before the report's news («پیشتر … گزارش داد»); empty in English.</summary>
    public WordSet Earlier { get; }

    /// <summary>Conjunctions that open a new clause after a comma, or right before a second trigger verb ("… and arrested ten in Khash").</summary>
    public WordSet ClauseBreaks { get; }

    /// <summary>Words after which a place names an event's cause, not its place ("in solidarity with Zahedan").</summary>
    public WordSet Causes { get; }

    /// <summary>Endings of a verb trigger's participle, the only form that modifies a noun ("wounded detainees"); empty: any form.</summary>
    public ImmutableArray<string> ParticipleEndings { get; }

    /// <summary>"next", "following": before a day noun ("the next day") the day after the date told before.</summary>
    public WordSet DayAfter { get; }

    /// <summary>"day": the noun of <see cref="DayAfter"/>.</summary>
    public WordSet DayNouns { get; }

    /// <summary>Killing triggers that name a death, not a killer ("died"): prisoners who died were not executed.</summary>
    public WordSet Deaths { get; }

    /// <summary>Verbs of a rising or falling number: a trigger noun as their subject states a statistic ("executions rose").</summary>
    public WordSet Trends { get; }

    /// <summary>Relative pronouns that open a clause about a kind of people ("protesters who take to the streets").</summary>
    public WordSet Relatives { get; }

    /// <summary>Past-tense and perfect forms that do not end in "-ed" ("were", "took", "had"): a relative clause in the past tells an event.</summary>
    public WordSet PastForms { get; }

    /// <summary>The lexicon of <paramref name="pack"/>.</summary>
    public static IncidentLexicon For(LanguagePack pack) => pack.Lexicon(static p => new IncidentLexicon(p));

    /// <summary>Adverbs of habit: with no date in the sentence they describe a pattern, not an event ("has always repressed").</summary>
    public WordSet HabitWords { get; }

    /// <summary>A noun after one of these points back to an incident told before ("this massacre", "such arrests").</summary>
    public WordSet Demonstratives { get; }

    /// <summary>Prepositions that place an event in a country ("in Iraq", "across Turkey").</summary>
    public WordSet Locatives { get; }

    /// <summary>Nouns a trigger word can modify without naming an event ("riot police", "wounded detainees").</summary>
    public WordSet ModifiedNouns { get; }

    /// <summary>Verbs of saying: a date right after them dates the saying, not the event reported.</summary>
    public WordSet SpeechVerbs { get; }

    /// <summary>
    /// Negated or future verb forms that cancel the trigger right before them, for verb-final languages: the light verb
    /// carries the negation or the future ("بازداشت نشدند" were not arrested, "تجمع خواهند کرد" will gather). Empty in English.
    /// </summary>
    public WordSet CuesAfter { get; }

    /// <summary>Trigger phrases by incident type.</summary>
    public PhraseTrie<TriggerEntry> Triggers { get; } = new();

    /// <summary>Cue words that cancel a trigger.</summary>
    public PhraseTrie<TriggerCue> Cues { get; } = new();
}
