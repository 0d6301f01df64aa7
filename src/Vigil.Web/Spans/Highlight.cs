namespace Vigil.Web.Spans;

/// <summary>A span of the report body to highlight: its field kind (incident, statement, date, place, count, actor) and a label for its tooltip.</summary>
public sealed record Highlight(int Start, int End, string Kind, string Label);
