namespace Vigil.Web.Spans;

/// <summary>
/// A span of the report body to highlight: its field kind (incident, statement, person, date, place, figure, actor), a
/// label for its tooltip and, where other pages link to this very span, the id of its anchor (a person's mention:
/// <c>/reports/{id}#person-mention-{mention}</c>).
/// </summary>
public sealed record Highlight(int Start, int End, string Kind, string Label, string? Anchor = null);
