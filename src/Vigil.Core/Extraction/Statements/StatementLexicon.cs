using System.Collections.Frozen;
using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Statements;

/// <summary>The statements stage's word lists, read once per language pack (speech-verbs, first-names, speaker-titles, role-words, non-speakers, outlets, statement-words).</summary>
internal sealed class StatementLexicon
{
    private StatementLexicon(LanguagePack pack)
    {
        var verbs = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in pack.Entries("speech-verbs.txt"))
        {
            // "called | for" and "called | on": one form, any of its prepositions (space-separated).
            var preposition = f.Length > 1 && f[1].Length > 0 ? f[1] : null;
            verbs[f[0]] = verbs.TryGetValue(f[0], out var known) && known is not null && preposition is not null ? known + " " + preposition : preposition;
        }

        Verbs = verbs.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        foreach (var verb in Verbs.Keys)
        {
            var c = char.ToLowerInvariant(verb[0]);
            if (c is >= 'a' and <= 'z' && verb.Length < 64)
            {
                _verbLengths[c - 'a'] |= 1UL << verb.Length;
            }
        }

        VerbLookup = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();
        _verbsByNumber = new WordNumberMap<string?>(Verbs);

        FirstNames = Words(pack, "first-names.txt", StringComparer.Ordinal);
        Titles = Words(pack, "speaker-titles.txt", StringComparer.Ordinal);
        RoleWords = Words(pack, "role-words.txt", StringComparer.OrdinalIgnoreCase);
        FirstNameLookup = FirstNames.GetAlternateLookup<ReadOnlySpan<char>>();
        TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        RoleWordLookup = RoleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        NonSpeakers = Words(pack, "non-speakers.txt", StringComparer.OrdinalIgnoreCase);
        var nouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new List<string>();
        foreach (var f in pack.Entries("outlets.txt"))
        {
            if (f.Length > 1)
            {
                (f[0] == "noun" ? (ICollection<string>)nouns : names).Add(f[1]);
            }
        }

