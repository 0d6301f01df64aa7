namespace Vigil.Web.Spans;

/// <summary>
/// Cuts a report body into paragraphs of segments so that overlapping highlights (an incident sentence
/// holding a date and a place) all show. Spans are clamped to the body, so a stale or corrupt offset
/// cannot throw; the text is never turned into markup here (the page escapes it).
/// </summary>
public static class SpanLayout
{
    /// <summary>The body's lines (split at line breaks), each a list of segments.</summary>
    public static List<List<Segment>> Lay(string body, IEnumerable<Highlight> highlights, int start = 0, int end = int.MaxValue)
    {
        start = Math.Clamp(start, 0, body.Length);
        end = Math.Clamp(end, start, body.Length);
        var spans = highlights
            .Select(h => h with { Start = Math.Clamp(h.Start, start, end), End = Math.Clamp(h.End, start, end) })
            .Where(h => h.End > h.Start)
            .ToList();
        var cuts = new SortedSet<int> { start, end };
        foreach (var h in spans)
        {
            cuts.Add(h.Start);
            cuts.Add(h.End);
        }

        for (var i = body.IndexOf('\n', start); i >= 0 && i < end; i = body.IndexOf('\n', i + 1))
        {
            cuts.Add(i);
            cuts.Add(i + 1);
        }

        var lines = new List<List<Segment>> { new() };
        var points = cuts.ToList();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (a, b) = (points[i], points[i + 1]);
            if (b - a == 1 && body[a] == '\n')
            {
                lines.Add([]);
                continue;
            }

            var covering = spans.Where(h => h.Start <= a && h.End >= b).ToList();
            lines[^1].Add(new Segment(body[a..b], covering) { Anchors = [.. covering.Where(h => h.Start == a && h.Anchor is not null).Select(h => h.Anchor!)] });
        }

        lines.RemoveAll(l => l.Count == 0 || l.All(s => string.IsNullOrWhiteSpace(s.Text)));
        return lines;
    }
}
