using System.Collections.Immutable;

namespace Vigil.Core.Extraction.Dates;

/// <summary>
/// Reads date expressions from the tokens of one text segment (a run of text without line breaks or
/// quotes/brackets) and resolves them. One instance per report: it carries the last explicit year
/// written, used for partial dates when the publication date is unknown.
/// </summary>
internal sealed class DateExpressionParser
{
    private readonly string _text;
    private readonly DateOnly? _published;
    private readonly DatesOptions _options;
    private readonly DateLexicon _lexicon;
    private readonly IDateCalendar _calendar;
    private readonly ImmutableArray<DateMention>.Builder _results = ImmutableArray.CreateBuilder<DateMention>();
    // Each report runs one to three parsers, and each allocated a 128-token buffer (about 7 KB, a sixth of what the dates
    // stage allocated). A thread lends its spare buffer to the parser it creates and gets it back in ToImmutable; every
    // token is cleared as it is taken (Next), so a lent buffer holds nothing of the last report.
    [ThreadStatic]
    private static DateToken[]? t_spare;

    private DateToken[] _t = Borrow();
    private int _n;
    private int _contextYear;
    private readonly int[] _monthYears = new int[14];
    private IDateCalendar? _contextCalendar;
    private int _lastEnd = -1;
    private bool _setsContext = true;
    private bool _inPassing;
    private int _paragraphYear;
    private int _paragraphYearAt = -2;
    private bool _yearGuessed;
    private int _writtenYear;

    /// <summary>
    /// For an undated report: by paragraph, the latest date that paragraph writes out in full. A day and month with no
    /// year written before them take their most recent occurrence not after their own paragraph's anchor ("on November
    /// 17 … On 2 December 2019" reads 17 November 2019): the paragraph tells days before the last it dates. A paragraph
    /// without one leaves such a date without a year rather than take one from elsewhere in the report. Relative dates
    /// are not resolved against it.
    /// </summary>
    public IReadOnlyDictionary<int, DateOnly>? YearAnchors { get; init; }

    /// <summary>
    /// The report's paragraphs (segmentation stage), for an undated report: a bare year ("in 2019") lends its year to a
    /// later "November 17" only within its own paragraph; a written day or month ("15 November 2019") across paragraphs.
    /// Empty: the text is one paragraph.
    /// </summary>
    public ImmutableArray<Segmentation.Paragraph> Paragraphs { get; init; } = [];

    public DateExpressionParser(string text, DateOnly? published, DatesOptions options)
    {
        _text = text;
        _published = published;
        _options = options;
        _lexicon = options.EffectiveLexicon;
        _calendar = options.Calendar;
    }

    /// <summary>The dates found; the parser's token buffer goes back to its thread for the next parser.</summary>
    public ImmutableArray<DateMention> ToImmutable()
    {
        var results = _results.ToImmutable();
        if (_n == 0 && _t.Length <= MaxSpare)
        {
            t_spare = _t;
            _t = [];
        }

        return results;
    }

    // A buffer grown past this (a report of very long lines) is not kept for the thread's later reports.
    private const int MaxSpare = 1024;

    private static DateToken[] Borrow()
    {
        var spare = t_spare ?? new DateToken[128];
        t_spare = null;
        return spare;
    }

    public void AddWord(int start, int end, DateWord word, bool capitalized)
    {
        ref var t = ref Next();
        t.Start = start;
        t.End = end;
        t.Kind = DateTokenKind.Word;
        t.Word = word;
        t.Capitalized = capitalized;
    }

    public void AddNumber(int start, int end, int value, int digits, bool plain, bool ordinal)
    {
        ref var t = ref Next();
        t.Start = start;
        t.End = end;
        t.Kind = DateTokenKind.Number;
        t.Value = value;
        t.Digits = digits;
        t.Plain = plain;
        t.Ordinal = ordinal;
    }

    public void AddPunctuation(int start, DateTokenKind kind)
    {
        ref var t = ref Next();
        t.Start = start;
        t.End = start + 1;
        t.Kind = kind;
    }

    /// <summary>Adds words that are not date words; consecutive ones collapse into one token.</summary>
    public void AddOther(int start, int end, bool lower)
    {
        if (_n > 0 && _t[_n - 1].Kind == DateTokenKind.Other)
        {
            _t[_n - 1].End = end;
            return;
        }

        ref var t = ref Next();
        t.Start = start;
        t.End = end;
        t.Kind = DateTokenKind.Other;
        t.LowerOther = lower;
    }

    /// <summary>Parses the tokens gathered since the last flush and forgets them.</summary>
    public void Flush()
    {
        var i = 0;
        while (i < _n)
        {
            var end = _t[i].Kind is DateTokenKind.Word or DateTokenKind.Number ? TryAt(i) : -1;
            if (end > i)
            {
                _lastEnd = end;
                i = end;
            }
            else
            {
                i++;
            }
        }

        _n = 0;
        _lastEnd = -1;
    }

    private ref DateToken Next()
    {
        if (_n == _t.Length)
        {
            Array.Resize(ref _t, Math.Max(128, _t.Length * 2));
        }

        ref var t = ref _t[_n++];
        t = default;
        return ref t;
    }

    // ---- token tests -------------------------------------------------------------------------

    private DateWordRole Role(int k) => k < _n ? _t[k].Role : DateWordRole.None;

    private bool Is(int k, DateTokenKind kind) => k < _n && _t[k].Kind == kind;

    private bool Adjacent(int k) => k + 1 < _n && _t[k].End == _t[k + 1].Start;

