using Vigil.Core.Extraction.Segmentation;

namespace Vigil.Core.Extraction;

/// <summary>Adds the segmentation stage to a pipeline.</summary>
public static class SegmentationPipelineBuilderExtensions
{
    /// <summary>Adds the segmentation stage (paragraphs and sentences), configured by <paramref name="configure"/>.</summary>
    public static ExtractionPipelineBuilder AddSegmentation(this ExtractionPipelineBuilder builder, Action<SegmentationOptions>? configure = null)
    {
        var options = new SegmentationOptions();
        configure?.Invoke(options);
        return builder.AddSegmentation(options);
    }

    /// <summary>Adds the segmentation stage with the given options.</summary>
    public static ExtractionPipelineBuilder AddSegmentation(this ExtractionPipelineBuilder builder, SegmentationOptions options) =>
        builder.Add(StageSlot.Segmentation, new SegmentationStage(options));
}
