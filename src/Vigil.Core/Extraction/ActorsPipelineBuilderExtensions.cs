using Vigil.Core.Extraction.Actors;

namespace Vigil.Core.Extraction;

/// <summary>Adds the actors stage to a pipeline.</summary>
public static class ActorsPipelineBuilderExtensions
{
    /// <summary>Adds the actors stage (organisations, groups, titled people), configured by <paramref name="configure"/>.</summary>
    public static ExtractionPipelineBuilder AddActors(this ExtractionPipelineBuilder builder, Action<ActorsOptions>? configure = null)
    {
        var options = new ActorsOptions();
        configure?.Invoke(options);
        return builder.AddActors(options);
    }

    /// <summary>Adds the actors stage with the given options.</summary>
    public static ExtractionPipelineBuilder AddActors(this ExtractionPipelineBuilder builder, ActorsOptions options) =>
        builder.Add(StageSlot.Actors, new ActorsStage(options));
}
