using Vigil.Core.Extraction.Dates;

namespace Vigil.Core.Extraction;

/// <summary>Adds the dates stage to a pipeline.</summary>
public static class DatesPipelineBuilderExtensions
{
    /// <summary>Adds the dates stage (absolute, partial, relative and ranges, resolved against the publication date), configured by <paramref name="configure"/>.</summary>
    public static ExtractionPipelineBuilder AddDates(this ExtractionPipelineBuilder builder, Action<DatesOptions>? configure = null)
    {
        var options = new DatesOptions();
        configure?.Invoke(options);
        return builder.AddDates(options);
    }

    /// <summary>Adds the dates stage with the given options.</summary>
    public static ExtractionPipelineBuilder AddDates(this ExtractionPipelineBuilder builder, DatesOptions options) =>
        builder.Add(StageSlot.Dates, new DatesStage(options));
}