    private bool IsName(int k, DateWordRole role) =>
        k < _n && _t[k].Kind == DateTokenKind.Word && _t[k].Word.Role == role && (!_lexicon.CapitalizedNames || _t[k].Capitalized);

    private bool IsSmallNumber(int k) => k < _n && _t[k].Kind == DateTokenKind.Number && _t[k].Plain && !_t[k].Ordinal && _t[k].Digits <= 2;

    private bool IsDayNumber(int k) => k < _n && _t[k].Kind == DateTokenKind.Number && _t[k].Plain && _t[k].Digits <= 2 && _t[k].Value is >= 1 and <= 31;

    private bool IsFourDigits(int k) => k < _n && _t[k].Kind == DateTokenKind.Number && _t[k].Plain && !_t[k].Ordinal && _t[k].Digits == 4;

    private bool IsBareYear(int k, IDateCalendar calendar) => IsFourDigits(k) && _t[k].Value >= calendar.MinBareYear && _t[k].Value <= calendar.MaxBareYear;

    // A day number not followed by a month name ("5" in "March 4 and 5, 2022", not in "March 4 and 5 April").
    private bool IsBareDayAt(int k) => k < _n && _t[k].Kind == DateTokenKind.Number && _t[k].Plain && _t[k].Digits <= 2 && _t[k].Value is >= 1 and <= 31
        && !IsName(k + 1, DateWordRole.Month) && !(Role(k + 1) == DateWordRole.Of && IsName(k + 2, DateWordRole.Month));

    private bool IsConnector(int k) => Is(k, DateTokenKind.Dash) || Is(k, DateTokenKind.Slash) || Role(k) is DateWordRole.To or DateWordRole.And or DateWordRole.Or;

    /// <summary>A year right after a month or day: "November 2019", "17 Nov. 2019", "November 17, 2019".</summary>
    private bool TryYearAfter(int k, IDateCalendar calendar, out int year, out int end)
    {
        year = 0;
        end = k;
        if (Is(k, DateTokenKind.Comma))
        {
            // After a comma only a plausible year counts ("November 17, 300 people").
            if (IsBareYear(k + 1, calendar))
            {
                year = _t[k + 1].Value;
                end = k + 2;
                return true;
            }

            return false;
        }

        if (IsFourDigits(k) && _t[k].Value >= 1000)
        {
            year = _t[k].Value;
            end = k + 1;
            return true;
        }

        return false;
    }

    private bool IsFuture(int i)
    {
        var stop = Math.Max(0, i - _options.FutureCueWindow);
        for (var k = i - 1; k >= stop; k--)
        {
            if (_t[k].Kind == DateTokenKind.Dot)
            {
                return false;
            }

            if (_t[k].Role is DateWordRole.Future or DateWordRole.Tomorrow)
            {
                return true;
            }

            // "is due to be sentenced on Sunday", "plans to rally on Friday": the words before a "to" (DateLexicon.IsFutureBeforeTo).
            if (_t[k].Role == DateWordRole.To && k > 0 && _t[k - 1].Kind == DateTokenKind.Other
                && _lexicon.IsFutureBeforeTo(_text.AsSpan(_t[k - 1].Start, _t[k - 1].End - _t[k - 1].Start)))
            {
                return true;
            }
        }

        return false;
    }

    // ---- expressions -------------------------------------------------------------------------

    /// <summary>Tries a date expression starting at token <paramref name="i"/>; returns the token after it, or -1.</summary>
    private int TryAt(int i)
    {
        var j = i;
        var spanStart = i;
        var prep = DateWordRole.None;
        var cue = i >= 2 && _lastEnd == i - 1 && (Role(i - 1) is DateWordRole.And or DateWordRole.Or || Is(i - 1, DateTokenKind.Comma));
        var weakOf = false;
        switch (Role(i))
        {
            case DateWordRole.In or DateWordRole.On or DateWordRole.From or DateWordRole.Between or DateWordRole.Since or DateWordRole.During:
                prep = Role(i);
                cue = true;
                j++;
                break;
            case DateWordRole.Cue or DateWordRole.To:
                cue = true;
                j++;
                spanStart = j;
                break;
            case DateWordRole.Of:
                weakOf = true;
                j++;
                spanStart = j;
                break;
        }

        if (Role(j) == DateWordRole.The)
        {
            cue = true;
            j++;
            if (prep == DateWordRole.None)
            {
                spanStart = j;
            }
        }

        if (j >= _n)
        {
            return -1;
        }

        // "of 1988" is a year unless a lower-case word follows ("a crowd of 2000 protesters").
        if (weakOf && !cue && IsBareYear(j, _calendar) && !(j + 1 < _n && _t[j + 1].Kind == DateTokenKind.Other && _t[j + 1].LowerOther))
        {
            cue = true;
        }

        switch (Role(j))
        {
            case DateWordRole.Early or DateWordRole.Mid or DateWordRole.Late:
            {
                var k = j + 1;
                if (Is(k, DateTokenKind.Dash))
                {
                    k++;
                }

                var end = TryDate(spanStart, k, prep, cue: true, requireDay: false, allowDay: false);
                return end > 0 ? end : -1;
            }

            case DateWordRole.Season:
            {
                var k = j + 1;
                if (Role(k) == DateWordRole.Of)
                {
                    k++;
                }

                if (IsBareYear(k, _calendar))
                {
                    _setsContext = prep != DateWordRole.None;
                    return EmitResolved(spanStart, k + 1, new DatePiece { Calendar = _calendar, Year = _t[k].Value, End = k + 1 }, relative: false);
                }

                return -1;
            }
        }

        // "Thursday, January 14, 2021": the weekday joins the date.
        if (IsName(j, DateWordRole.Weekday))
        {
            var k = j + 1;
            if (Is(k, DateTokenKind.Comma))
            {
                k++;
            }

            var end = TryDate(spanStart, k, prep, cue: true, requireDay: true, allowDay: true);
            if (end > 0)
            {
                return end;
            }
        }

        // "سال ۱۴۰۱": a year after the word for year; one the Solar calendar can hold (1279–1479) is Solar Hijri.
        if (Role(j) == DateWordRole.Unit && (DateUnit)_t[j].Word.Value == DateUnit.Year && Is(j + 1, DateTokenKind.Number) && _t[j + 1].Digits == 4)
        {
            var year = _t[j + 1].Value;
            var calendar = year >= SolarHijriDateCalendar.Instance.MinBareYear && year <= SolarHijriDateCalendar.Instance.MaxBareYear
                ? SolarHijriDateCalendar.Instance
                : _calendar;
            if (year >= calendar.MinBareYear && year <= calendar.MaxBareYear)
            {
                return EmitResolved(j, j + 2, new DatePiece { Calendar = calendar, Year = year, End = j + 2 }, relative: false);
            }
        }

        var rel = TryRelative(spanStart, j);
        if (rel != 0)
        {
            return rel;
        }

        return TryDate(spanStart, j, prep, cue, requireDay: false, allowDay: true);
    }

