using Vigil.Core.Extraction.Figures;

namespace Vigil.Core.Extraction;

/// <summary>Adds the figures stage to a pipeline.</summary>
public static class FiguresPipelineBuilderExtensions
{
    /// <summary>Adds the figures stage (figures for killed / injured / arrested), configured by <paramref name="configure"/>.</summary>
    public static ExtractionPipelineBuilder AddFigures(this ExtractionPipelineBuilder builder, Action<FiguresOptions>? configure = null)
    {
        var options = new FiguresOptions();
        configure?.Invoke(options);
        return builder.AddFigures(options);
    }

    /// <summary>Adds the figures stage with the given options.</summary>
    public static ExtractionPipelineBuilder AddFigures(this ExtractionPipelineBuilder builder, FiguresOptions options) =>
        builder.Add(StageSlot.Figures, new FiguresStage(options));
}
