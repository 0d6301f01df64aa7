using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Storage.Incidents;

/// <summary>
/// One source's figure for one category of an incident: what the pages, the CLI, the API and the exports show as
/// "figures by source". Stored as a JSON array in <see cref="Incident.FiguresJson"/>; this type is the one reader
/// and writer of that column, so nothing else parses it.
/// </summary>
/// <param name="Kind">killed, injured or arrested.</param>
/// <param name="Source">The source's name.</param>
/// <param name="Min">The figure's lower bound.</param>
/// <param name="Max">Its upper bound; null when open-ended ("at least 66").</param>
/// <param name="Reliability">The source's reliability grade (Admiralty A–F).</param>
/// <param name="Credibility">The mention's information credibility (Admiralty 1–6).</param>
/// <param name="Published">The report's publication day, YYYY-MM-DD.</param>
/// <param name="Mention">The mention that states it.</param>
/// <param name="MostReliable">True for the figure chosen as the incident's "most reliable" for its category.</param>
public sealed record SourceFigure(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("min")] int Min,
    [property: JsonPropertyName("max")] int? Max,
    [property: JsonPropertyName("reliability")] string Reliability,
    [property: JsonPropertyName("credibility")] int Credibility,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("mention")] Guid Mention,
    [property: JsonPropertyName("most_reliable")] bool MostReliable)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The figures stored with <paramref name="incident"/>, in stored order.</summary>
    public static IReadOnlyList<SourceFigure> Of(Incident incident) => Read(incident.FiguresJson);

    /// <summary>
    /// The figures stored with <paramref name="incident"/> as shown outside the CLI: a report without a source is
    /// credited "unattributed", never by its file name (<see cref="Sources.SourceNames.WithoutFileNames"/>).
    /// </summary>
    public static IReadOnlyList<SourceFigure> WithoutFileNames(Incident incident) => Read(Sources.SourceNames.WithoutFileNames(incident.FiguresJson));

    /// <summary>Reads a stored <see cref="Incident.FiguresJson"/> value.</summary>
    public static IReadOnlyList<SourceFigure> Read(string json) => JsonSerializer.Deserialize<List<SourceFigure>>(json, Json) ?? [];

    /// <summary>The stored form of <paramref name="figures"/>.</summary>
    public static string Write(IEnumerable<SourceFigure> figures) => JsonSerializer.Serialize(figures, Json);
}