    /// <summary>An absolute or partial date or range starting at token <paramref name="j"/>.</summary>
    private int TryDate(int spanStart, int j, DateWordRole prep, bool cue, bool requireDay, bool allowDay)
    {
        if (!TryPiece(j, cue, allowBareDay: true, out var a))
        {
            return -1;
        }

        var end = a.End;
        var hasRange = false;
        DatePiece b = default;
        if (IsConnector(end))
        {
            var connector = end;
            var allowed = Role(connector) switch
            {
                // "between 4 and 9 March"; a list of days read as their span ("4 and 5 March", "March 4 and 5"); two months ("May and June 2021").
                DateWordRole.And => prep == DateWordRole.Between || a.IsBareDay || (a.Day > 0 && a.Month > 0 && a.Year == 0 && IsBareDayAt(connector + 1))
                    || (a.Day == 0 && a.Month > 0 && a.Year == 0 && IsName(connector + 1, DateWordRole.Month)),
                DateWordRole.Or => a.Day == 0,
                _ => !Is(connector, DateTokenKind.Slash) || (a.Day == 0 && a.Year == 0),
            };
            // "from late February to early April": a part of the month before the second month reads as that month.
            var second = a.Day == 0 && Role(connector + 1) is DateWordRole.Early or DateWordRole.Mid or DateWordRole.Late ? connector + 2 : connector + 1;
            if (allowed && TryPiece(second, cue: true, allowBareDay: a.Day > 0 && a.Month > 0, out b) && Combine(ref a, ref b))
            {
                hasRange = true;
                end = b.End;
            }
        }

        if (a.IsBareDay || (a.IsYearOnly && !cue && !hasRange) || (requireDay && a.Day == 0) || (!allowDay && (a.Day > 0 || (hasRange && b.Day > 0))))
        {
            return -1;
        }

        // "the 1988 massacre", "the January 2018 uprising" name a date in passing (between "the" and a lower-case noun);
        // they do not set the year of later partial dates.
        _inPassing = prep == DateWordRole.None && spanStart > 0 && Role(spanStart - 1) == DateWordRole.The && Is(end, DateTokenKind.Other) && _t[end].LowerOther;
        _setsContext = !_inPassing && (prep != DateWordRole.None || a.Month > 0);
        return hasRange ? EmitResolvedRange(spanStart, end, a, b) : EmitResolved(spanStart, end, a, a.Year == 0);
    }

