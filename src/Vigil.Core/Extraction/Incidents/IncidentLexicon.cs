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
        HabitWords = words["habit"].GetAlternateLookup<ReadOnlySpan<char>>();
        Demonstratives = words["demonstratives"].GetAlternateLookup<ReadOnlySpan<char>>();
        Locatives = words["locatives"].GetAlternateLookup<ReadOnlySpan<char>>();
        SpeechVerbs = words["speech"].GetAlternateLookup<ReadOnlySpan<char>>();
        ModifiedNouns = words["modified-nouns"].GetAlternateLookup<ReadOnlySpan<char>>();
        Relatives = words["relatives"].GetAlternateLookup<ReadOnlySpan<char>>();
        PastForms = words["past-forms"].GetAlternateLookup<ReadOnlySpan<char>>();
        CuesAfter = words["cues-after"].GetAlternateLookup<ReadOnlySpan<char>>();
        ClauseBreaks = words["clause-breaks"].GetAlternateLookup<ReadOnlySpan<char>>();
        Causes = words["causes"].GetAlternateLookup<ReadOnlySpan<char>>();
        Earlier = words["earlier"].GetAlternateLookup<ReadOnlySpan<char>>();
        Trends = words["trends"].GetAlternateLookup<ReadOnlySpan<char>>();
        ParticipleEndings = [.. words["participle-endings"]];
        Deaths = words["deaths"].GetAlternateLookup<ReadOnlySpan<char>>();
        DayAfter = words["day-after"].GetAlternateLookup<ReadOnlySpan<char>>();
        DayNouns = words["day-nouns"].GetAlternateLookup<ReadOnlySpan<char>>();
        Possessives = words["possessives"].GetAlternateLookup<ReadOnlySpan<char>>();
        Origins = words["origins"].GetAlternateLookup<ReadOnlySpan<char>>();
        Hedges = words["hedges"].GetAlternateLookup<ReadOnlySpan<char>>();
        SingularPronouns = words["singular-pronouns"].GetAlternateLookup<ReadOnlySpan<char>>();
        Auxiliaries = words["auxiliaries"].GetAlternateLookup<ReadOnlySpan<char>>();
        SourceOpeners = words["source-openers"].GetAlternateLookup<ReadOnlySpan<char>>();
        Subordinators = words["subordinators"].GetAlternateLookup<ReadOnlySpan<char>>();
        Determiners = words["determiners"].GetAlternateLookup<ReadOnlySpan<char>>();
        RecallWords = words["recall-words"].GetAlternateLookup<ReadOnlySpan<char>>();
        TimePrepositions = words["time-prepositions"].GetAlternateLookup<ReadOnlySpan<char>>();
        Complementizers = words["complementizers"].GetAlternateLookup<ReadOnlySpan<char>>();
        VictimLinks = words["victim-links"].GetAlternateLookup<ReadOnlySpan<char>>();
        OnePerson = words["one-person"].GetAlternateLookup<ReadOnlySpan<char>>();
        EventAnaphors = words["event-anaphors"].GetAlternateLookup<ReadOnlySpan<char>>();
        Definite = words["definite"].GetAlternateLookup<ReadOnlySpan<char>>();
        Raids = words["raids"].GetAlternateLookup<ReadOnlySpan<char>>();
        ArmedTargets = words["armed-targets"].GetAlternateLookup<ReadOnlySpan<char>>();
        EffectVerbs = words["effect-verbs"].GetAlternateLookup<ReadOnlySpan<char>>();
        Breakdowns = words["breakdowns"].GetAlternateLookup<ReadOnlySpan<char>>();
        ModifierOpeners = words["modifier-openers"].GetAlternateLookup<ReadOnlySpan<char>>();
        Labels = words["labels"].GetAlternateLookup<ReadOnlySpan<char>>();
        PartOpeners = words["part-openers"].GetAlternateLookup<ReadOnlySpan<char>>();
        Tallies = words["tallies"];
        Contrasts = words["contrasts"].GetAlternateLookup<ReadOnlySpan<char>>();
        ReducedRelatives = words["reduced-relatives"].GetAlternateLookup<ReadOnlySpan<char>>();
        ReferenceVerbs = words["reference-verbs"].GetAlternateLookup<ReadOnlySpan<char>>();
        CaptionWords = words["caption-words"].GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>"including": after a comma it opens a part of a total; a place of that part ("…, including two in Dorud") is not the total's.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartOpeners { get; }

    /// <summary>"for", "over": after a participle trigger they make it a relative clause that tells the event ("those arrested for rioting").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReducedRelatives { get; }

    /// <summary>"while", "whereas": between two triggers of one type they make two events.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Contrasts { get; }

    /// <summary>"as-of": two words (joined by a hyphen) before a date that make it the date a running total was counted.</summary>
    public FrozenSet<string> Tallies { get; }

    /// <summary>"mark", "commemorating", "defended": a trigger noun a few words after one refers to an event told before.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReferenceVerbs { get; }

    /// <summary>Words of a picture ("photo", "pictured"): with a credit after a dash or colon at a line's end, the line is a caption.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CaptionWords { get; }

    /// <summary>Attack triggers that name a raid: beside an arrest in the same sentence the raid is how the arrest was made ("raided homes and arrested 20").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Raids { get; }

    /// <summary>"station", "post", "base": what an armed attack targets; an attack on one is coded with its casualties.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ArmedTargets { get; }

    /// <summary>"triggered", "sparked": between a person's death and a protest they make the death its cause, with its own place.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EffectVerbs { get; }

    /// <summary>Words of naming ("as", "called"): a trigger in quotation marks right after one is a label ("described the events as “riots”").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Labels { get; }

    /// <summary>Determiners and prepositions after which a participle trigger describes the noun after it ("of detained protesters").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifierOpeners { get; }

    /// <summary>Words of a share after a comma ("…, the majority in A, B and C"): the places after them break a total down, they are not its places.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Breakdowns { get; }

    /// <summary>Nouns for an event as a whole ("incident", "crackdown"): after a date they name one, after "the" they point back to it.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EventAnaphors { get; }

    /// <summary>"the": the definite article of <see cref="EventAnaphors"/>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Definite { get; }

    /// <summary>"of": after a trigger noun it opens the victim ("the death of a woman").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VictimLinks { get; }

    /// <summary>Singular nouns for one person ("woman", "protester"): a victim so described is one.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OnePerson { get; }

    /// <summary>"that": after a verb of saying it opens a clause of its own, which a frame before it does not make hypothetical.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Complementizers { get; }

    /// <summary>"after", "while": a clause break up to four words before the next trigger (its subject between).</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Subordinators { get; }

    /// <summary>"the", "a": a clause opening with one after its break is a coordinated noun phrase ("…, and the death of X").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners { get; }

    /// <summary>"when": after a date named as a thing ("recalls November 2019, when …") opens a clause of another moment.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RecallWords { get; }

    /// <summary>"on", "in", "during": before a date they make it the main clause's own adverbial, not a recalled moment.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimePrepositions { get; }

    /// <summary>"according" (before "to"): a place in the attribution it opens is where the source is, not the event.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SourceOpeners { get; }

    /// <summary>"he", "she": as the subject of a passive trigger verb, one victim ("He was executed").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SingularPronouns { get; }

    /// <summary>Auxiliaries and adverbs between a subject and its passive participle ("was", "had been", "reportedly").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries { get; }

    /// <summary>"from": a place right after one is where people come from ("a student from Sanandaj"), not where an event was.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Origins { get; }

    /// <summary>"may", "might": a place later in the same clause is only possibly where something happened ("others may be held in Tehran").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Hedges { get; }

    /// <summary>Possessive determiners ("his", "her", "their"): a trigger noun after one names its victim by a pronoun.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Possessives { get; }

    /// <summary>Words opening a sentence that recalls an event from before the report's news («پیشتر … گزارش داد»); empty in English.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Earlier { get; }

    /// <summary>Conjunctions that open a new clause after a comma, or right before a second trigger verb ("… and arrested ten in Khash").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseBreaks { get; }

    /// <summary>Words after which a place names an event's cause, not its place ("in solidarity with Zahedan").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Causes { get; }

    /// <summary>Endings of a verb trigger's participle, the only form that modifies a noun ("wounded detainees"); empty: any form.</summary>
    public ImmutableArray<string> ParticipleEndings { get; }

    /// <summary>"next", "following": before a day noun ("the next day") the day after the date told before.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayAfter { get; }

    /// <summary>"day": the noun of <see cref="DayAfter"/>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DayNouns { get; }

    /// <summary>Killing triggers that name a death, not a killer ("died"): prisoners who died were not executed.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Deaths { get; }

    /// <summary>Verbs of a rising or falling number: a trigger noun as their subject states a statistic ("executions rose").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Trends { get; }

    /// <summary>Relative pronouns that open a clause about a kind of people ("protesters who take to the streets").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Relatives { get; }

    /// <summary>Past-tense and perfect forms that do not end in "-ed" ("were", "took", "had"): a relative clause in the past tells an event.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastForms { get; }

    /// <summary>The lexicon of <paramref name="pack"/>.</summary>
    public static IncidentLexicon For(LanguagePack pack) => pack.Lexicon(static p => new IncidentLexicon(p));

    /// <summary>Adverbs of habit: with no date in the sentence they describe a pattern, not an event ("has always repressed").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HabitWords { get; }

    /// <summary>A noun after one of these points back to an incident told before ("this massacre", "such arrests").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Demonstratives { get; }

    /// <summary>Prepositions that place an event in a country ("in Iraq", "across Turkey").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Locatives { get; }

    /// <summary>Nouns a trigger word can modify without naming an event ("riot police", "wounded detainees").</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ModifiedNouns { get; }

    /// <summary>Verbs of saying: a date right after them dates the saying, not the event reported.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs { get; }

    /// <summary>
    /// Negated or future verb forms that cancel the trigger right before them, for verb-final languages: the light verb
    /// carries the negation or the future ("بازداشت نشدند" were not arrested, "تجمع خواهند کرد" will gather). Empty in English.
    /// </summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CuesAfter { get; }

    /// <summary>Trigger phrases by incident type.</summary>
    public PhraseTrie<TriggerEntry> Triggers { get; } = new();

    /// <summary>Cue words that cancel a trigger.</summary>
    public PhraseTrie<TriggerCue> Cues { get; } = new();
}