        OutletNouns = nouns.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        OutletNames = names.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var outletWords = OutletNouns.Union(OutletNames, StringComparer.OrdinalIgnoreCase).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        OutletWordLookup = outletWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _outletWordNumbers = new WordNumberSet(outletWords);
        Classes = pack.Classes("statement-words.txt", StringComparer.OrdinalIgnoreCase);
        FinalSpeechVerbs = Trie(Classes["final-speech-verbs"]);
        AccordingPhrases = Trie(Classes["according-phrases"]);
        ClauseOpeners = Trie(Classes["clause-openers"]);
        SpeakerDescriptors = Trie(Classes["speaker-descriptors"]);
        SentenceAdverbs = pack.Classes("statement-words.txt", StringComparer.Ordinal)["sentence-adverbs"];
        NameParticles = pack.Classes("statement-words.txt", StringComparer.Ordinal)["name-particles"];
        NameParticleLookup = NameParticles.GetAlternateLookup<ReadOnlySpan<char>>();
        SentenceAdverbLookup = SentenceAdverbs.GetAlternateLookup<ReadOnlySpan<char>>();
        var nameWords = FirstNames.Concat(Titles).Concat(RoleWords).Concat(SentenceAdverbs).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        NameWordLookup = nameWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _nameWordNumbers = new WordNumberSet(nameWords);
        ReportVerbs = Classes["report-verbs"].GetAlternateLookup<ReadOnlySpan<char>>();
        FindingVerbs = Classes["finding-verbs"].GetAlternateLookup<ReadOnlySpan<char>>();
        EvaluativeVerbs = Classes["evaluative-verbs"].GetAlternateLookup<ReadOnlySpan<char>>();
        EvaluativeAsVerbs = Classes["evaluative-as-verbs"].GetAlternateLookup<ReadOnlySpan<char>>();
        StatementNouns = Classes["statement-nouns"].GetAlternateLookup<ReadOnlySpan<char>>();
        var classes = new Dictionary<string, StatementWordClasses>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, bit) in new[]
        {
            ("statement-nouns", StatementWordClasses.StatementNoun), ("report-verbs", StatementWordClasses.ReportVerb),
            ("evaluative-verbs", StatementWordClasses.EvaluativeVerb), ("evaluative-as-verbs", StatementWordClasses.EvaluativeAsVerb),
            ("finding-verbs", StatementWordClasses.FindingVerb), ("quoting-verbs", StatementWordClasses.QuotingVerb),
        })
        {
            foreach (var word in Classes[name])
            {
                classes[word] = classes.GetValueOrDefault(word) | bit;
            }
        }

        _classesOf = classes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _classesByNumber = new WordNumberMap<StatementWordClasses>(classes);

        _classLengths = new LengthsByInitial(classes.Keys);
        Determiners = Classes["determiners"];
        Prepositions = Classes["prepositions"];
        Particles = Classes["particles"];
        SingularRoles = Classes["singular-roles"];
        NameJoiners = Classes["name-joiners"];
        ThatOpeners = Classes["that-openers"].GetAlternateLookup<ReadOnlySpan<char>>();
        Institutions = Classes["institutions"];
        CapitalisedNames = pack.CapitalisedNames;
        According = [.. pack.Entries("statement-words.txt").Where(f => f[0] == "according" && f.Length > 1).SelectMany(f => LexiconFile.Words(f[1]))];
    }

    /// <summary>The words of "according to", in order (empty when the language has no such phrase).</summary>
    public string[] According { get; }

    public static StatementLexicon Default => For(LanguagePack.English);

    /// <summary>The lexicon of <paramref name="pack"/>.</summary>
    public static StatementLexicon For(LanguagePack pack) => pack.Lexicon(static p => new StatementLexicon(p));

    /// <summary>The word classes of statement-words.txt (case-insensitive): skippable, date-words, modifiers, clause-breaks, …</summary>
    public WordClasses Classes { get; }

    /// <summary>Capitalised adverbs dropped from the start of a subject (case-sensitive).</summary>
    public FrozenSet<string> SentenceAdverbs { get; }

    /// <summary>Lower-case words inside a person's name ("al", "bin"; case-sensitive).</summary>
    public FrozenSet<string> NameParticles { get; }

    /// <summary>Articles and possessives opening a noun phrase.</summary>
    public FrozenSet<string> Determiners { get; }

    /// <summary>Prepositions inside a speaker phrase.</summary>
    public FrozenSet<string> Prepositions { get; }

    /// <summary>Particles inside names ("al", "bin").</summary>
    public FrozenSet<string> Particles { get; }

    /// <summary>Role nouns that name one person ("the minister").</summary>
    public FrozenSet<string> SingularRoles { get; }

    /// <summary>Lower-case words joining the capitalised words of one name ("Ministry of Interior", "Office for Human Rights").</summary>
    public FrozenSet<string> NameJoiners { get; }

    /// <summary>Words after a that-verb that open reported speech ("that", "there"), by span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ThatOpeners { get; }

    /// <summary>Institutions that speak when named by their common noun ("the government announced").</summary>
    public FrozenSet<string> Institutions { get; }

    /// <summary>Verbs a document states its findings with ("found", "identified"), by span; read once, not per word.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FindingVerbs { get; }

    /// <summary>Verbs of publishing findings ("released", "documented"), by span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportVerbs { get; }

    /// <summary>Evaluative verbs taking an object and a name for it ("called"), by span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EvaluativeVerbs { get; }

    /// <summary>Evaluative verbs taking "as" ("described … as"), by span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EvaluativeAsVerbs { get; }

    /// <summary>Nouns that name a statement made ("remarks", "statement"), by span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StatementNouns { get; }

    private readonly FrozenDictionary<string, StatementWordClasses>.AlternateLookup<ReadOnlySpan<char>> _classesOf;

    /// <summary>
    /// Which of statement-nouns, report-verbs, evaluative-verbs, evaluative-as-verbs and finding-verbs hold
    /// <paramref name="word"/> (ignoring case, as those sets do): one look-up where the stage asked each set in turn.
    /// </summary>
    public StatementWordClasses ClassesOf(ReadOnlySpan<char> word) =>
        _classLengths.MayContain(word) && _classesOf.TryGetValue(word, out var classes) ? classes : StatementWordClasses.None;

    /// <summary>
    /// <see cref="ClassesOf(ReadOnlySpan{char})"/> of the word numbered <paramref name="number"/> in <see cref="WordTable"/> (a
    /// token's <see cref="WordToken.WordNumber"/>, numbered after this lexicon was made), without hashing its characters.
    /// </summary>
    public StatementWordClasses ClassesOf(int number) =>
        _classesByNumber.TryGetValue(number, out var classes) ? classes : StatementWordClasses.None;

    // The classes by WordTable number.
    private readonly WordNumberMap<StatementWordClasses> _classesByNumber;

    // The words of those classes by first letter and length: most words of 4–12 letters are turned away before hashing.
    private readonly LengthsByInitial _classLengths;

    /// <summary><see cref="SentenceAdverbs"/> looked up by span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceAdverbLookup { get; }

    /// <summary><see cref="NameParticles"/> looked up by span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticleLookup { get; }

    /// <summary>True when names start with a capital (the pack's flag).</summary>
    public bool CapitalisedNames { get; }

    /// <summary>Speech verbs that close their clause in a verb-final language ("خبر داد", "اعلام کرد"); empty in English.</summary>
    public PhraseTrie<bool> FinalSpeechVerbs { get; }

    /// <summary>"According to" phrases that open a clause and name their source after them ("به گزارش", "به نقل از"); empty in English.</summary>
    public PhraseTrie<bool> AccordingPhrases { get; }

    /// <summary>Frames that open a sentence before its subject ("این در حالی است که"); empty in English.</summary>
    public PhraseTrie<bool> ClauseOpeners { get; }

    /// <summary>Words of the speaker's kind before its name ("نهاد حکومتی" a state body), left out of the name; empty in English.</summary>
    public PhraseTrie<bool> SpeakerDescriptors { get; }

    // A class of phrases: an underscore joins the words of one phrase ("خبر_داد").
    private static PhraseTrie<bool> Trie(IEnumerable<string> phrases)
    {
        var trie = new PhraseTrie<bool>();
        foreach (var p in phrases)
        {
            trie.Add(p.Replace('_', ' '), true);
        }

        return trie;
    }

    /// <summary>Speech verb forms; the value is the prepositions the form needs, space-separated ("called" → "for on"), or null.</summary>
    public FrozenDictionary<string, string?> Verbs { get; }

    public FrozenDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> VerbLookup { get; }

    /// <summary>
    /// <see cref="VerbLookup"/> of the word numbered <paramref name="number"/> in <see cref="WordTable"/> (a token's
    /// <see cref="WordToken.WordNumber"/>, numbered after this lexicon was made), without hashing its characters.
    /// </summary>
    public bool TryGetVerb(int number, out string? needs) => _verbsByNumber.TryGetValue(number, out needs);

    // Each verb's preposition by WordTable number.
    private readonly WordNumberMap<string?> _verbsByNumber;

    public FrozenSet<string> FirstNames { get; }

    private readonly ulong[] _verbLengths = new ulong[26];

    /// <summary>
    /// A cheap test that fails for most words of running text: a lower-case ASCII first letter and a length some
    /// speech verb starting with that letter has. Only words passing it are looked up in <see cref="VerbLookup"/>.
    /// </summary>
    public bool MayBeVerb(ReadOnlySpan<char> word) =>
        word.Length is > 0 and < 64 && word[0] is >= 'a' and <= 'z' && (_verbLengths[word[0] - 'a'] & (1UL << word.Length)) != 0;

    /// <summary>
    /// <see cref="FirstNames"/>, <see cref="Titles"/>, <see cref="RoleWords"/> and <see cref="SentenceAdverbs"/> in one
    /// set ignoring case, looked up by span: a word it lacks is in none of them, whichever comparer each uses. Every
    /// capitalised word of a report is tried against those four in turn (PersonNames); most are in none.
    /// </summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameWordLookup { get; }

    /// <summary>
    /// <see cref="NameWordLookup"/> of the word numbered <paramref name="number"/> in <see cref="WordTable"/> (a token's
    /// <see cref="WordToken.WordNumber"/>, numbered after this lexicon was made), without hashing its characters.
    /// </summary>
    public bool IsNameWord(int number) => _nameWordNumbers.Contains(number);

    private readonly WordNumberSet _nameWordNumbers;

    /// <summary><see cref="FirstNames"/> looked up by span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstNameLookup { get; }

    /// <summary><see cref="Titles"/> looked up by span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup { get; }

    /// <summary><see cref="RoleWords"/> looked up by span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleWordLookup { get; }

    public FrozenSet<string> Titles { get; }

    public FrozenSet<string> RoleWords { get; }

    public FrozenSet<string> NonSpeakers { get; }

    public FrozenSet<string> OutletNouns { get; }

    public FrozenSet<string> OutletNames { get; }

    /// <summary><see cref="OutletNouns"/> and <see cref="OutletNames"/> in one set, looked up by span: a clause with none of them names no outlet.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OutletWordLookup { get; }

    /// <summary>
    /// <see cref="OutletWordLookup"/> of the word numbered <paramref name="number"/> in <see cref="WordTable"/> (a token's
    /// <see cref="WordToken.WordNumber"/>, numbered after this lexicon was made), without hashing its characters.
    /// </summary>
    public bool IsOutletWord(int number) => _outletWordNumbers.Contains(number);

    private readonly WordNumberSet _outletWordNumbers;

    private static FrozenSet<string> Words(LanguagePack pack, string file, StringComparer comparer)
    {
        var set = new HashSet<string>(comparer);
        foreach (var f in pack.Entries(file))
        {
            set.UnionWith(LexiconFile.Words(f[0]));
        }

        return set.ToFrozenSet(comparer);
    }
}
