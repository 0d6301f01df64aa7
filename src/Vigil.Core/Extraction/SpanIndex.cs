namespace Vigil.Core.Extraction;

/// <summary>
/// Finds, in log time, which of a stage's records (dates, places, incidents …) lie in or overlap a span of the body,
/// so a rule asking "which dates are in this clause?" once per fate or per figure does not scan every record of the
/// report (quadratic on a report written as one long line). Answers give the records' positions in the original
/// list, ascending, so a rule that takes "the first one" picks the same record as a scan over the list would.
/// </summary>
internal sealed class SpanIndex
{
    private readonly int[] _order;   // positions in the original list, sorted by start (stable)
    private readonly int[] _starts;  // the starts, in that order
    private readonly int[] _ends;    // the ends, in that order
    private readonly int _maxLength;
    private readonly bool _inOrder;  // the list itself is sorted by start

    public SpanIndex(IReadOnlyList<TextSpan> spans)
    {
        _order = new int[spans.Count];
        _starts = new int[spans.Count];
        _ends = new int[spans.Count];
        var sorted = true;
        for (var i = 0; i < spans.Count; i++)
        {
            _order[i] = i;
            _starts[i] = spans[i].Start;
            _maxLength = Math.Max(_maxLength, spans[i].Length);
            sorted &= i == 0 || _starts[i - 1] <= _starts[i];
        }

        _inOrder = sorted;
        if (!sorted)
        {
            // Array.Sort is not stable: the position breaks ties, so equal starts keep their list order.
            var keys = new long[spans.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = ((long)spans[i].Start << 32) | (uint)i;
            }

            Array.Sort(keys, _order);
            for (var i = 0; i < keys.Length; i++)
            {
                _starts[i] = (int)(keys[i] >> 32);
            }
        }

        for (var k = 0; k < _order.Length; k++)
        {
            _ends[k] = spans[_order[k]].End;
        }
    }

    /// <summary>Builds the index over the spans <paramref name="spanOf"/> gives for each record.</summary>
    public static SpanIndex Of<T>(IReadOnlyList<T> records, Func<T, TextSpan> spanOf)
    {
        var spans = new TextSpan[records.Count];
        for (var i = 0; i < spans.Length; i++)
        {
            spans[i] = spanOf(records[i]);
        }

        return new SpanIndex(spans);
    }

    /// <summary>
    /// Positions (ascending) of every record whose start lies in <c>[from, to]</c>: a superset of those inside
    /// <c>[from, to)</c>, for the caller to test exactly.
    /// </summary>
    public void StartingIn(int from, int to, List<int> into)
    {
        into.Clear();
        for (var k = LowerBound(from); k < _starts.Length && _starts[k] <= to; k++)
        {
            into.Add(_order[k]);
        }

        into.Sort();
    }

    /// <summary>
    /// Positions (ascending) of every record that may overlap or touch <c>[from, to)</c>: those starting no further
    /// than the longest record's length before it. A superset, for the caller to test exactly.
    /// </summary>
    public void Near(int from, int to, List<int> into) => StartingIn(from - _maxLength, to, into);

    /// <summary>
    /// True when <paramref name="test"/> takes some record that may overlap or touch <c>[from, to)</c> (see
    /// <see cref="Near"/>); the test is what decides, on the record's position in the original list.
    /// </summary>
    public bool AnyNear(int from, int to, Func<int, bool> test)
    {
        for (var k = LowerBound(from - _maxLength); k < _starts.Length && _starts[k] <= to; k++)
        {
            if (test(_order[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some record's span holds all of <paramref name="span"/> (a scan of the list, answered by span).</summary>
    public bool Covers(TextSpan span)
    {
        for (var k = LowerBound(span.Start - _maxLength); k < _starts.Length && _starts[k] <= span.Start; k++)
        {
            if (_ends[k] >= span.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The last position in the original list of a record whose start lies in <c>[from, to]</c> and that
    /// <paramref name="accept"/> takes; -1 when none does. Walks back from <paramref name="to"/> and stops at the
    /// first accepted record when the list is in text order (as the stages write it).
    /// </summary>
    public int Last(int from, int to, Func<int, bool> accept)
    {
        var last = -1;
        for (var k = LowerBound(to + 1) - 1; k >= 0 && _starts[k] >= from; k--)
        {
            if (_order[k] > last && accept(_order[k]))
            {
                last = _order[k];
                if (_inOrder)
                {
                    break;
                }
            }
        }

        return last;
    }

    private int LowerBound(int start)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_starts[mid] < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
