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

/// <summary>What the pipeline found in one report: every mention list, in text order, with spans into <see cref="Text"/>.</summary>
/// <param name="Text">The report body the spans index into.</param>
/// <param name="Published">The publication date relative dates were resolved against.</param>
/// <param name="Paragraphs">Paragraphs.</param>
/// <param name="Sentences">Sentences.</param>
/// <param name="Dates">Date expressions.</param>
/// <param name="Places">Places resolved against the gazetteer.</param>
/// <param name="Figures">Figures attached to killed / injured / arrested.</param>
/// <param name="Persons">Named people with their titles or roles.</param>
/// <param name="Actors">Organisations, groups and named people.</param>
/// <param name="Statements">Statements with their speakers.</param>
/// <param name="Incidents">Incidents, one per type × place × day.</param>
/// <param name="Language">The ISO 639-1 code the report was read in (given or guessed from the script).</param>
public sealed record ExtractionResult(
    string Text,
    DateOnly? Published,
    ImmutableArray<Paragraph> Paragraphs,
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<DateMention> Dates,
    ImmutableArray<PlaceMention> Places,
    ImmutableArray<FigureMention> Figures,
    ImmutableArray<PersonMention> Persons,
    ImmutableArray<ActorMention> Actors,
    ImmutableArray<StatementMention> Statements,
    ImmutableArray<IncidentMention> Incidents,
    string Language)
{
    /// <summary>Why nothing was extracted, when the pipeline did not run ("no extraction for language ku"); null when it ran.</summary>
    public string? Note => Notice?.ToString();

    /// <summary><see cref="Note"/> as a template and its values, so a front end can say it in the reader's language.</summary>
    public UserMessage? Notice { get; init; }

    /// <summary>Named victims and detainees: one entry per person per fate, each linked to its incident mention where there is one.</summary>
    public ImmutableArray<PersonFate> PersonFates { get; init; } = [];

    /// <summary>
    /// The records of type <typeparamref name="TRecord"/> the pipeline's stages made (<see cref="ExtractionStage{TRecord}"/>),
    /// in text order — including record types added after this result's named lists; empty when no stage made them.
    /// </summary>
    public ImmutableArray<TRecord> Get<TRecord>() => RecordKind<TRecord>.Read(_records);

    private object?[] _records = [];

    internal static ExtractionResult From(ExtractionContext c) =>
        new(c.Text, c.Published, c.Paragraphs, c.Sentences, c.Dates, c.Places, c.Figures, c.Persons, c.Actors, c.Statements, c.Incidents, c.Language)
        {
            PersonFates = c.PersonFates,
            _records = c.Records,
        };
}
