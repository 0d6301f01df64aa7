namespace Vigil.Core.Extraction;

/// <summary>
/// A growing set of spans that answers "does any of them overlap this one?" in log time, for a rule that adds a record
/// only where none of those kept so far overlaps it (a scan of all kept ones per candidate is quadratic on a report of
/// many names). Same answer as <see cref="TextSpan.Overlaps"/> over every span added.
/// </summary>
internal sealed class SpanSet
{
    private readonly List<TextSpan> _spans = []; // sorted by start
    private int _maxLength;

    /// <summary>Adds <paramref name="span"/>.</summary>
    public void Add(TextSpan span)
    {
        var at = LowerBound(span.Start);
        _spans.Insert(at, span);
        _maxLength = Math.Max(_maxLength, span.Length);
    }

    /// <summary>Removes every span, keeping the memory for the next use.</summary>
    public void Clear()
    {
        _spans.Clear();
        _maxLength = 0;
    }

    /// <summary>True when a span added so far shares at least one character with <paramref name="span"/>.</summary>
    public bool Overlaps(TextSpan span)
    {
        if (span.Length <= 0)
        {
            return false;
        }

        // A span overlapping this one starts before its end and, being at most _maxLength long, after start - _maxLength.
        for (var k = LowerBound(span.Start - _maxLength); k < _spans.Count && _spans[k].Start < span.End; k++)
        {
            if (_spans[k].Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a span added so far starts before <paramref name="end"/> and ends after <paramref name="start"/> (as
    /// <see cref="Overlaps"/>, but an empty span strictly inside the other counts, as the scans it replaces counted it).
    /// </summary>
    public bool Intersects(int start, int end)
    {
        // Whatever its length, a span ending after start begins after start - _maxLength.
        for (var k = LowerBound(start - _maxLength); k < _spans.Count && _spans[k].Start < end; k++)
        {
            if (start < _spans[k].End)
            {
                return true;
            }
        }

        return false;
    }

    // The first position whose start is at or after offset.
    private int LowerBound(int offset)
    {
        int lo = 0, hi = _spans.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            (lo, hi) = _spans[mid].Start < offset ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }
}