    /// <summary>One date as written: "November 17, 2019", "17 Nov.", "2019-11-17", "November 2019", "July", "2018", "15" (a bare day).</summary>
    private bool TryPiece(int j, bool cue, bool allowBareDay, out DatePiece p)
    {
        p = new DatePiece { Calendar = _calendar };
        if (j >= _n)
        {
            return false;
        }

        var tok = _t[j];
        if (tok.Kind == DateTokenKind.Number && tok.Plain)
        {
            if (tok.Digits == 4 && !tok.Ordinal)
            {
                // 2019-11-17, 2019/11/17
                if (Adjacent(j) && (Is(j + 1, DateTokenKind.Dash) || Is(j + 1, DateTokenKind.Slash)) && Adjacent(j + 1) && IsSmallNumber(j + 2))
                {
                    if (Adjacent(j + 2) && Is(j + 3, _t[j + 1].Kind) && Adjacent(j + 3) && IsSmallNumber(j + 4)
                        && _calendar.TryToDate(tok.Value, _t[j + 2].Value, _t[j + 4].Value, out _))
                    {
                        p.Year = tok.Value;
                        p.Month = _t[j + 2].Value;
                        p.Day = _t[j + 4].Value;
                        p.End = j + 5;
                        return true;
                    }

                    return false;
                }

                // 2019/Mar/12, 2019-Nov-16: the month's name between a year and a day, all written together.
                if (IsJoinedMonth(j + 1) && Is(j + 3, _t[j + 1].Kind) && Glued(j + 3) && IsDayNumber(j + 4)
                    && TryJoinedDate(tok.Value, j + 2, _t[j + 4].Value, j + 5, ref p))
                {
                    return true;
                }

                var startsRange = (Is(j + 1, DateTokenKind.Dash) || Role(j + 1) == DateWordRole.To) && IsBareYear(j + 2, _calendar);
                if (IsBareYear(j, _calendar) && (cue || startsRange))
                {
                    p.Year = tok.Value;
                    p.End = j + 1;
                    return true;
                }

                return false;
            }

            if (tok.Digits > 2 || tok.Value is < 1 or > 31)
            {
                return false;
            }

            // 17/11/2019 (only when one reading is possible, unless DayFirst says which)
            if (!tok.Ordinal && Adjacent(j) && Is(j + 1, DateTokenKind.Slash) && Adjacent(j + 1) && IsSmallNumber(j + 2)
                && Adjacent(j + 2) && Is(j + 3, DateTokenKind.Slash) && Adjacent(j + 3) && IsFourDigits(j + 4))
            {
                return TryNumericDate(tok.Value, _t[j + 2].Value, _t[j + 4].Value, j + 5, ref p);
            }

            // 12-March-2019, 04/Dec/2021: a day, the month's name and a year written together.
            if (!tok.Ordinal && IsJoinedMonth(j + 1) && Is(j + 3, _t[j + 1].Kind) && Glued(j + 3) && IsFourDigits(j + 4)
                && TryJoinedDate(_t[j + 4].Value, j + 2, tok.Value, j + 5, ref p))
            {
                return true;
            }

            var k = j + 1;
            if (Role(k) == DateWordRole.Of)
            {
                k++;
            }

            if (IsName(k, DateWordRole.Month) || (IsLowerMonth(k) && TryYearAfter(k + 1, _t[k].Word.Calendar ?? _calendar, out _, out _)))
            {
                p.Calendar = _t[k].Word.Calendar ?? _calendar;
                p.Month = _t[k].Word.Value;
                p.Day = tok.Value;
                k++;
                p.End = k;

                // The period of "17 Nov. 2019" belongs to the date; a sentence's final period does not.
                if (TryYearAfter(Is(k, DateTokenKind.Dot) ? k + 1 : k, p.Calendar, out var year, out var afterYear))
                {
                    p.Year = year;
                    p.End = afterYear;
                }

                return true;
            }

            if (allowBareDay)
            {
                p.Day = tok.Value;
                p.End = j + 1;
                if (TryYearAfter(j + 1, _calendar, out var year, out var afterYear))
                {
                    p.Year = year;
                    p.End = afterYear;
                }

                return true;
            }

            return false;
        }

        // "november 16, 2019", "november 2019": a month's name in lower case needs its year written with it.
        if (!IsName(j, DateWordRole.Month) && !(IsLowerMonth(j)
            && (TryYearAfter(j + 1, tok.Word.Calendar ?? _calendar, out _, out _)
                || (IsDayNumber(j + 1) && TryYearAfter(j + 2, tok.Word.Calendar ?? _calendar, out _, out _)))))
        {
            return false;
        }

        p.Calendar = tok.Word.Calendar ?? _calendar;
        p.Month = tok.Word.Value;

        // March/12/2019, Mar-2019: the month's name and a day and year, or a year, written together.
        if (Glued(j + 1))
        {
            if (IsDayNumber(j + 2) && Is(j + 3, _t[j + 1].Kind) && Glued(j + 3) && IsFourDigits(j + 4)
                && TryJoinedDate(_t[j + 4].Value, j, _t[j + 2].Value, j + 5, ref p))
            {
                return true;
            }

            if (IsBareYear(j + 2, p.Calendar) && !(Adjacent(j + 2) && Is(j + 3, _t[j + 1].Kind)))
            {
                p.Year = _t[j + 2].Value;
                p.End = j + 3;
                return true;
            }
        }

        var m = j + 1;
        if (Is(m, DateTokenKind.Dot))
        {
            m++;
        }

        if (IsDayNumber(m) && !(m + 1 < _n && _t[m + 1].Kind == DateTokenKind.Word && _t[m + 1].Word.Role == DateWordRole.Unit))
        {
            p.Day = _t[m].Value;
            p.End = m + 1;
            if (TryYearAfter(m + 1, p.Calendar, out var year, out var afterYear))
            {
                p.Year = year;
                p.End = afterYear;
            }

            return true;
        }

        if (TryYearAfter(m, p.Calendar, out var monthYear, out var afterMonthYear))
        {
            p.Year = monthYear;
            p.End = afterMonthYear;
            return true;
        }

        // A month alone: "May", "March" and abbreviations need a cue or a month range ("Dec/Jan").
        if (tok.Word.Ambiguous && !cue && !(IsConnector(m) && IsName(m + 1, DateWordRole.Month)))
        {
            return false;
        }

        p.End = j + 1;
        return true;
    }

    /// <summary>
    /// A month's name written in lower case where the pack writes names with a capital ("16th november, 2019"), and never
    /// anything but a month (not "may", "march"): a month only with a year written right after it or after its day.
    /// </summary>
    private bool IsLowerMonth(int k) => _lexicon.CapitalizedNames && k < _n && _t[k].Kind == DateTokenKind.Word
        && _t[k].Word.Role == DateWordRole.Month && !_t[k].Capitalized && !_t[k].Word.Ambiguous;

    // A dash or slash written against the tokens on both sides ("12-March", "Mar/2019").
    private bool Glued(int k) => k > 0 && k + 1 < _n && (Is(k, DateTokenKind.Dash) || Is(k, DateTokenKind.Slash))
        && _t[k - 1].End == _t[k].Start && Adjacent(k);

