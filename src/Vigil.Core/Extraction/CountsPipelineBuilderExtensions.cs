using Vigil.Core.Extraction.Counts;

namespace Vigil.Core.Extraction;

/// <summary>Adds the counts stage to a pipeline.</summary>
public static class CountsPipelineBuilderExtensions
{
    /// <summary>Adds the counts stage (figures for killed / injured / arrested), configured by <paramref name="configure"/>.</summary>
    public static ExtractionPipelineBuilder AddCounts(this ExtractionPipelineBuilder builder, Action<CountsOptions>? configure = null)
    {
        var options = new CountsOptions();
        configure?.Invoke(options);
        return builder.AddCounts(options);
    }

    /// <summary>Adds the counts stage with the given options.</summary>
    public static ExtractionPipelineBuilder AddCounts(this ExtractionPipelineBuilder builder, CountsOptions options) =>
        builder.Add(StageSlot.Counts, new CountsStage(options));
}
