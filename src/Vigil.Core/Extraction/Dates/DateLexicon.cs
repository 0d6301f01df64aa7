using System.Globalization;
using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Dates;

/// <summary>
/// The words and digits the dates stage recognises: month and weekday names, number words, units,
/// relative words ("yesterday", "ago", "last") and cue words ("in", "since"), loaded from a language
/// pack's dates.txt (Data/en/dates.txt, Data/fa/dates.txt; fields described at the top of en/dates.txt).
/// Another language or calendar is added with a new file, not with code.
/// </summary>
public sealed class DateLexicon
{
    // What other languages borrow from the Persian pack: the Solar Hijri month names and the Persian digits, not its grammar words.
    private static readonly Lazy<DateLexicon> PersianLexicon = new(() => Parse(
        LanguagePack.Read("fa", "dates.txt")!.Where(f => f[0] is "digits" || f[0].StartsWith("month:solarhijri", StringComparison.Ordinal)),
        DayOfWeek.Saturday,
        capitalizedNames: false));

    private readonly Dictionary<string, DateWord> _words;
    private readonly Dictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly char[] _zeros;

    private DateLexicon(Dictionary<string, DateWord> words, char[] zeros, DayOfWeek firstDayOfWeek, bool capitalizedNames, FutureBeforeTo? futureBeforeTo = null)
    {
        _futureBeforeTo = futureBeforeTo ?? FutureBeforeTo.None;
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _zeros = zeros;
        FirstDayOfWeek = firstDayOfWeek;
        CapitalizedNames = capitalizedNames;
        MaxWordLength = words.Count == 0 ? 0 : words.Keys.Max(k => k.Length);
        HasCompounds = words.Keys.Any(k => k.Contains(' ', StringComparison.Ordinal));
        _compoundStarts = new WordNumberSet(words.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).Select(k => k[..k.IndexOf(' ', StringComparison.Ordinal)]));
        _initials = new LengthsByInitial(words.Keys);