    // A dash or slash at k glued to a month's name after it: the "-March" of "12-March-2019".
    private bool IsJoinedMonth(int k) => Glued(k) && IsName(k + 1, DateWordRole.Month) && Adjacent(k + 1);

    /// <summary>A day, month (the name at token <paramref name="monthToken"/>) and year written together, when they make a day.</summary>
    private bool TryJoinedDate(int year, int monthToken, int day, int end, ref DatePiece p)
    {
        var calendar = _t[monthToken].Word.Calendar ?? _calendar;
        var month = _t[monthToken].Word.Value;
        if (!calendar.TryToDate(year, month, day, out _))
        {
            return false;
        }

        p.Calendar = calendar;
        p.Year = year;
        p.Month = month;
        p.Day = day;
        p.End = end;
        return true;
    }

    private bool TryNumericDate(int first, int second, int year, int end, ref DatePiece p)
    {
        int day, month;
        if (first == second || (first > 12 && second <= 12))
        {
            (day, month) = (first, second);
        }
        else if (second > 12 && first <= 12)
        {
            (day, month) = (second, first);
        }
        else if (_options.DayFirst is bool dayFirst)
        {
            (day, month) = dayFirst ? (first, second) : (second, first);
        }
        else
        {
            return false;
        }

        if (!_calendar.TryToDate(year, month, day, out _))
        {
            return false;
        }

        p.Year = year;
        p.Month = month;
        p.Day = day;
        p.End = end;
        return true;
    }

    /// <summary>Fills the parts one side of a range takes from the other ("15 to 18 November 2019"); false when they do not fit.</summary>
    private static bool Combine(ref DatePiece a, ref DatePiece b)
    {
        if (b.IsBareDay)
        {
            if (a.Month == 0)
            {
                return false;
            }

            b.Month = a.Month;
            b.Calendar = a.Calendar;
        }

        if (a.IsBareDay)
        {
            if (b.Month == 0)
            {
                return false;
            }

            a.Month = b.Month;
            a.Calendar = b.Calendar;
        }

        if (!ReferenceEquals(a.Calendar, b.Calendar) || (a.Month == 0 && b.Month > 0 && a.Year == 0))
        {
            return false;
        }

        if (a.Year == 0 && b.Year > 0)
        {
            a.Year = b.Year;
            if (a.Key > b.Key)
            {
                a.Year--;
            }
        }
        else if (b.Year == 0 && a.Year > 0)
        {
            b.Year = a.Year;
            if (b.Key < a.Key && b.Month > 0)
            {
                b.Year++;
            }
        }

        return a.Year == 0 || a.Key <= b.Key || (a.Year < b.Year);
    }

    // ---- relative expressions ------------------------------------------------------------------

