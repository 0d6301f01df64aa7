using System.Collections.Immutable;

namespace Vigil.Core.Extraction;

/// <summary>
/// A stage that makes one kind of record (<typeparamref name="TRecord"/>): it reads the report and the records of
/// the stages before it from the <see cref="ExtractionContext"/> (<see cref="ExtractionContext.Get{TRecord}"/>) and
/// returns its own, which the pipeline stores for the stages after it. A new record type is one stage folder — its
/// record, its stage, its options and its language-pack files — and nothing else in the pipeline changes.
/// </summary>
/// <typeparam name="TRecord">The record the stage makes, in text order.</typeparam>
public abstract class ExtractionStage<TRecord> : IExtractionStage
{
    /// <summary>Finds this stage's records in one report.</summary>
    public abstract ImmutableArray<TRecord> Extract(ExtractionContext context);

    /// <summary>Runs <see cref="Extract"/> and stores its records in <paramref name="context"/>.</summary>
    public void Run(ExtractionContext context) => context.Set(Extract(context));
}
