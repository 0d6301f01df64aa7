using System.Collections.Immutable;

namespace Vigil.Core.Extraction.Figures;

/// <summary>
/// Finds figures attached to killed / injured / arrested ("at least 304 people were killed", "killing over
/// 1,500", "the death toll rose to 300", "detained 500 protesters") and stores them in
/// <see cref="ExtractionContext.Figures"/>. A number attached to no category word (a year, an age, money,
/// a percentage, "100 cities") is not a count. One linear pass over the tokens.
/// </summary>
internal sealed class FiguresStage : ExtractionStage<FigureMention>
{
    private readonly FiguresOptions _options;
    private readonly FigureLexicon _lexicon;

    public FiguresStage(FiguresOptions options)
    {
        _options = options;
        _lexicon = FigureLexicon.For(options.Language);
    }

    public override ImmutableArray<FigureMention> Extract(ExtractionContext context)
    {
        var text = context.Text;
        var tokens = context.Tokens;
        var results = ImmutableArray.CreateBuilder<FigureMention>();
        var i = 0;
        var dateCursor = 0;
        while (i < tokens.Count)
        {
            if (!NumberReader.TryRead(text, tokens, i, tokens.Count, _lexicon, out var number))
            {
                i++;
                continue;
            }

            // "executed on May 19": a day of the month is part of a date, never a head count.
            if (InDate(context.Dates, tokens[number.First].Start, ref dateCursor))
            {
                i = number.End;
                continue;
            }

            if (TryAttach(text, tokens, number, out var mention))
            {
                results.Add(mention);
            }

            i = number.End;
        }

        return results.ToImmutable();
    }

    private bool TryAttach(string text, List<WordToken> tokens, NumberMatch number, out FigureMention mention)
    {
        mention = null!;
        if ((number.YearLike && !_options.AllowYearLikeNumbers) || IsMeasure(text, tokens, number) || IsAgeApposition(text, tokens, number))
        {
            return false;
        }

        var first = tokens[number.First];
        var last = tokens[number.End - 1];

        // "at least 35 people, including 6 children, were arrested": the 6 are part of the 35, not a count of their own.
        if (IsPart(text, tokens, number.First) && NumberBefore(text, tokens, number.First))
        {
            return false;
        }

        var afterGap = int.MaxValue;
        var afterKind = CasualtyKind.Killed;
        var afterEnd = 0;
        var words = 0;
        for (var k = number.End; k < tokens.Count && words <= _options.MaxTokensToCategoryAfter; k++)
        {
            var t = tokens[k];
            // … and the 35 reads its category over the part.
            if (t.Kind == WordKind.Number && IsPart(text, tokens, k))
            {
                continue;
            }

            if (t.Kind == WordKind.Number || (t.Kind == WordKind.Punct && IsClauseBreak(text[t.Start])))
            {
                break;
            }

            var len = _lexicon.After.Match(tokens, k, tokens.Count, out var kind);
            if (len > 0)
            {
                afterGap = words;
                afterKind = kind;
                afterEnd = tokens[k + len - 1].End;
                break;
            }

            if (t.Kind == WordKind.Word && _lexicon.Relatives.Contains(t.Of(text)) && AfterRelative(text, tokens, k) is var (relKind, relEnd))
            {
                afterGap = words;
                afterKind = relKind;
                afterEnd = relEnd;
                break;
            }

            if (words is > 0 and <= ReducedNounReach && t.Kind == WordKind.Word && _lexicon.ReducedRelatives.Contains(t.Of(text))
                && AfterReduced(text, tokens, k) is var (redKind, redEnd))
            {
                afterGap = words;
                afterKind = redKind;
                afterEnd = redEnd;
                break;
            }

            // "three members of the security forces were also killed": at the end of the reach, the verb group's
            // auxiliaries and adverbs do not count as words between the number's noun phrase and its category (looked up
            // only there, not at every word).
            if (t.Kind == WordKind.Word && (words < _options.MaxTokensToCategoryAfter || !_lexicon.Auxiliaries.Contains(t.Of(text))))
            {
                words++;
            }
        }

        var beforeGap = int.MaxValue;
        var beforeKind = CasualtyKind.Killed;
        var beforeStart = 0;
        var reach = Math.Max(0, number.First - _options.MaxTokensToCategoryBefore - 5);
        for (var p = number.First - 1; p >= reach; p--)
        {
            var t = tokens[p];
            if (t.Kind == WordKind.Number || (t.Kind == WordKind.Punct && IsClauseBreak(text[t.Start])))
            {
                break;
            }

            // "two were killed and 15 injured": a coordinator starts the number's own clause.
            if (t.Kind == WordKind.Word && _lexicon.Coordinators.Contains(t.Of(text)))
            {
                break;
            }

            var len = _lexicon.Before.Match(tokens, p, number.First, out var kind);
            if (len > 0)
            {
                var gap = number.First - (p + len);
                if (gap <= _options.MaxTokensToCategoryBefore && gap < beforeGap)
                {
                    beforeGap = gap;
                    beforeKind = kind;
                    beforeStart = t.Start;
                }
            }
        }

        if (afterGap == int.MaxValue && beforeGap == int.MaxValue)
        {
            return false;
        }

        var span = beforeGap <= afterGap
            ? new TextSpan(beforeStart, last.End)
            : new TextSpan(first.Start, afterEnd);
        mention = new FigureMention(span, beforeGap <= afterGap ? beforeKind : afterKind, number.Range);
        return true;
    }

