using System.Collections.Frozen;
using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Persons;

/// <summary>The word lists of the person-fates stage, read from a language pack's <c>person-fates.txt</c> and <c>person-words.txt</c>.</summary>
internal sealed class PersonFateLexicon
{
    private readonly FrozenDictionary<string, (Fate, FateForm)>.AlternateLookup<ReadOnlySpan<char>> _cuesBySpan;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _numberWords;
    private readonly LengthsByInitial _numberLengths; // most words asked are no number: turned away without a hash

    private PersonFateLexicon(LanguagePack pack)
    {
        var cues = LanguagePack.Read(pack.Code, "person-fates.txt") ?? [];
        var words = LanguagePack.Read(pack.Code, "person-words.txt") ?? [];
        var forms = new Dictionary<string, (Fate, FateForm)>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in cues)
        {
            if (f.Length >= 3 && Enum.TryParse<Fate>(f[1], ignoreCase: true, out var fate) && Enum.TryParse<FateForm>(f[2], ignoreCase: true, out var form))
            {
                forms[SingleSpaced(f[0])] = (fate, form);
            }
        }

        Cues = forms.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _cuesBySpan = Cues.GetAlternateLookup<ReadOnlySpan<char>>();
        if (Cues.Count > 0)
        {
            CueMatcher = new FateCueMatcher(Cues.Keys);
        }