        // Each word numbered in WordTable, whose words compare ignoring case as this dictionary's keys do: a token of the
        // text numbered after this lexicon was made is a word of it exactly when its number has an entry here.
        _byNumber = new WordNumberMap<DateWord>(words);
    }

    // The entries by their words' numbers in WordTable.
    private readonly WordNumberMap<DateWord> _byNumber;

    // Every word of the text is looked up (DatesStage.Scan): most are turned away by their first letter and length.
    private readonly LengthsByInitial _initials;

    /// <summary>English date words with ASCII digits, weeks starting on Monday.</summary>
    public static DateLexicon English => For(LanguagePack.English);

    /// <summary>
    /// Solar Hijri month names (Persian script and English transliterations) and Persian and
    /// Arabic-Indic digits. It holds no grammar words: combine it, as in <c>English.With(Persian)</c>.
    /// </summary>
    public static DateLexicon Persian => PersianLexicon.Value;

    /// <summary>The day weeks start on, for "last week" (Monday in English usage; Saturday in Iran).</summary>
    public DayOfWeek FirstDayOfWeek { get; }

    /// <summary>True when month and weekday names count only when written with a capital (English).</summary>
    public bool CapitalizedNames { get; }

    /// <summary>Number of words.</summary>
    public int Count => _words.Count;

    internal int MaxWordLength { get; }

    /// <summary>True when some words are two-word compounds ("سه شنبه"), looked up before their first word.</summary>
    internal bool HasCompounds { get; }

    /// <summary>
    /// False when the word numbered <paramref name="number"/> in <see cref="WordTable"/> (a token's
    /// <see cref="WordToken.WordNumber"/>, numbered after this lexicon was made) opens no compound: the scan then does not
    /// look the word and the next up together.
    /// </summary>
    internal bool MayStartCompound(int number) => _compoundStarts.Contains(number);

    // The first words of the compounds. Every Persian word followed by another was looked up with it, hashed ignoring case
    // (a slow path outside ASCII): 1.1 % of `vigil-extract`'s samples over 6 MB of Persian (docs/pipeline/pipeline.md, session 22).
    private readonly WordNumberSet _compoundStarts;

    /// <summary>
    /// The dates lexicon of <paramref name="pack"/> (its dates.txt, with the pack's week start and name case), with the Solar
    /// Hijri month names and Persian digits when the pack's flag <c>solar-hijri-months</c> is yes ("25 Aban 1398" in English).
    /// </summary>
    public static DateLexicon For(LanguagePack pack) =>
        pack.Lexicon(static p =>
        {
            var own = Parse(p.Entries("dates.txt"), p.FirstDayOfWeek, p.CapitalisedNames);
            return p.SolarHijriMonths ? own.With(Persian) : own;
        });

    /// <summary>
    /// Parses dates.txt entries: <c>ROLE | VALUE | WORD WORD…</c>; <c>digits | - | 0 ۰</c> names the zero of each digit set.
    /// </summary>
    /// <exception cref="FormatException">An entry names an unknown role, value or calendar (a programmer error in a lexicon file).</exception>
    internal static DateLexicon Parse(IEnumerable<string[]> entries, DayOfWeek firstDay, bool capitalizedNames)
    {
        var words = new Dictionary<string, DateWord>(StringComparer.OrdinalIgnoreCase);
        var zeros = new List<char>();
        var futureBeforeTo = new Dictionary<string, FutureBeforeToKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var fields in entries)
        {
            if (fields.Length < 3)
            {
                throw new FormatException($"date lexicon: expected ROLE | VALUE | WORD…: '{string.Join(" | ", fields)}'");
            }

            var parts = new[] { fields[0], fields[1] }.Concat(LexiconFile.Words(fields[2])).ToArray();
            var roleName = parts[0];

            // Words read only before "to" (FutureBeforeTo): not date words, so they do not change the scan's tokens.
            if (FutureBeforeTo.KindNamed(roleName) is { } futureKind)
            {
                foreach (var word in parts.Skip(2))
                {
                    futureBeforeTo[word] = futureKind;
                }

                continue;
            }

            IDateCalendar? calendar = null;
            var colon = roleName.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                calendar = CalendarNamed(roleName[(colon + 1)..]);
                roleName = roleName[..colon];
            }

            if (roleName.Equals("digits", StringComparison.OrdinalIgnoreCase))
            {
                zeros.AddRange(parts.Skip(2).Select(p => p[0]));
                continue;
            }

            if (!Enum.TryParse<DateWordRole>(roleName, ignoreCase: true, out var role) || role == DateWordRole.None)
            {
                throw new FormatException($"date lexicon: unknown role '{roleName}'");
            }

            var value = role switch
            {
                DateWordRole.Weekday => (int)Enum.Parse<DayOfWeek>(parts[1], ignoreCase: true),
                DateWordRole.Unit => (int)Enum.Parse<DateUnit>(parts[1], ignoreCase: true),
                DateWordRole.Month or DateWordRole.Number => int.Parse(parts[1], CultureInfo.InvariantCulture),
                _ => 0,
            };

            foreach (var token in parts.Skip(2))
            {
                // "سه_شنبه": an underscore joins the two words of a compound written with a space (or a ZWNJ).
                var ambiguous = token.EndsWith('?');
                words[(ambiguous ? token[..^1] : token).Replace('_', ' ')] = new DateWord(role, value, ambiguous, calendar);
            }
        }

        return new DateLexicon(words, zeros.Count == 0 ? ['0'] : [.. zeros.Distinct()], firstDay, capitalizedNames, new FutureBeforeTo(futureBeforeTo));
    }

    /// <summary>
    /// A lexicon holding this one's words and digits plus <paramref name="other"/>'s (whose entries win
    /// on a clash). Week start and capitalisation stay this lexicon's.
    /// </summary>
    public DateLexicon With(DateLexicon other)
    {
        var words = new Dictionary<string, DateWord>(_words, StringComparer.OrdinalIgnoreCase);
        foreach (var (word, entry) in other._words)
        {
            words[word] = entry;
        }

        return new DateLexicon(words, [.. _zeros.Concat(other._zeros).Distinct()], FirstDayOfWeek, CapitalizedNames, _futureBeforeTo);
    }

    private readonly FutureBeforeTo _futureBeforeTo;

    /// <summary>
    /// True when the words just before a "to" (<paramref name="words"/>, the text of the scan's run of other words that ends
    /// there) make what follows a future: a present form of "be" ("is to be sentenced"), one before a word of the
    /// <c>future-after-be</c> line ("is due to", "are expected to", "is set to"), or a word of the <c>future-to</c> line
    /// ("plans to", "intends to"). The pack's dates.txt lists the words; a pack without the lines has no such futures.
    /// </summary>
    internal bool IsFutureBeforeTo(ReadOnlySpan<char> words) => _futureBeforeTo.Matches(words);

    /// <summary>
    /// The entry of the word numbered <paramref name="number"/> in <see cref="WordTable"/> (a token's
    /// <see cref="WordToken.WordNumber"/>, numbered after this lexicon was made): what <see cref="TryLookup(ReadOnlySpan{char}, out DateWord)"/>
    /// answers for the token's characters, without hashing them.
    /// </summary>
    internal bool TryLookup(int number, out DateWord entry) => _byNumber.TryGetValue(number, out entry);

    internal bool TryLookup(ReadOnlySpan<char> word, out DateWord entry)
    {
        if (word.Length <= MaxWordLength && _initials.MayContain(word))
        {
            return _lookup.TryGetValue(word, out entry);
        }

        entry = default;
        return false;
    }

    /// <summary>
    /// True when the word numbered <paramref name="number"/> in <see cref="WordTable"/> may be part of a date that no digit
    /// is part of: a month, a weekday, a unit ("last week", "two days ago"), a day word ("yesterday", "tonight", "last
    /// night", "this morning"), or a word opening a compound of the lexicon. Every date the parser reads holds a digit or one of these
    /// words; the rest ("in", "the", "last", "a") only join them. A number no word of the lexicon has is false.
    /// </summary>
    internal bool MayAnchorDate(int number) =>
        (_byNumber.TryGetValue(number, out var word) && AnchorsDate(word.Role)) || (HasCompounds && _compoundStarts.Contains(number));

    private static bool AnchorsDate(DateWordRole role) => role is DateWordRole.Month or DateWordRole.Weekday or DateWordRole.Unit
        or DateWordRole.Today or DateWordRole.Yesterday or DateWordRole.BeforeYesterday or DateWordRole.Tomorrow or DateWordRole.Tonight
        or DateWordRole.Night or DateWordRole.DayPart;

    /// <summary>The value 0–9 of a digit of one of the lexicon's digit sets, or -1.</summary>
    internal int DigitValue(char c)
    {
        foreach (var zero in _zeros)
        {
            var v = c - zero;
            if ((uint)v <= 9)
            {
                return v;
            }
        }

        return -1;
    }

    private static IDateCalendar CalendarNamed(string name) => name.ToLowerInvariant() switch
    {
        "gregorian" => GregorianDateCalendar.Instance,
        "solarhijri" => SolarHijriDateCalendar.Instance,
        _ => throw new FormatException($"date lexicon: unknown calendar '{name}'"),
    };
}
