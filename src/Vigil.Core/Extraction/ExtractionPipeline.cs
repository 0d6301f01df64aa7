using System.Collections.Immutable;

namespace Vigil.Core.Extraction;

/// <summary>
/// Turns a report body into mentions: Segmentation → Dates → Places → Counts → Actors → Statements →
/// Incidents (the order is fixed by the pipeline, see <see cref="ExtractionPipelineBuilder"/>). A pipeline
/// is immutable, thread-safe and meant to be built once and reused: lexicons and the gazetteer load once.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly ImmutableArray<IExtractionStage> _stages;

    internal ExtractionPipeline(ImmutableArray<IExtractionStage> stages)
    {
        _stages = stages;
    }

    /// <summary>Number of stages the pipeline runs.</summary>
    public int StageCount => _stages.Length;

    /// <summary>A pipeline with every stage, configured by <paramref name="options"/> (defaults when null).</summary>
    public static ExtractionPipeline CreateDefault(ExtractionOptions? options = null)
    {
        options ??= new ExtractionOptions();
        return new ExtractionPipelineBuilder()
            .AddSegmentation(options.Segmentation)
            .AddDates(options.Dates)
            .AddPlaces(options.Places)
            .AddCounts(options.Counts)
            .AddActors(options.Actors)
            .AddStatements(options.Statements)
            .AddIncidents(options.Incidents)
            .Build();
    }

    /// <summary>
    /// Runs every stage over <paramref name="body"/> (the text after the front-matter block; spans index into
    /// it). <paramref name="published"/> anchors relative dates. Never throws on untrusted text.
    /// </summary>
    public ExtractionResult Run(string body, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(body);
        var context = new ExtractionContext(body, published);
        foreach (var stage in _stages)
        {
            stage.Run(context);
        }

        return ExtractionResult.From(context);
    }
}
