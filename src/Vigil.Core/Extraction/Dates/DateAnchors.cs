using System.Collections.Immutable;
using System.Globalization;
using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction.Dates;

/// <summary>
/// Dates a report tells by elapsed time or by the wave of events it follows, from the pack's date-anchors.txt (Persian:
/// «با گذشت شش روز از آغاز اعتراضها», «در چهلمین روز پس از کشته شدن …», «در پنجمین روز اعتراضها», «در روزهای
/// اخیر»، «تا کنون»). Read after the date expressions, against the sentence's own date or else the publication date:
/// <list type="bullet">
/// <item>"N units have passed since X" dates X N units back (a start counts its first day as day one); the date
/// governs only X — the words after «از» up to the clause's end — not the rest of the sentence;</item>
/// <item>"the Nth day after X" dates X N days back, governing X alone;</item>
/// <item>when X is a wave of events or its start, that date is the report's wave start: «در پنجمین روز اعتراضها» is
/// then the start plus four days, and a phrase placing an event within the wave («در روزهای اخیر»، «تا کنون»)
/// dates it from the wave's start to the publication day.</item>
/// </list>
/// A pack with an empty file (English) gets nothing added. Linear in the text's length.
/// </summary>
internal sealed class DateAnchors
{
    private const int MaxScopeWords = 15;