    private const int RelativeReach = 40; // tokens of a relative clause walked over for the comma that closes it

    // "57 rioters who threw rocks, attacked banks and smashed windows, have been arrested": from the relative at token
    // `who`, the first comma followed by auxiliaries only and a category word; the category's kind and end, or null.
    private (CasualtyKind Kind, int End)? AfterRelative(string text, List<WordToken> tokens, int who)
    {
        // A category inside the clause itself ("57 rioters who were arrested") is read by the scan that called.
        var limit = Math.Min(tokens.Count, who + RelativeReach);
        for (var k = who + 1; k < limit; k++)
        {
            var t = tokens[k];
            if (t.Kind == WordKind.Punct && IsClauseBreak(text[t.Start]))
            {
                return null;
            }

            if (!t.Is(text, ','))
            {
                continue;
            }

            var j = k + 1;
            for (var steps = 0; j < limit && steps < 3 && tokens[j].Kind == WordKind.Word && _lexicon.Auxiliaries.Contains(tokens[j].Of(text)); steps++)
            {
                j++;
            }

            if (j > k + 1 && j < tokens.Count && _lexicon.After.Match(tokens, j, tokens.Count, out var kind) is var len and > 0)
            {
                return (kind, tokens[j + len - 1].End);
            }
        }

        return null;
    }

    private const int ReducedNounReach = 2; // words of the number's noun before a reduced relative ("two young men accused")

    // "two men accused of taking part in protests in Yazd were hanged": from the participle at token `participle`, the first
    // run of auxiliaries followed by a category word, before a clause break or another number; its kind and end, or null.
    private (CasualtyKind Kind, int End)? AfterReduced(string text, List<WordToken> tokens, int participle)
    {
        var limit = Math.Min(tokens.Count, participle + RelativeReach);
        for (var k = participle + 1; k < limit; k++)
        {
            var t = tokens[k];
            if (t.Kind == WordKind.Number || (t.Kind == WordKind.Punct && IsClauseBreak(text[t.Start])))
            {
                return null;
            }

            if (t.Kind != WordKind.Word || !_lexicon.Auxiliaries.Contains(t.Of(text)))
            {
                continue;
            }

            var j = k + 1;
            while (j < limit && tokens[j].Kind == WordKind.Word && _lexicon.Auxiliaries.Contains(tokens[j].Of(text)))
            {
                j++;
            }

            return j < tokens.Count && _lexicon.After.Match(tokens, j, tokens.Count, out var kind) is var len and > 0
                ? (kind, tokens[j + len - 1].End)
                : null;
        }

        return null;
    }

