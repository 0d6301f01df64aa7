using System.Collections.Frozen;
using System.Collections.Immutable;
using Vigil.Core.Extraction.Languages;

namespace Vigil.Core.Extraction;

/// <summary>
/// Turns a report body into mentions: Segmentation → Dates → Places → Figures → Actors → Statements →
/// Incidents (the order is fixed by the pipeline, see <see cref="ExtractionPipelineBuilder"/>), with the word
/// lists of the report's language (<see cref="LanguagePack"/>). A pipeline is immutable, thread-safe and meant
/// to be built once and reused: lexicons and the gazetteer load once.
/// </summary>
public sealed class ExtractionPipeline
{
    // Each language's stages are built the first time a report in that language is run (thread-safe, once): a run
    // over English reports never loads the Persian lexicons, and start-up is most of a small run's CPU time.
    private readonly FrozenDictionary<string, Lazy<ImmutableArray<IExtractionStage>>> _stages;

    internal ExtractionPipeline(IReadOnlyDictionary<string, ImmutableArray<IExtractionStage>> stages)
        : this(stages.ToDictionary(s => s.Key, s => new Lazy<ImmutableArray<IExtractionStage>>(s.Value)))
    {
    }

    private ExtractionPipeline(IReadOnlyDictionary<string, Lazy<ImmutableArray<IExtractionStage>>> stages)
    {
        _stages = stages.ToFrozenDictionary(StringComparer.Ordinal);
        Languages = [.. _stages.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Number of stages the pipeline runs for a language it has.</summary>
    public int StageCount => _stages.Count == 0 ? 0 : _stages.Values.First().Value.Length;

    /// <summary>The ISO 639-1 codes of the languages the pipeline extracts.</summary>
    public ImmutableArray<string> Languages { get; }

    /// <summary>
    /// A pipeline with every stage for every language pack Vigil carries (<see cref="LanguagePack.Available"/>),
    /// configured by <paramref name="options"/> (defaults when null); each stage reads the pack of the report's language.
    /// </summary>
    public static ExtractionPipeline CreateDefault(ExtractionOptions? options = null)
    {
        options ??= new ExtractionOptions();
        var stages = new Dictionary<string, Lazy<ImmutableArray<IExtractionStage>>>(StringComparer.Ordinal);
        foreach (var code in LanguagePack.Available)
        {
            LanguagePack.TryGet(code, out var pack);
            stages[code] = new Lazy<ImmutableArray<IExtractionStage>>(() => new ExtractionPipelineBuilder()
                .AddSegmentation(options.Segmentation.For(pack))
                .AddDates(options.Dates.For(pack))
                .AddPlaces(options.Places.For(pack))
                .AddFigures(options.Figures.For(pack))
                .AddPersons(options.Persons.For(pack))
                .AddActors(options.Actors.For(pack))
                .AddStatements(options.Statements.For(pack))
                .AddIncidents(options.Incidents.For(pack))
                .AddPersonFates(options.PersonFates.For(pack))
                .Stages);
        }

        return new ExtractionPipeline(stages);
    }

    /// <summary>Runs the pipeline over an English body, or one whose language is told by its script. See <see cref="Run(string, DateOnly?, string?)"/>.</summary>
    public ExtractionResult Run(string body, DateOnly? published) => Run(body, published, null);

    /// <summary>
    /// Runs every stage over <paramref name="body"/> (the text after the front-matter block; spans index into
    /// it). <paramref name="published"/> anchors relative dates. <paramref name="language"/> is the report's ISO
    /// 639-1 code (front matter's <c>language:</c>, "en-GB" reads as "en"); null guesses it from the script. A
    /// language without a pack is not extracted: the result is empty and its <see cref="ExtractionResult.Note"/>
    /// says "no extraction for language xx". Never throws on untrusted text.
    /// </summary>
    public ExtractionResult Run(string body, DateOnly? published, string? language) => Run(body, published, language, outlet: null, around: null);

    /// <summary>
    /// <see cref="Run(string, DateOnly?, string?)"/> for a report published by <paramref name="outlet"/> (front matter's
    /// <c>outlet:</c>, any of its names: "VOA Persian (صدای آمریکا)"): the outlet's references to its own reporting are
    /// not statements.
    /// </summary>
    public ExtractionResult Run(string body, DateOnly? published, string? language, string? outlet) => Run(body, published, language, outlet, around: null);

    /// <summary>
    /// <see cref="Run(string, DateOnly?, string?)"/>, calling <paramref name="around"/> to run each stage (the stage
    /// benchmark times them one by one); null runs them directly.
    /// </summary>
    internal ExtractionResult Run(string body, DateOnly? published, string? language, Action<IExtractionStage, ExtractionContext>? around) =>
        Run(body, published, language, outlet: null, around);

    private ExtractionResult Run(string body, DateOnly? published, string? language, string? outlet, Action<IExtractionStage, ExtractionContext>? around)
    {
        ArgumentNullException.ThrowIfNull(body);
        var declared = Normalise(language);
        var code = declared ?? ScriptLanguage.Detect(body) ?? Languages.FirstOrDefault() ?? "en";
        var readOtherwise = false;
        if (declared is not null && LanguagePack.TryGet(declared, out var declaredPack) && declaredPack.FoldsArabicScript
            && ScriptLanguage.Detect(body) is { } read && read != declared && read is "ar" or "ur")
        {
            // Declared Persian, written in Arabic or Urdu (their own letters, no Persian ones): the Persian word lists would
            // misread it, so it is treated as what its letters say, and the note says so.
            readOtherwise = true;
            code = read;
        }

        if (!_stages.TryGetValue(code, out var lazyStages))
        {
            // Two statements, not a conditional: a conditional's two interpolated strings would be built as one string first.
            UserMessage note = $"no extraction for language {code}";
            if (readOtherwise)
            {
                note = $"declared {declared}, but its letters read as {code}: no extraction for language {code}";
            }

            return ExtractionResult.From(new ExtractionContext(body, published) { Language = code }) with { Notice = note };
        }

        // The stages of an Arabic-script pack match against the folded text (same length: spans index the body).
        var folds = LanguagePack.TryGet(code, out var pack) && pack.FoldsArabicScript;
        var context = new ExtractionContext(folds ? ArabicScriptFolding.Fold(body) : body, published) { Language = code, Original = body, Outlet = outlet };
        foreach (var stage in lazyStages.Value)
        {
            if (around is null)
            {
                stage.Run(context);
            }
            else
            {
                around(stage, context);
            }
        }

        var result = folds ? ExtractionResult.From(context) with { Text = body } : ExtractionResult.From(context);
        context.ReleaseTokens();
        return result;
    }

    private static string? Normalise(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var code = language.Trim();
        var dash = code.IndexOfAny(['-', '_']);
        return (dash > 0 ? code[..dash] : code).ToLowerInvariant();
    }
}
