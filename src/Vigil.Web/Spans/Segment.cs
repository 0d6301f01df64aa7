namespace Vigil.Web.Spans;

/// <summary>A run of body text covered by the same highlights (rendered escaped, as one element).</summary>
public sealed record Segment(string Text, IReadOnlyList<Highlight> Highlights)
{
    /// <summary>The anchors of the highlights that begin with this run (each written as an element with that id just before it).</summary>
    public IReadOnlyList<string> Anchors { get; init; } = [];

    /// <summary>CSS classes: <c>hl hl-date hl-incident</c> …; empty when nothing covers it.</summary>
    public string Classes => Highlights.Count == 0 ? string.Empty : "hl " + string.Join(' ', Highlights.Select(h => "hl-" + h.Kind).Distinct());

    /// <summary>The tooltip: each covering highlight's label, one a line.</summary>
    public string Title => string.Join('\n', Highlights.Select(h => h.Label));
}