    // The number at token k opens a part: right after "including", or after "among them" / "of whom".
    private bool IsPart(string text, List<WordToken> tokens, int k)
    {
        var p = PreviousWord(text, tokens, k);
        if (p < 0)
        {
            return false;
        }

        if (_lexicon.Parts.Contains(tokens[p].Of(text)))
        {
            return true;
        }

        var q = PreviousWord(text, tokens, p);
        return q >= 0 && _lexicon.PartPronouns.Contains(tokens[p].Of(text)) && _lexicon.PartHeads.Contains(tokens[q].Of(text));
    }

    // The word token before k, over commas only; -1 at any other token.
    private static int PreviousWord(string text, List<WordToken> tokens, int k)
    {
        for (var p = k - 1; p >= 0; p--)
        {
            if (tokens[p].Kind == WordKind.Word)
            {
                return p;
            }

            if (!tokens[p].Is(text, ','))
            {
                return -1;
            }
        }

        return -1;
    }

    // A number a few words before the part in the same clause ("35 Kurdish citizens, including 6", "Thirty people, among
    // them 8"): the whole the part is of.
    private bool NumberBefore(string text, List<WordToken> tokens, int first)
    {
        for (int p = first - 1, words = 0; p >= 0 && words <= 8; p--)
        {
            var t = tokens[p];
            if (t.Kind == WordKind.Number || (t.Kind == WordKind.Word && NumberReader.TryRead(text, tokens, p, first, _lexicon, out _)))
            {
                return true;
            }

            if (t.Kind == WordKind.Punct && IsClauseBreak(text[t.Start]))
            {
                return false;
            }

            if (t.Kind == WordKind.Word)
            {
                words++;
            }
        }

        return false;
    }

    // Dates come in text order, as numbers are read: one cursor walks both.
    private static bool InDate(ImmutableArray<Dates.DateMention> dates, int at, ref int cursor)
    {
        if (dates.IsDefaultOrEmpty)
        {
            return false;
        }

        while (cursor < dates.Length && dates[cursor].Span.End <= at)
        {
            cursor++;
        }

        return cursor < dates.Length && dates[cursor].Span.Start <= at;
    }

    private bool IsMeasure(string text, List<WordToken> tokens, NumberMatch number)
    {
        if (number.First > 0)
        {
            var prev = tokens[number.First - 1];
            if (prev.Kind == WordKind.Punct && text[prev.Start] is '$' or '€' or '£' or '#')
            {
                return true;
            }
        }

        var k = number.End;
        if (k >= tokens.Count)
        {
            return false;
        }

        var next = tokens[k];
        if (next.Kind == WordKind.Punct)
        {
            if (text[next.Start] == '%')
            {
                return true;
            }

            // "a 22-year-old", "a 3-day strike".
            return text[next.Start] is '-' or '–' && k + 1 < tokens.Count && tokens[k + 1].Kind == WordKind.Word
                && _lexicon.UnitLookup.Contains(tokens[k + 1].Of(text));
        }

        return next.Kind == WordKind.Word && _lexicon.UnitLookup.Contains(next.Of(text));
    }

    // "Arman Bahrami, 16, was shot dead": a small number set off by commas right after a capitalised name is the
    // person's age, not a head count.
    private static bool IsAgeApposition(string text, List<WordToken> tokens, NumberMatch number)
    {
        if (number.First < 2 || number.End >= tokens.Count || number.Range.Min > 120 || number.End - number.First != 1)
        {
            return false;
        }

        var comma = tokens[number.First - 1];
        var name = tokens[number.First - 2];
        var next = tokens[number.End];
        return comma.Is(text, ',') && name.IsCapitalised(text) && next.Is(text, ',');
    }

    private static bool IsClauseBreak(char c) => c is '.' or ';' or ':' or '!' or '?' or '\n' or '(' or ')' or '"' or '“' or '”';
}