    /// <summary>
    /// "today", "yesterday", "on Thursday", "last week", "two days ago", "earlier this month" …
    /// Returns the token after the expression, -1 when it names a relative date that cannot be
    /// resolved (no publication date), 0 when there is none here.
    /// </summary>
    private int TryRelative(int spanStart, int j)
    {
        var role = Role(j);

        // "هفته گذشته", "ماه آینده": the unit before last / next (Persian order). In a verb-final pack a unit with no count
        // before "ago" is the last one too («هفته پیش»، «ماه قبل»): a count would have been read at its own position.
        var lastByAgo = Role(j + 1) == DateWordRole.Ago && _options.Language.VerbFinal;
        if (role == DateWordRole.Unit && (Role(j + 1) is DateWordRole.Last or DateWordRole.Next || lastByAgo) && (DateUnit)_t[j].Word.Value != DateUnit.Day)
        {
            return _published is DateOnly p0
                ? EmitPeriod(spanStart, j + 2, p0, (DateUnit)_t[j].Word.Value, Role(j + 1) == DateWordRole.Next ? 1 : -1, earlier: false)
                : -1;
        }

        if (role == DateWordRole.BeforeYesterday)
        {
            return _published is DateOnly p1 ? EmitDays(spanStart, j + 1, p1.AddDays(-2), null) : -1;
        }

        var isWeekday = IsName(j, DateWordRole.Weekday);
        var isCount = (role == DateWordRole.Number || (Is(j, DateTokenKind.Number) && _t[j].Plain && !_t[j].Ordinal && _t[j].Digits <= 3))
            && Role(j + 1) == DateWordRole.Unit && Role(j + 2) == DateWordRole.Ago;
        if (!isWeekday && !isCount && role is not (DateWordRole.Today or DateWordRole.Yesterday or DateWordRole.Tomorrow or DateWordRole.Tonight
            or DateWordRole.Earlier or DateWordRole.Last or DateWordRole.Next or DateWordRole.This))
        {
            return 0;
        }

        if (_published is not DateOnly pub)
        {
            return isWeekday || isCount || role is DateWordRole.Today or DateWordRole.Yesterday or DateWordRole.Tomorrow or DateWordRole.Tonight ? -1 : 0;
        }

        switch (role)
        {
            case DateWordRole.Today or DateWordRole.Tonight:
                return EmitDays(spanStart, j + 1, pub, null);
            case DateWordRole.Yesterday:
                return EmitDays(spanStart, j + 1, pub.AddDays(-1), null);
            case DateWordRole.Tomorrow:
                return EmitDays(spanStart, j + 1, pub.AddDays(1), null);
        }

        if (isWeekday)
        {
            // "Friday prayers", "the Friday sermon": the weekday names a weekly institution, not a day.
            if (Is(j + 1, DateTokenKind.Other) && _t[j + 1].LowerOther && IsInstitutionAfterWeekday(_t[j + 1].Start))
            {
                return -1;
            }

            // "‘Bloody Friday’", "the Black Friday sales": a capitalised word opening a quotation or after "the" makes
            // the weekday part of a name, not a day.
            if (IsNamedWeekday(_t[j].Start))
            {
                return -1;
            }

            var target = (DayOfWeek)_t[j].Word.Value;
            var future = IsFuture(spanStart);
            var day = future ? OnOrAfter(pub, target) : OnOrBefore(pub, target);

            // "Throughout Sunday and Monday", "from Saturday to Monday": two weekdays joined name the days from the
            // first to the second, the last one on or before publication (after it, for a future).
            if (Role(j + 1) is DateWordRole.And or DateWordRole.To && IsName(j + 2, DateWordRole.Weekday) && !IsNamedWeekday(_t[j + 2].Start))
            {
                var second = (DayOfWeek)_t[j + 2].Word.Value;
                var last = future ? OnOrAfter(day, second) : OnOrBefore(pub, second);
                var first = future ? day : OnOrBefore(last, target);
                return EmitDays(spanStart, j + 3, first, first == last ? null : last);
            }

            return EmitDays(spanStart, j + 1, day, null);
        }

        if (isCount)
        {
            var count = role == DateWordRole.Number ? _t[j].Word.Value : _t[j].Value;
            return EmitAgo(spanStart, j + 3, pub, (DateUnit)_t[j + 1].Word.Value, count);
        }

        if (role == DateWordRole.Earlier)
        {
            return Role(j + 1) == DateWordRole.This && Role(j + 2) == DateWordRole.Unit
                ? EmitPeriod(spanStart, j + 3, pub, (DateUnit)_t[j + 2].Word.Value, 0, earlier: true)
                : 0;
        }

        // last / next / this + weekday, unit, month or "night".
        var k = j + 1;
        var step = role switch { DateWordRole.Last => -1, DateWordRole.Next => 1, _ => 0 };
        if (IsName(k, DateWordRole.Weekday))
        {
            var target = (DayOfWeek)_t[k].Word.Value;
            var day = step switch
            {
                -1 => OnOrBefore(pub.AddDays(-1), target),
                1 => OnOrAfter(pub.AddDays(1), target),
                _ => IsFuture(spanStart) ? OnOrAfter(pub, target) : OnOrBefore(pub, target),
            };
            return EmitDays(spanStart, k + 1, day, null);
        }

        if (Role(k) == DateWordRole.Unit && (DateUnit)_t[k].Word.Value != DateUnit.Day)
        {
            return EmitPeriod(spanStart, k + 1, pub, (DateUnit)_t[k].Word.Value, step, earlier: false);
        }

        if (Role(k) == DateWordRole.Night && step == -1)
        {
            return EmitDays(spanStart, k + 1, pub.AddDays(-1), null);
        }

        // "this night", "this morning", "this afternoon": the day of publication.
        if (Role(k) is DateWordRole.Night or DateWordRole.DayPart && step == 0)
        {
            return EmitDays(spanStart, k + 1, pub, null);
        }

        if (IsName(k, DateWordRole.Month) && !(IsDayNumber(k + 1) || IsFourDigits(k + 1)))
        {
            var calendar = _t[k].Word.Calendar ?? _calendar;
            var (py, pm, _) = calendar.FromDate(pub);
            var month = _t[k].Word.Value;
            var year = step switch
            {
                -1 => month < pm ? py : py - 1,
                1 => month > pm ? py : py + 1,
                _ => py,
            };
            return EmitResolved(spanStart, k + 1, new DatePiece { Calendar = calendar, Year = year, Month = month, End = k + 1 }, relative: true);
        }

        return 0;
    }

    private static DateOnly OnOrBefore(DateOnly day, DayOfWeek target) => day.AddDays(-(((int)day.DayOfWeek - (int)target + 7) % 7));

    private static DateOnly OnOrAfter(DateOnly day, DayOfWeek target) => day.AddDays(((int)target - (int)day.DayOfWeek + 7) % 7);

    private DateOnly WeekStart(DateOnly day) => OnOrBefore(day, _lexicon.FirstDayOfWeek);

    private int EmitAgo(int spanStart, int end, DateOnly pub, DateUnit unit, int count)
    {
        switch (unit)
        {
            case DateUnit.Day:
                return EmitDays(spanStart, end, pub.AddDays(-count), null);
            case DateUnit.Week:
                var start = WeekStart(pub.AddDays(-7 * count));
                return EmitDays(spanStart, end, start, start.AddDays(6));
            default:
                return EmitPeriod(spanStart, end, pub, unit, -count, earlier: false);
        }
    }

    /// <summary>The week, month or year <paramref name="step"/> periods from the one holding the publication date.</summary>
    private int EmitPeriod(int spanStart, int end, DateOnly pub, DateUnit unit, int step, bool earlier)
    {
        switch (unit)
        {
            case DateUnit.Week:
            {
                var start = WeekStart(pub).AddDays(7 * step);
                var last = step == 0 ? pub : start.AddDays(6);
                return EmitDays(spanStart, end, start, last == start ? null : last);
            }

            case DateUnit.Month:
            {
                var (y, m, _) = _calendar.FromDate(pub);
                var total = (y * 12) + (m - 1) + step;
                return EmitResolved(spanStart, end, new DatePiece { Calendar = _calendar, Year = total / 12, Month = (total % 12) + 1, End = end }, relative: true);
            }

            case DateUnit.Year:
            {
                var (y, _, _) = _calendar.FromDate(pub);
                return EmitResolved(spanStart, end, new DatePiece { Calendar = _calendar, Year = y + step, End = end }, relative: true);
            }

            default:
                return earlier ? 0 : -1;
        }
    }

