using Vigil.Core.Extraction.Incidents;

namespace Vigil.Core.Extraction;

/// <summary>Adds the incidents stage to a pipeline.</summary>
public static class IncidentsPipelineBuilderExtensions
{
    /// <summary>Adds the incidents stage (classification and coding per type × place × day), configured by <paramref name="configure"/>.</summary>
    public static ExtractionPipelineBuilder AddIncidents(this ExtractionPipelineBuilder builder, Action<IncidentsOptions>? configure = null)
    {
        var options = new IncidentsOptions();
        configure?.Invoke(options);
        return builder.AddIncidents(options);
    }

    /// <summary>Adds the incidents stage with the given options.</summary>
    public static ExtractionPipelineBuilder AddIncidents(this ExtractionPipelineBuilder builder, IncidentsOptions options) =>
        builder.Add(StageSlot.Incidents, new IncidentsStage(options));
}
