using Vigil.Core.Extraction.Places;

namespace Vigil.Core.Extraction;

/// <summary>Adds the places stage to a pipeline.</summary>
public static class PlacesPipelineBuilderExtensions
{
    /// <summary>
    /// Adds the places stage (place names resolved against the embedded gazetteer), configured by
    /// <paramref name="configure"/>. The gazetteer loads once per process and is shared by every pipeline.
    /// </summary>
    public static ExtractionPipelineBuilder AddPlaces(this ExtractionPipelineBuilder builder, Action<PlacesOptions>? configure = null)
    {
        var options = new PlacesOptions();
        configure?.Invoke(options);
        return builder.AddPlaces(options);
    }

    /// <summary>Adds the places stage with the given options.</summary>
    public static ExtractionPipelineBuilder AddPlaces(this ExtractionPipelineBuilder builder, PlacesOptions options) =>
        builder.Add(StageSlot.Places, new PlacesStage(options));
}