    // ---- resolution and output ---------------------------------------------------------------

    /// <summary>Gives a piece without a year the year of its most recent occurrence not after <paramref name="anchor"/> (or the first on or after it, forward).</summary>
    private static bool ResolveAgainst(ref DatePiece p, IDateCalendar calendar, DateOnly anchor, bool forward)
    {
        var (ay, am, ad) = calendar.FromDate(anchor);
        var after = p.Month > am || (p.Month == am && p.Day > ad);
        var before = p.Month < am || (p.Month == am && p.Day > 0 && p.Day < ad);
        var year = forward ? (before ? ay + 1 : ay) : (after ? ay - 1 : ay);

        // 29 February: step to the nearest year that has it.
        for (var tries = 0; p.Day > 0 && p.Day > calendar.DaysInMonth(year, p.Month) && tries < 8; tries++)
        {
            year += forward ? 1 : -1;
        }

        if (calendar.DaysInMonth(year, p.Month) == 0 || (p.Day > 0 && p.Day > calendar.DaysInMonth(year, p.Month)))
        {
            return false;
        }

        p.Year = year;
        return true;
    }

    private bool ResolveYear(ref DatePiece p, int spanStart)
    {
        // "the protests in November 2019 … the November protests": a month written before with its year keeps it.
        if (p.Month is > 0 and <= 13 && _monthYears[p.Month] > 0 && ReferenceEquals(_contextCalendar, p.Calendar)
            && (p.Day == 0 || p.Day <= p.Calendar.DaysInMonth(_monthYears[p.Month], p.Month)))
        {
            p.Year = _monthYears[p.Month];
            return true;
        }

        if (_published is DateOnly pub)
        {
            return ResolveAgainst(ref p, p.Calendar, pub, _options.FutureCueWindow > 0 && IsFuture(spanStart));
        }

        if (!_options.YearFromContext)
        {
            return false;
        }

        // The latest year the text ties to it: written before in the same paragraph, or of a day or month written before
        // anywhere ("15 November 2019 … On 2 December": the text's own timeline, carried across paragraphs). Older years
        // are background ("the Shah, toppled in 1979") and do not win over a later one.
        var paragraph = ParagraphOf(_t[spanStart].Start);
        var told = Math.Max(_paragraphYearAt == paragraph ? _paragraphYear : 0, _writtenYear);
        if (told > 0 && ReferenceEquals(_contextCalendar, p.Calendar))
        {
            p.Year = told;
            return p.Day == 0 || p.Day <= p.Calendar.DaysInMonth(p.Year, p.Month);
        }

        // Else the latest full date its own paragraph writes, later on.
        if (YearAnchors is not null && YearAnchors.TryGetValue(paragraph, out var anchor))
        {
            return ResolveAgainst(ref p, p.Calendar, anchor, forward: false);
        }

        // Elsewhere in the report: a bare year written before ("since 2016"), else the latest full date written after. A
        // guess the text does not tie to this date; the mention says so (YearGuessed).
        _yearGuessed = true;
        if (_contextYear > 0 && ReferenceEquals(_contextCalendar, p.Calendar))
        {
            p.Year = _contextYear;
            return p.Day == 0 || p.Day <= p.Calendar.DaysInMonth(p.Year, p.Month);
        }

        if (YearAnchors is { Count: > 0 })
        {
            return ResolveAgainst(ref p, p.Calendar, YearAnchors.Values.Max(), forward: false);
        }

        return false;
    }

    private bool IsNamedWeekday(int weekday)
    {
        var i = weekday - 1;
        if (i < 1 || _text[i] != ' ')
        {
            return false;
        }

        var end = i;
        while (i > 0 && end - i < 40 && char.IsLetter(_text[i - 1]))
        {
            i--;
        }

        if (i == end || !char.IsUpper(_text[i]) || i == 0)
        {
            return false;
        }

        var before = _text[i - 1];
        if (before is '"' or '“' or '‘' or '\'' or '«')
        {
            // The quotation closes with the weekday ("‘Bloody Friday’", "“Black Friday,”"), so it is the name.
            var after = weekday;
            while (after < _text.Length && after - weekday < 12 && char.IsLetter(_text[after]))
            {
                after++;
            }

            for (var k = after; k < Math.Min(_text.Length, after + 2); k++)
            {
                if (_text[k] is '"' or '”' or '’' or '\'' or '»')
                {
                    return true;
                }

                if (_text[k] is not (',' or '.'))
                {
                    break;
                }
            }

            return false;
        }

        // After the pack's definite article ("the Black Friday shooting"): the word before, read as the dates lexicon reads it.
        if (before != ' ')
        {
            return false;
        }

        var articleEnd = i - 1;
        var article = articleEnd;
        while (article > 0 && articleEnd - article < 40 && char.IsLetter(_text[article - 1]))
        {
            article--;
        }

        return article < articleEnd && (article == 0 || !char.IsLetter(_text[article - 1]))
            && _lexicon.TryLookup(_text.AsSpan(article, articleEnd - article), out var word) && word.Role == DateWordRole.The;
    }

    private bool IsInstitutionAfterWeekday(int start)
    {
        var rest = _text.AsSpan(start, Math.Min(7, _text.Length - start));
        return rest.StartsWith("prayer", StringComparison.Ordinal) || rest.StartsWith("sermon", StringComparison.Ordinal)
            || rest.StartsWith("imam", StringComparison.Ordinal) || rest.StartsWith("market", StringComparison.Ordinal);
    }

