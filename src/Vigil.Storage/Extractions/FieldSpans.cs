using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Core.Extraction;

namespace Vigil.Storage.Extractions;

/// <summary>The field spans of one extraction, as stored in <see cref="ReportExtraction.SpansJson"/>.</summary>
public static class FieldSpans
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Every date, place, figure and actor span of <paramref name="result"/>, in that order.</summary>
    public static List<FieldSpan> Of(ExtractionResult result)
    {
        var spans = new List<FieldSpan>(result.Dates.Length + result.Places.Length + result.Figures.Length + result.Actors.Length);
        spans.AddRange(result.Dates.Select(d => new FieldSpan("date", d.Span.Start, d.Span.End, d.Start.ToString(), d.End?.ToString())));
        spans.AddRange(result.Places.Select(p => new FieldSpan("place", p.Span.Start, p.Span.End, p.Place.Name, p.Place.Admin1)));
        spans.AddRange(result.Figures.Select(f => new FieldSpan("figure", f.Span.Start, f.Span.End, f.Kind.ToString().ToLowerInvariant(), null, f.Range.Min, f.Range.Max)));
        spans.AddRange(result.Actors.Select(a => new FieldSpan("actor", a.Span.Start, a.Span.End, a.Name)));
        return spans;
    }

    /// <summary>The JSON stored for <paramref name="spans"/>.</summary>
    public static string ToJson(IReadOnlyList<FieldSpan> spans) => JsonSerializer.Serialize(spans, Json);

    /// <summary>
    /// The spans stored as <paramref name="json"/>, or null when it is not what <see cref="ToJson"/> writes (a row edited
    /// behind Vigil's back: <c>vigil verify</c> names it; the page then falls back as for a report extracted before spans were stored).
    /// </summary>
    public static List<FieldSpan>? Parse(string json)
    {
        try
        {
            var spans = JsonSerializer.Deserialize<List<FieldSpan>>(json, Json);
            return spans is not null && spans.TrueForAll(s => s is { Kind: not null, Value: not null } && s.Start >= 0 && s.End >= s.Start) ? spans : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
