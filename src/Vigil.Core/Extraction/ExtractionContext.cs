using System.Collections.Immutable;
using Vigil.Core.Extraction.Actors;
using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Persons;
using Vigil.Core.Extraction.Places;
using Vigil.Core.Extraction.Segmentation;
using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Extraction;

/// <summary>
/// The working state of one report passing through the pipeline: its body text, its publication
/// date (the anchor for relative dates — Core never reads a clock) and each stage's results.
/// </summary>
public sealed class ExtractionContext
{
    /// <summary>Creates the context for one report body.</summary>
    public ExtractionContext(string text, DateOnly? published)
    {
        Text = text;
        Published = published;
    }

    /// <summary>The report body (the text after the front-matter block). Spans index into it.</summary>
    public string Text { get; }

    /// <summary>
    /// The report body as written, when <see cref="Text"/> is its folded form (<see cref="Languages.ArabicScriptFolding"/>,
    /// same length): quotations are cut from it so they read as the report wrote them. Otherwise the same as Text.
    /// </summary>
    public string Original { get => _original ?? Text; init => _original = value; }

    private readonly string? _original;

    /// <summary>The report's publication date, when known.</summary>
    public DateOnly? Published { get; }

    /// <summary>The ISO 639-1 code of the language the report was read in ("en").</summary>
    public string Language { get; init; } = "en";

    /// <summary>Paragraphs, in text order (segmentation stage).</summary>
    public ImmutableArray<Paragraph> Paragraphs { get; set; } = [];

    /// <summary>Sentences, in text order (segmentation stage).</summary>
    public ImmutableArray<Sentence> Sentences { get; set; } = [];

    /// <summary>Date expressions, in text order (dates stage).</summary>
    public ImmutableArray<DateMention> Dates { get; set; } = [];

    /// <summary>Place names resolved against the gazetteer, in text order (places stage).</summary>
    public ImmutableArray<PlaceMention> Places { get; set; } = [];

    /// <summary>Figures attached to killed / injured / arrested, in text order (figures stage).</summary>
    public ImmutableArray<FigureMention> Figures { get; set; } = [];

    /// <summary>Named people with their titles or roles, in text order (persons stage).</summary>
    public ImmutableArray<PersonMention> Persons { get; set; } = [];

    /// <summary>Organisations, groups and named people, in text order (actors stage).</summary>
    public ImmutableArray<ActorMention> Actors { get; set; } = [];

    /// <summary>Statements with their speakers, in text order (statements stage).</summary>
    public ImmutableArray<StatementMention> Statements { get; set; } = [];

    /// <summary>The body's word tokens, made once on first use and shared by the stages that read words.</summary>
    internal List<WordToken> Tokens => _tokens ??= WordTokenizer.Tokenize(Text);

    private List<WordToken>? _tokens;

    /// <summary>Incidents, one per type × place × day (incidents stage, the last one).</summary>
    public ImmutableArray<IncidentMention> Incidents { get; set; } = [];

    /// <summary>Named victims and detainees, one per person per fate, in text order (person-fates stage, after incidents).</summary>
    public ImmutableArray<PersonFate> PersonFates { get; set; } = [];
}