    // The latest year written so far, not the last: a story moves forward and its older years are background
    // ("the Shah, toppled in 1979", "the summer of 1988") that should not date a later "November 17".
    // The paragraph's own latest year is kept apart: only it, or the same month written with its year, dates an undated
    // report's "3rd January" without a guess.
    private void SetContextYear(int year, int month, IDateCalendar calendar, int offset)
    {
        if (month is > 0 and <= 13 && ReferenceEquals(_contextCalendar ?? calendar, calendar))
        {
            _monthYears[month] = year;
        }

        var paragraph = ParagraphOf(offset);
        _paragraphYear = paragraph == _paragraphYearAt ? Math.Max(_paragraphYear, year) : year;
        _paragraphYearAt = paragraph;
        if (month > 0 && ReferenceEquals(_contextCalendar ?? calendar, calendar))
        {
            _writtenYear = Math.Max(_writtenYear, year);
        }

        if (!ReferenceEquals(_contextCalendar, calendar) || year > _contextYear)
        {
            _contextYear = year;
            _contextCalendar = calendar;
        }
    }

    private int EmitResolved(int spanStart, int end, DatePiece a, bool relative)
    {
        var inPassing = _inPassing;
        _inPassing = false;
        _yearGuessed = false;
        if (a.Year == 0 && !ResolveYear(ref a, spanStart))
        {
            return -1;
        }

        if (Window(a.ToCalendarDate()) is not var (first, last))
        {
            return -1;
        }

        if (!relative && _setsContext)
        {
            SetContextYear(a.Year, a.Month, a.Calendar, _t[spanStart].Start);
        }

        Add(spanStart, end, first, first == last ? null : last, relative, inPassing);
        return end;
    }

    private int EmitResolvedRange(int spanStart, int end, DatePiece a, DatePiece b)
    {
        var inPassing = _inPassing;
        _inPassing = false;
        _yearGuessed = false;
        var relative = false;
        if (b.Year == 0)
        {
            if (!ResolveYear(ref b, spanStart))
            {
                return -1;
            }

            relative = true;
        }

        if (a.Year == 0)
        {
            if (!b.Calendar.TryToDate(b.Year, Math.Max(b.Month, 1), Math.Max(b.Day, 1), out var anchor)
                || !ResolveAgainst(ref a, a.Calendar, anchor, forward: false))
            {
                return -1;
            }

            relative = true;
        }

        if (Window(a.ToCalendarDate()) is not var (first, _) || Window(b.ToCalendarDate()) is not var (_, last) || first.FirstDay > last.LastDay)
        {
            return -1;
        }

        if (!relative && _setsContext)
        {
            SetContextYear(b.Year, b.Month, b.Calendar, _t[spanStart].Start);

            // "in February and March 2018" writes February 2018 too: a later "On 19 February" keeps that year.
            if (a.Month is > 0 and <= 13 && a.Month != b.Month && ReferenceEquals(a.Calendar, b.Calendar) && ReferenceEquals(_contextCalendar, a.Calendar))
            {
                _monthYears[a.Month] = a.Year;
            }
        }

        Add(spanStart, end, first, last, relative, inPassing);
        return end;
    }

    /// <summary>The first and last <see cref="PartialDate"/> a calendar date covers (the same value for Gregorian dates).</summary>
    private static (PartialDate First, PartialDate Last)? Window(CalendarDate d)
    {
        var calendar = d.Calendar;
        if (d.Year is < 1 or > 9999)
        {
            return null;
        }

        if (calendar.IsGregorian)
        {
            PartialDate? p = d.Day > 0 ? PartialDate.TryOfDay(d.Year, d.Month, d.Day)
                : d.Month is >= 1 and <= 12 ? PartialDate.OfMonth(d.Year, d.Month)
                : d.Month == 0 ? PartialDate.OfYear(d.Year)
                : null;
            return p is PartialDate value ? (value, value) : null;
        }

        var firstMonth = d.Month > 0 ? d.Month : 1;
        var lastMonth = d.Month > 0 ? d.Month : calendar.MonthsInYear(d.Year);
        var lastDay = d.Day > 0 ? d.Day : calendar.DaysInMonth(d.Year, lastMonth);
        if (!calendar.TryToDate(d.Year, firstMonth, d.Day > 0 ? d.Day : 1, out var firstDate)
            || !calendar.TryToDate(d.Year, lastMonth, lastDay, out var lastDate))
        {
            return null;
        }

        return (PartialDate.OfDay(firstDate), PartialDate.OfDay(lastDate));
    }

    private int EmitDays(int spanStart, int end, DateOnly first, DateOnly? last)
    {
        Add(spanStart, end, PartialDate.OfDay(first), last is DateOnly l ? PartialDate.OfDay(l) : null, relative: true);
        return end;
    }

    private void Add(int spanStart, int end, PartialDate start, PartialDate? last, bool relative, bool inPassing = false)
    {
        var yearGuessed = _yearGuessed;
        _yearGuessed = false;
        var span = new TextSpan(_t[spanStart].Start, _t[end - 1].End);
        _results.Add(new DateMention(span, start, last, relative) { InPassing = inPassing, YearGuessed = yearGuessed });
    }

    private int ParagraphOf(int offset) => Paragraphs.IsDefaultOrEmpty ? 0 : Segmentation.SegmentLookup.ParagraphAt(Paragraphs, offset);
}
