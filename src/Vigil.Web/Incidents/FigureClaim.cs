using System.Text.Json.Serialization;

namespace Vigil.Web.Incidents;

/// <summary>One source's claim for one figure of an incident (an entry of <c>Incident.FiguresJson</c>).</summary>
public sealed record FigureClaim(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("min")] int Min,
    [property: JsonPropertyName("max")] int? Max,
    [property: JsonPropertyName("reliability")] string Reliability,
    [property: JsonPropertyName("credibility")] int Credibility,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("mention")] Guid Mention,
    [property: JsonPropertyName("most_reliable")] bool MostReliable);
