using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Extraction;

/// <summary>Adds the statements stage to a pipeline.</summary>
public static class StatementsPipelineBuilderExtensions
{
    /// <summary>Adds the statements stage (quoted and reported speech with speaker, role, outlet and date), configured by <paramref name="configure"/>.</summary>
    public static ExtractionPipelineBuilder AddStatements(this ExtractionPipelineBuilder builder, Action<StatementsOptions>? configure = null)
    {
        var options = new StatementsOptions();
        configure?.Invoke(options);
        return builder.AddStatements(options);
    }

    /// <summary>Adds the statements stage with the given options.</summary>
    public static ExtractionPipelineBuilder AddStatements(this ExtractionPipelineBuilder builder, StatementsOptions options) =>
        builder.Add(StageSlot.Statements, new StatementsStage(options));
}
