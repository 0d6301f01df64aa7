namespace Vigil.Web.Spans;

/// <summary>The paragraphs of a report around one evidence span, laid out with its highlights, and whether text was left out before or after.</summary>
public sealed record EvidenceExcerpt(List<List<Segment>> Lines, bool ClippedBefore, bool ClippedAfter)
{
    /// <summary>Characters of context kept on each side of the evidence (then widened to whole paragraphs).</summary>
    public const int Context = 600;

    /// <summary>The excerpt of <paramref name="body"/> around [<paramref name="start"/>, <paramref name="end"/>), with the evidence and the field spans inside it highlighted.</summary>
    public static EvidenceExcerpt Around(string body, int start, int end, string label, IEnumerable<Highlight> fields)
    {
        start = Math.Clamp(start, 0, body.Length);
        end = Math.Clamp(end, start, body.Length);
        var highlights = fields.Where(h => h.End > start && h.Start < end).Prepend(new Highlight(start, end, "incident", label));
        var from = ParagraphStart(body, Math.Max(0, start - Context));
        var to = ParagraphEnd(body, Math.Min(body.Length, end + Context));
        return new EvidenceExcerpt(SpanLayout.Lay(body, highlights, from, to), from > 0, to < body.Length);
    }

    private static int ParagraphStart(string body, int at)
    {
        var i = at == 0 ? -1 : body.LastIndexOf('\n', at);
        return i < 0 ? 0 : i + 1;
    }

    private static int ParagraphEnd(string body, int at)
    {
        var i = body.IndexOf('\n', at);
        return i < 0 ? body.Length : i;
    }
}
