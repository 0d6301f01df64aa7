using System.Collections.Immutable;

namespace Vigil.Core.Extraction;

/// <summary>
/// Assembles a one-language <see cref="ExtractionPipeline"/> from stages added with the <c>Add…</c> extensions
/// (<c>AddSegmentation</c>, <c>AddDates</c>, <c>AddPlaces</c>, <c>AddFigures</c>, <c>AddPersons</c>, <c>AddActors</c>,
/// <c>AddStatements</c>, <c>AddIncidents</c>). The stages run in the pipeline's fixed order whatever the
/// order they are added in; adding a stage twice keeps the last one. A builder is not thread-safe; the
/// pipeline it builds is.
/// </summary>
public sealed class ExtractionPipelineBuilder
{
    private readonly SortedDictionary<StageSlot, IExtractionStage> _stages = [];

    /// <summary>
    /// The ISO 639-1 code of the reports the pipeline extracts (default "en"); reports in another language get a
    /// note instead of mentions. The stages read the language pack their options name.
    /// </summary>
    public string Language { get; set; } = "en";

    internal ImmutableArray<IExtractionStage> Stages => [.. _stages.Values];

    /// <summary>Builds the pipeline. Stages missing from the builder are skipped; later stages then find their slots empty.</summary>
    public ExtractionPipeline Build() => new(new Dictionary<string, ImmutableArray<IExtractionStage>> { [Language] = Stages });

    internal ExtractionPipelineBuilder Add(StageSlot slot, IExtractionStage stage)
    {
        _stages[slot] = stage;
        return this;
    }
}
