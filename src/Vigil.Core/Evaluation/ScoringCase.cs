using System.Text.Json;

namespace Vigil.Core.Evaluation;

/// <summary>One annotated report to score: its gold file, its body and what the extractor predicted for it.</summary>
/// <param name="Doc">The document id (the report's file name without extension).</param>
/// <param name="Gold">The parsed <c>&lt;doc&gt;.gold.json</c>.</param>
/// <param name="Body">The report body as the scorer cuts it: <see cref="Scorer.BodyOf"/> of the file text.</param>
/// <param name="Prediction">The extractor's JSON object for this document; null when it produced none (counted as a missing document).</param>
public sealed record ScoringCase(string Doc, JsonElement Gold, string Body, JsonElement? Prediction);