        Classes = new WordClasses(words, StringComparer.OrdinalIgnoreCase);
        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in LanguagePack.Read(pack.Code, "figure-numbers.txt") ?? [])
        {
            if (f.Length >= 3 && !f[0].Contains(' ', StringComparison.Ordinal) && int.TryParse(f[1], out var min) && f[1] == f[2] && min < 100)
            {
                numbers[f[0]] = min;
            }
        }

        NumberWords = numbers.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _numberWords = NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _numberLengths = new LengthsByInitial(NumberWords.Keys);
        GivenNames = (LanguagePack.Read(pack.Code, "first-names.txt") ?? []).SelectMany(f => LexiconFile.Words(f[0])).ToFrozenSet(StringComparer.Ordinal);
        CueOpenings = Cues.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        // A phrase matches only where its first word's leading run of letters and digits stands as a whole run of the
        // text; a phrase opening with anything else turns the pre-filter off.
        var heads = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in Cues.Keys)
        {
            var end = 0;
            while (end < phrase.Length && UnicodeClasses.IsLetterOrDigit(phrase[end]))
            {
                end++;
            }

            if (end == 0)
            {
                heads = null;
                break;
            }

            heads.Add(phrase[..end]);
        }

        _cueHeads = heads?.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _headLengths = new LengthsByInitial(heads ?? []);

        // The openings numbered in WordTable (which compares ignoring case, as the set): a sentence's shared tokens then say
        // whether one is an opening by their numbers, with no look-up of their characters.
        if (heads is not null)
        {
            foreach (var head in heads)
            {
                var number = WordTable.Add(head);
                if (number >> 6 >= _headNumbers.Length)
                {
                    Array.Resize(ref _headNumbers, Math.Max((number >> 6) + 1, _headNumbers.Length * 2));
                }

                _headNumbers[number >> 6] |= 1UL << number;
            }
        }
    }

    // One bit per WordTable number of a phrase opening.
    private readonly ulong[] _headNumbers = [];

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? _cueHeads;

    // The phrase openings' first letters and lengths: a run opening with an ASCII letter whose length no opening of that
    // letter has is not looked up (about four English words in five).
    private readonly LengthsByInitial _headLengths;

    /// <summary>
    /// False when <see cref="CueMatcher"/> cannot match in <paramref name="text"/>: no run of letters and digits in it
    /// is the opening run of a fate phrase. A cheap test before the matcher, which most sentences fail. A run holding a
    /// cased letter outside ASCII always passes (kept from when a regular expression, whose case folding differs from
    /// the ordinal one there, found the phrases).
    /// </summary>
    public bool MayHaveCue(ReadOnlySpan<char> text)
    {
        if (_cueHeads is not { } heads)
        {
            return true;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (!UnicodeClasses.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var special = false;
            while (i < text.Length && UnicodeClasses.IsLetterOrDigit(text[i]))
            {
                special |= text[i] > '\u007f' && (UnicodeClasses.IsUpper(text[i]) || UnicodeClasses.IsLower(text[i]));
                i++;
            }

            if (special || (_headLengths.MayContain(text[start..i]) && heads.Contains(text[start..i])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="MayHaveCue(ReadOnlySpan{char})"/> of <paramref name="text"/>[<paramref name="span"/>], read from the
    /// body's shared <paramref name="tokens"/> (<see cref="ExtractionContext.Tokens"/>, numbered after this lexicon was
    /// made): the same answer for every text. A run of letters and digits never crosses a token's end, so each run lies in
    /// one token. A token whose number is an opening's is one run equal to it; an ASCII token opening with a letter, or
    /// one opening with a digit without a comma or dot inside, or a token of letters and digits none of them cased outside
    /// ASCII (a Persian word), is one run that is not an opening and holds no cased letter outside ASCII; any other
    /// token (non-ASCII characters, non-spacing marks, "1,500" or "1,500th", one cut by the span's ends) is read as the
    /// text is.
    /// </summary>
    public bool MayHaveCue(string text, TextSpan span, List<WordToken> tokens)
    {
        if (_cueHeads is null)
        {
            return true;
        }

        // Asked of every sentence of every report: the tokens read as a span, and the first one found once.
        var heads = _headNumbers;
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        var first = WordTokenizer.FirstAtOrAfter(all, span.Start);
        for (var k = first; k < all.Length && all[k].Start < span.End; k++)
        {
            var token = all[k];
            if (token.Kind == WordKind.Punct)
            {
                continue; // one character that is neither a letter nor a digit
            }

            var number = token.WordNumber;
            if (number >> 6 < heads.Length && (heads[number >> 6] & (1UL << number)) != 0 && token.End <= span.End)
            {
                return true;
            }

            var word = token.Of(text);
            if (token.End <= span.End && (IsAscii(word) ? char.IsAsciiLetter(word[0]) || word.IndexOfAny(',', '.') < 0 : IsOneUncasedRun(word)))
            {
                continue;
            }

            if (MayHaveCue(text.AsSpan(token.Start, Math.Min(token.End, span.End) - token.Start)))
            {
                return true;
            }
        }

        // A token that starts before the span and runs into it: the part inside, as the text is read.
        return first > 0 && all[first - 1].End > span.Start
            && MayHaveCue(text.AsSpan(span.Start, Math.Min(all[first - 1].End, span.End) - span.Start));
    }

    // System.Text.Ascii.IsValid for a word of a few characters, without its call and vector set-up.
    private static bool IsAscii(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c >= 0x80)
            {
                return false;
            }
        }

        return true;
    }

    // Letters and digits only (no non-spacing mark, comma or dot), none of them a cased letter outside ASCII: one run of the
    // text, and not one that always passes (a Persian word, most often).
    private static bool IsOneUncasedRun(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!UnicodeClasses.IsLetterOrDigit(c) || (c > '\u007f' && (UnicodeClasses.IsUpper(c) || UnicodeClasses.IsLower(c))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Given names (<c>first-names.txt</c>): in a pack without capitals, what opens a person's name.</summary>
    public FrozenSet<string> GivenNames { get; }

    /// <summary>The first word of each fate phrase: never a surname («نیکا کشته شد»).</summary>
    public FrozenSet<string> CueOpenings { get; }

    /// <summary>Fate phrases and the form that says where the person is named.</summary>
    public FrozenDictionary<string, (Fate Fate, FateForm Form)> Cues { get; }

    /// <summary>Finds the fate phrases as whole words, longest first; null for a pack without <c>person-fates.txt</c>.</summary>
    public FateCueMatcher? CueMatcher { get; }

    /// <summary>Word classes: auxiliaries, adverbs, hedges, not-victims, person-nouns, not-names, female, male, pronouns.</summary>
    public WordClasses Classes { get; }

    /// <summary>Number words under 100 ("sixteen" is 16), for ages written as words.</summary>
    public FrozenDictionary<string, int> NumberWords { get; }

    public static PersonFateLexicon For(LanguagePack pack) => pack.Lexicon(static p => new PersonFateLexicon(p));

    /// <summary>The fate and form of a matched phrase (whitespace inside it folded to one space).</summary>
    public (Fate Fate, FateForm Form) Cue(string phrase) => Cue(phrase.AsSpan());

    /// <summary>
    /// <see cref="Cue(string)"/> on a span of the text: a phrase whose words stand one space apart (nearly all) is looked up
    /// in place; otherwise each run of white space (which a phrase's space matches) becomes one space first.
    /// </summary>
    public (Fate Fate, FateForm Form) Cue(ReadOnlySpan<char> phrase)
    {
        var single = true;
        for (var i = 0; i < phrase.Length && single; i++)
        {
            single = !char.IsWhiteSpace(phrase[i]) || (phrase[i] == ' ' && (i + 1 == phrase.Length || !char.IsWhiteSpace(phrase[i + 1])));
        }

        if (single)
        {
            return _cuesBySpan[phrase];
        }

        return Cues[SingleSpaced(phrase)];
    }

    /// <summary>
    /// The words of <paramref name="text"/> one space apart (what <c>string.Join(' ', text.Split(null,
    /// RemoveEmptyEntries))</c> makes): a phrase as the lexicon keys it, a name as the stage writes it. Returns
    /// <paramref name="whole"/> itself when it is the text and already so, and otherwise copies once.
    /// </summary>
    public static string SingleSpaced(ReadOnlySpan<char> text, string? whole = null)
    {
        var trimmed = text.Trim();
        var single = true;
        for (var i = 0; i < trimmed.Length && single; i++)
        {
            // The trimmed text ends in a word, so a space always has a character after it.
            single = !char.IsWhiteSpace(trimmed[i]) || (trimmed[i] == ' ' && !char.IsWhiteSpace(trimmed[i + 1]));
        }

        if (single)
        {
            return whole is not null && whole.Length == trimmed.Length ? whole : new string(trimmed);
        }

        var folded = new System.Text.StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (!char.IsWhiteSpace(c))
            {
                folded.Append(c);
            }
            else if (folded[^1] != ' ')
            {
                folded.Append(' ');
            }
        }

        return folded.ToString();
    }

    /// <summary>A number written in digits or words ("16", "sixteen", "twenty-two"); null when it is neither.</summary>
    public int? Number(string word) => Number(word.AsSpan());

    /// <summary>The same, for a word read in place (the stage's word loops ask it of every word near a fate: no copy).</summary>
    public int? Number(ReadOnlySpan<char> word)
    {
        if (word.Length <= 3 && !word.ContainsAnyExceptInRange('0', '9'))
        {
            return int.Parse(word, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (_numberLengths.MayContain(word) && _numberWords.TryGetValue(word, out var n))
        {
            return n;
        }

        var dash = word.IndexOf('-');
        return dash > 0 && _numberWords.TryGetValue(word[..dash], out var tens) && tens % 10 == 0 && tens >= 20
            && _numberWords.TryGetValue(word[(dash + 1)..], out var ones) && ones is > 0 and < 10 ? tens + ones : null;
    }
}

/// <summary>Where a fate phrase names its person.</summary>
internal enum FateForm
{
    /// <summary>Before it after an auxiliary ("X was executed"), or after it when active ("executed X").</summary>
    Verb,

    /// <summary>Before it as the subject ("X died").</summary>
    Intransitive,

    /// <summary>After "of" ("the execution of X"), or as its owner ("X's arrest", "her arrest").</summary>
    Noun,
}
