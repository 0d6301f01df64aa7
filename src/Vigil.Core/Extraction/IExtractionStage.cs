namespace Vigil.Core.Extraction;

/// <summary>
/// One step of the <see cref="ExtractionPipeline"/>. A stage reads the report text and what earlier
/// stages stored in the <see cref="ExtractionContext"/>, and stores its own immutable results there.
/// Stages are deterministic and never throw on untrusted text: text they cannot make sense of
/// yields no results.
/// </summary>
public interface IExtractionStage
{
    /// <summary>Runs the stage over one report.</summary>
    void Run(ExtractionContext context);
}