    private readonly HashSet<string> _elapse = new(StringComparer.Ordinal);
    private readonly Phrases _approx = new();
    private readonly HashSet<string> _since = new(StringComparer.Ordinal);
    private readonly HashSet<string> _start = new(StringComparer.Ordinal);
    private readonly Phrases _after = new();
    private readonly Phrases _wave = new();
    private readonly Phrases _recent = new();
    private readonly Dictionary<string, DateUnit> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);
    private readonly string _and;

    // The sets and maps above, looked up by a span of the report: a word is read where it stands, never copied.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _elapseBySpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _sinceBySpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _startBySpan;
    private readonly Dictionary<string, DateUnit>.AlternateLookup<ReadOnlySpan<char>> _unitsBySpan;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _numbersBySpan;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _ordinalsBySpan;

    private DateAnchors(IEnumerable<string[]> entries)
    {
        foreach (var f in entries)
        {
            if (f.Length < 2)
            {
                throw new FormatException($"date anchors: expected ROLE | WORD…: '{string.Join(" | ", f)}'");
            }

            var words = LexiconFile.Words(f[1]);
            var (role, value) = f[0].IndexOf(':', StringComparison.Ordinal) is var c and >= 0 ? (f[0][..c], f[0][(c + 1)..]) : (f[0], "");
            foreach (var w in words)
            {
                var phrase = w.Split('_');
                switch (role)
                {
                    case "elapse": _elapse.Add(w); break;
                    case "approx": _approx.Add(phrase); break;
                    case "since": _since.Add(w); break;
                    case "start": _start.Add(w); break;
                    case "after": _after.Add(phrase); break;
                    case "wave": _wave.Add(phrase); break;
                    case "recent": _recent.Add(phrase); break;
                    case "unit": _units[w] = Enum.Parse<DateUnit>(value, ignoreCase: true); break;
                    case "number": _numbers[w] = int.Parse(value, CultureInfo.InvariantCulture); break;
                    case "ordinal": _ordinals[w] = int.Parse(value, CultureInfo.InvariantCulture); break;
                    case "first": _ordinals[w] = 1; break;
                    default: throw new FormatException($"date anchors: unknown role '{f[0]}'");
                }
            }
        }

        _and = "و";
        _elapseBySpan = _elapse.GetAlternateLookup<ReadOnlySpan<char>>();
        _sinceBySpan = _since.GetAlternateLookup<ReadOnlySpan<char>>();
        _startBySpan = _start.GetAlternateLookup<ReadOnlySpan<char>>();
        _unitsBySpan = _units.GetAlternateLookup<ReadOnlySpan<char>>();
        _numbersBySpan = _numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        _ordinalsBySpan = _ordinals.GetAlternateLookup<ReadOnlySpan<char>>();
        IsEmpty = _elapse.Count == 0 && _after.Count == 0 && _recent.Count == 0;
    }

    /// <summary>True when the pack tells no anchored dates (English).</summary>
    public bool IsEmpty { get; }

    /// <summary>The anchors of <paramref name="pack"/>, read once.</summary>
    public static DateAnchors For(LanguagePack pack) => pack.Lexicon(static p => new DateAnchors(p.Entries("date-anchors.txt")));

    /// <summary>
    /// <paramref name="dates"/> with the anchored dates of <paramref name="text"/> added, in text order. A phrase that
    /// overlaps a date already found is left to that date.
    /// </summary>
    public ImmutableArray<DateMention> Add(string text, ImmutableArray<DateMention> dates, DateOnly? published)
    {
        if (IsEmpty || published is not { } pub)
        {
            return dates;
        }

        var words = Words(text);
        var added = new List<DateMention>();
        PartialDate? waveStart = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Break)
            {
                continue;
            }

            if (Elapsed(text, words, i, dates, pub) is { } elapsed)
            {
                added.Add(elapsed.Mention);
                if (elapsed.IsWave)
                {
                    waveStart ??= elapsed.Mention.Start;
                }

                i = elapsed.Next - 1;
                continue;
            }

            if (After(text, words, i, dates, pub) is { } after)
            {
                added.Add(after.Mention);
                i = after.Next - 1;
                continue;
            }

            if (waveStart is { } ws && WaveDay(text, words, i, ws) is { } day)
            {
                added.Add(day.Mention);
                i = day.Next - 1;
                continue;
            }

            if (waveStart is { } start && Match(text, words, i, _recent) is var n and > 0)
            {
                var span = new TextSpan(words[i].Start, words[i + n - 1].End);
                if (!Overlaps(dates, span))
                {
                    added.Add(new DateMention(span, start, PartialDate.OfDay(pub), IsRelative: true) { IsWave = true });
                }

                i += n - 1;
            }
        }

        if (added.Count == 0)
        {
            return dates;
        }

        return [.. dates.Concat(added).OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End)];
    }

    // "(با|پس از) گذشت [نزدیک به] N روز از [آغاز] X": X dated N units before the anchor.
    private Anchored? Elapsed(string text, List<Word> words, int i, ImmutableArray<DateMention> dates, DateOnly pub)
    {
        if (!_elapseBySpan.Contains(words[i].Of(text)))
        {
            return null;
        }

        var k = SkipApprox(text, words, i + 1);
        if (Number(text, words, k, ordinal: false) is not { } number || number.Next >= words.Count
            || !_unitsBySpan.TryGetValue(words[number.Next].Of(text), out var unit))
        {
            return null;
        }

        k = number.Next + 1;
        if (k >= words.Count || !_sinceBySpan.Contains(words[k].Of(text)))
        {
            return null;
        }

        k++;
        var isStart = k < words.Count && !words[k].Break && _startBySpan.Contains(words[k].Of(text));
        var x = isStart ? k + 1 : k;
        var isWave = isStart || Match(text, words, x, _wave) > 0;
        var anchor = SentenceDate(text, dates, words[i].Start) ?? pub;
        var back = number.Value - (isStart && unit == DateUnit.Day ? 1 : 0);
        var date = Back(anchor, back, unit);
        var span = new TextSpan(words[i].Start, words[k - 1].End);
        if (Overlaps(dates, span))
        {
            return null;
        }

        return new Anchored(new DateMention(span, date, null, IsRelative: true) { Governs = Scope(words, x) }, k, isWave);
    }

    // "[در] چهلمین روز پس از X", "سه روز پس از X": X dated N days before the anchor.
    private Anchored? After(string text, List<Word> words, int i, ImmutableArray<DateMention> dates, DateOnly pub)
    {
        if (Number(text, words, i, ordinal: null) is not { } number || number.Next >= words.Count
            || !_unitsBySpan.TryGetValue(words[number.Next].Of(text), out var unit))
        {
            return null;
        }

        var k = number.Next + 1;
        var n = Match(text, words, k, _after);
        if (n == 0)
        {
            return null;
        }

        var x = k + n;
        var span = new TextSpan(words[i].Start, words[x - 1].End);
        if (Overlaps(dates, span))
        {
            return null;
        }

        var anchor = SentenceDate(text, dates, words[i].Start) ?? pub;
        var date = Back(anchor, number.Value, unit);
        return new Anchored(new DateMention(span, date, null, IsRelative: true) { Governs = Scope(words, x) }, x, false);
    }

    // "[در] پنجمین روز [از] اعتراضها": the wave's start plus N - 1 days.
    private Anchored? WaveDay(string text, List<Word> words, int i, PartialDate waveStart)
    {
        if (waveStart.Precision != DatePrecision.Day || Number(text, words, i, ordinal: true) is not { } number
            || number.Next >= words.Count || !_unitsBySpan.TryGetValue(words[number.Next].Of(text), out var unit) || unit != DateUnit.Day)
        {
            return null;
        }

        var k = number.Next + 1;
        if (k < words.Count && _sinceBySpan.Contains(words[k].Of(text)))
        {
            k++;
        }

        var n = Match(text, words, k, _wave);
        if (n == 0)
        {
            return null;
        }

        var date = PartialDate.OfDay(waveStart.FirstDay.AddDays(number.Value - 1));
        return new Anchored(new DateMention(new TextSpan(words[i].Start, words[number.Next].End), date, null, IsRelative: true), k + n, false);
    }

    private static PartialDate Back(DateOnly anchor, int n, DateUnit unit) => unit switch
    {
        DateUnit.Day => PartialDate.OfDay(anchor.AddDays(-n)),
        DateUnit.Week => PartialDate.OfDay(anchor.AddDays(-7 * n)),
        DateUnit.Month => anchor.AddMonths(-n) is var m ? PartialDate.OfMonth(m.Year, m.Month) : default,
        _ => PartialDate.OfYear(anchor.Year - n),
    };

    // The words X the date governs: from X to the clause's end (a comma or a sentence end), at most MaxScopeWords words.
    private static TextSpan Scope(List<Word> words, int x)
    {
        if (x >= words.Count || words[x].Break)
        {
            return new TextSpan(x < words.Count ? words[x].Start : 0, x < words.Count ? words[x].Start : 0);
        }

        var end = x;
        for (var k = x; k < words.Count && k < x + MaxScopeWords && !words[k].Break; k++)
        {
            end = k;
        }

        return new TextSpan(words[x].Start, words[end].End);
    }

    // The first day-precision date of the sentence holding offset, not counting anchored ones.
    private static DateOnly? SentenceDate(string text, ImmutableArray<DateMention> dates, int offset)
    {
        var start = offset;
        while (start > 0 && text[start - 1] is not ('.' or '?' or '!' or '\n'))
        {
            start--;
        }

        var end = offset;
        while (end < text.Length && text[end] is not ('.' or '?' or '!' or '\n'))
        {
            end++;
        }

        foreach (var d in dates)
        {
            if (d.Span.Start >= start && d.Span.End <= end && d.End is null && d.Start.Precision == DatePrecision.Day)
            {
                return d.Start.FirstDay;
            }
        }

        return null;
    }

    private int SkipApprox(string text, List<Word> words, int k)
    {
        var n = Match(text, words, k, _approx);
        return k + n;
    }

    // A number at words[k]: digits or a cardinal word ("بیست و یک"), or with ordinal true its ordinal ("پنجمین", "۵مین",
    // "بیست و یکمین"); ordinal null takes either.
    private (int Value, int Next)? Number(string text, List<Word> words, int k, bool? ordinal)
    {
        if (k >= words.Count || words[k].Break)
        {
            return null;
        }

        var w = words[k].Of(text);
        int value;
        var isOrdinal = false;
        if (char.IsAsciiDigit(w[0]))
        {
            if (w.Length > 4 || !int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out value))
            {
                return null;
            }

            // "۵مین", "۵ مین", "۵ام": the suffix may be its own word.
            if (k + 1 < words.Count && words[k + 1].Of(text) is "مین" or "امین" or "ام" && words[k + 1].Start <= words[k].End + 1)
            {
                isOrdinal = true;
                k++;
            }
        }
        else if (!Cardinal(w, out value, out isOrdinal))
        {
            return null;
        }

        // "بیست و یک", "بیست و یکمین": tens and units joined by «و».
        if (!isOrdinal && value % 10 == 0 && value is >= 20 and < 100 && k + 2 < words.Count && words[k + 1].Of(text).SequenceEqual(_and)
            && Cardinal(words[k + 2].Of(text), out var units, out var unitsOrdinal) && units < 10)
        {
            value += units;
            isOrdinal = unitsOrdinal;
            k += 2;
        }

        if (ordinal is { } wanted && wanted != isOrdinal)
        {
            return null;
        }

        return (value, k + 1);
    }

    private bool Cardinal(ReadOnlySpan<char> w, out int value, out bool ordinal)
    {
        ordinal = false;
        if (_numbersBySpan.TryGetValue(w, out value))
        {
            return true;
        }

        if (_ordinalsBySpan.TryGetValue(w, out value))
        {
            ordinal = true;
            return true;
        }

        foreach (var suffix in (ReadOnlySpan<string>)["مین", "م"])
        {
            if (w.Length > suffix.Length + 1 && w.EndsWith(suffix, StringComparison.Ordinal) && _numbersBySpan.TryGetValue(w[..^suffix.Length], out value))
            {
                ordinal = true;
                return true;
            }
        }

        return false;
    }

    // The number of words of the longest phrase of phrases starting at words[k]; 0 when none does.
    private static int Match(string text, List<Word> words, int k, Phrases phrases)
    {
        // Asked at every word once a wave is dated: a word that opens no phrase is turned away in one look-up instead of a
        // comparison with each phrase (DateAnchors.Match was 2.2 % of `vigil-extract`'s samples over 6 MB of Persian).
        if (k >= words.Count || words[k].Break || !phrases.MayStartWith(words[k].Of(text)))
        {
            return 0;
        }

        var best = 0;
        foreach (var p in phrases.All)
        {
            if (p.Length <= best || k + p.Length > words.Count)
            {
                continue;
            }

            var ok = true;
            for (var j = 0; j < p.Length && ok; j++)
            {
                ok = !words[k + j].Break && words[k + j].Of(text).SequenceEqual(p[j]);
            }

            if (ok)
            {
                best = p.Length;
            }
        }

        return best;
    }

    private static bool Overlaps(ImmutableArray<DateMention> dates, TextSpan span)
    {
        foreach (var d in dates)
        {
            if (d.Span.Start < span.End && d.Span.End > span.Start)
            {
                return true;
            }
        }

        return false;
    }

    // Words (letters or digits) and clause breaks (any other mark but a space), in text order.
    private static List<Word> Words(string text)
    {
        // About one word or mark per five characters: a list growing from empty copied itself several times per report.
        var words = new List<Word>((text.Length / 4) + 16);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (UnicodeClasses.IsLetter(c))
            {
                var s = i;
                while (i < text.Length && UnicodeClasses.IsLetter(text[i]))
                {
                    i++;
                }

                words.Add(new Word(s, i, false));
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                var s = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                words.Add(new Word(s, i, false));
                continue;
            }

            if (!char.IsWhiteSpace(c) || c == '\n')
            {
                words.Add(new Word(i, i + 1, true));
            }

            i++;
        }

        return words;
    }

    // Phrases of one role, each a list of words, with the set of their first words.
    private sealed class Phrases
    {
        private readonly HashSet<string> _firsts;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstsBySpan;

        public Phrases()
        {
            _firsts = new(StringComparer.Ordinal);
            _firstsBySpan = _firsts.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public List<string[]> All { get; } = [];

        public int Count => All.Count;

        public void Add(string[] phrase)
        {
            All.Add(phrase);
            _firsts.Add(phrase[0]);
        }

        /// <summary>False when no phrase starts with <paramref name="word"/> (compared as <see cref="Match"/> compares, ordinal).</summary>
        public bool MayStartWith(ReadOnlySpan<char> word) => _firstsBySpan.Contains(word);
    }

    private readonly record struct Word(int Start, int End, bool Break)
    {
        public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
    }

    private sealed record Anchored(DateMention Mention, int Next, bool IsWave);
}
