using System.Collections.Immutable;

namespace Vigil.Core.Extraction.Dates;

/// <summary>A date expression found in the text, resolved to a calendar date or range.</summary>
/// <param name="Span">Where the expression is ("on Thursday", "from 15 to 18 November").</param>
/// <param name="Start">The date, or the first date of a range.</param>
/// <param name="End">The last date of a range; null for a single date.</param>
/// <param name="IsRelative">True when the date was resolved against the publication date ("yesterday", "on Thursday", "November 17" without a year).</param>
public sealed record DateMention(TextSpan Span, PartialDate Start, PartialDate? End, bool IsRelative)
{
    /// <summary>
    /// The words this date is the date of, when it dates only part of its sentence: «با گذشت یک ماه از اعتراضها» dates
    /// the protests, not the rest of the sentence (see <see cref="DateAnchors"/>). Null for a date of its whole sentence.
    /// </summary>
    public TextSpan? Governs { get; init; }

    /// <summary>
    /// True for the span of the wave of events a report follows, from its told start to publication («تا کنون»، «در روزهای
    /// اخیر» after «با گذشت شش روز از آغاز اعتراضها»): what the report tells of that wave without a date of its own
    /// happened within it.
    /// </summary>
    public bool IsWave { get; init; }

    /// <summary>
    /// True for a date named in passing before a noun ("the January 2018 uprising"): it dates that noun, but an undated
    /// report's later "3rd January" does not take its year.
    /// </summary>
    public bool InPassing { get; init; }

    /// <summary>
    /// True when an undated report writes a day or month without a year ("on 3rd January") and neither its paragraph nor
    /// the same month written earlier with its year gives one: the year is the latest the report wrote elsewhere, a guess.
    /// Incidents take no date from it (date_source "none"); the span still marks the words as a date.
    /// </summary>
    public bool YearGuessed { get; init; }
}

/// <summary>Questions about the date mentions of a text.</summary>
internal static class DateMentions
{
    /// <summary>True when <paramref name="span"/> lies inside one of <paramref name="dates"/> (a word of a date: "May" in "5 May 2023").</summary>
    public static bool Cover(ReadOnlySpan<DateMention> dates, TextSpan span)
    {
        foreach (var d in dates)
        {
            if (d.Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The length of the longest of <paramref name="dates"/> when they are in text order (by start), else -1: what
    /// <see cref="Cover(ReadOnlySpan{DateMention}, TextSpan, int)"/> needs to look back no further than a date can reach.
    /// </summary>
    public static int Reach(ImmutableArray<DateMention> dates)
    {
        var reach = 0;
        for (var k = 0; k < dates.Length; k++)
        {
            if (k > 0 && dates[k].Span.Start < dates[k - 1].Span.Start)
            {
                return -1;
            }

            reach = Math.Max(reach, dates[k].Span.Length);
        }

        return reach;
    }

    /// <summary>
    /// <see cref="Cover(ReadOnlySpan{DateMention}, TextSpan)"/> in log time over dates in text order, none longer than
    /// <paramref name="reach"/> (<see cref="Reach"/>; -1 scans them all): asked once per word, a scan of every date of a
    /// sentence is quadratic on a long one.
    /// </summary>
    public static bool Cover(ReadOnlySpan<DateMention> dates, TextSpan span, int reach)
    {
        if (reach < 0)
        {
            return Cover(dates, span);
        }

        // A date holding the span starts at or before it and no more than reach characters before it.
        var from = (long)span.Start - reach;
        int lo = 0, hi = dates.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            (lo, hi) = dates[mid].Span.Start < from ? (mid + 1, hi) : (lo, mid);
        }

        for (var k = lo; k < dates.Length && dates[k].Span.Start <= span.Start; k++)
        {
            if (dates[k].Span.Contains(span))
            {
                return true;
            }
        }

        return false;
    }
}
