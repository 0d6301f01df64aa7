namespace Vigil.Web.Api;

/// <summary>A span of a report's body: UTF-16 offsets [start, end) and the text they cover.</summary>
internal sealed record SpanResponse(int Start, int End, string Text);
