namespace Vigil.Core.Extraction;

/// <summary>
/// Assembles an <see cref="ExtractionPipeline"/> from stages added with the <c>Add…</c> extensions
/// (<c>AddSegmentation</c>, <c>AddDates</c>, <c>AddPlaces</c>, <c>AddCounts</c>, <c>AddActors</c>,
/// <c>AddStatements</c>, <c>AddIncidents</c>). The stages run in the pipeline's fixed order whatever the
/// order they are added in; adding a stage twice keeps the last one. A builder is not thread-safe; the
/// pipeline it builds is.
/// </summary>
public sealed class ExtractionPipelineBuilder
{
    private readonly SortedDictionary<StageSlot, IExtractionStage> _stages = [];

    /// <summary>Builds the pipeline. Stages missing from the builder are skipped; later stages then find their slots empty.</summary>
    public ExtractionPipeline Build() => new([.. _stages.Values]);

    internal ExtractionPipelineBuilder Add(StageSlot slot, IExtractionStage stage)
    {
        _stages[slot] = stage;
        return this;
    }
}
