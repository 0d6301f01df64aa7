using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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
/// date (the anchor for relative dates — Core never reads a clock) and each stage's records, stored by type
/// (<see cref="Get{TRecord}"/>, <see cref="Set{TRecord}"/>) so a new record type needs no change here.
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

    /// <summary>
    /// The outlet that published the report (front matter's <c>outlet:</c> or <c>source:</c>), when known: its own voice
    /// («پیشتر صدای آمریکا گزارش داد» in a VOA report) is not a statement (GUIDELINE.md).
    /// </summary>
    public string? Outlet { get; init; }

    /// <summary>The ISO 639-1 code of the language the report was read in ("en").</summary>
    public string Language { get; init; } = "en";

    /// <summary>
    /// The records of type <typeparamref name="TRecord"/> a stage stored (<see cref="ExtractionStage{TRecord}"/>), in
    /// text order; empty when no stage made them (a stage left out of the pipeline, or not run yet).
    /// </summary>
    /// <remarks>
    /// Inlined, so that a caller that names the type (<see cref="Sentences"/>, <see cref="Places"/>…) reads its slot directly:
    /// as a call, the code shared by every record class looked the slot up through the runtime's generic dictionary each time,
    /// about 0.6 % of `vigil-extract` over 12 MB (docs/pipeline/pipeline.md, session 25).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ImmutableArray<TRecord> Get<TRecord>() => RecordKind<TRecord>.Read(_records);

    /// <summary>Stores a stage's records of type <typeparamref name="TRecord"/>, replacing any stored before.</summary>
    public void Set<TRecord>(ImmutableArray<TRecord> records)
    {
        var slot = RecordKind<TRecord>.Slot;
        if (slot >= _records.Length)
        {
            Array.Resize(ref _records, Math.Max(slot + 1, _records.Length * 2));
        }

        _records[slot] = records.IsDefault ? ImmutableArray<TRecord>.Empty : records;
    }

    // One slot per record type, numbered the first time the type is used: a stage's look-up is an array read.
    private object?[] _records = new object?[16];

    /// <summary>Paragraphs, in text order (segmentation stage).</summary>
    public ImmutableArray<Paragraph> Paragraphs => Get<Paragraph>();

    /// <summary>Sentences, in text order (segmentation stage).</summary>
    public ImmutableArray<Sentence> Sentences => Get<Sentence>();

    /// <summary>Date expressions, in text order (dates stage).</summary>
    public ImmutableArray<DateMention> Dates => Get<DateMention>();

    /// <summary>Place names resolved against the gazetteer, in text order (places stage).</summary>
    public ImmutableArray<PlaceMention> Places => Get<PlaceMention>();

    /// <summary>Figures attached to killed / injured / arrested, in text order (figures stage).</summary>
    public ImmutableArray<FigureMention> Figures => Get<FigureMention>();

    /// <summary>Named people with their titles or roles, in text order (persons stage).</summary>
    public ImmutableArray<PersonMention> Persons => Get<PersonMention>();

    /// <summary>Organisations, groups and named people, in text order (actors stage).</summary>
    public ImmutableArray<ActorMention> Actors => Get<ActorMention>();

    /// <summary>Statements with their speakers, in text order (statements stage).</summary>
    public ImmutableArray<StatementMention> Statements => Get<StatementMention>();

    /// <summary>Incidents, one per type × place × day (incidents stage; the person-fates stage refines their figures).</summary>
    public ImmutableArray<IncidentMention> Incidents => Get<IncidentMention>();

    /// <summary>Named victims and detainees, one per person per fate, in text order (person-fates stage, after incidents).</summary>
    public ImmutableArray<PersonFate> PersonFates => Get<PersonFate>();

    /// <summary>
    /// The body's word tokens, made once on first use and shared by the stages that read words; each numbered in
    /// <see cref="WordTable"/>, again for the words still without a number when a lexicon has loaded since.
    /// </summary>
    internal List<WordToken> Tokens
    {
        get
        {
            if (_tokens is null)
            {
                _tokens = _spareTokens ?? [];
                _spareTokens = null;
                WordTokenizer.Tokenize(Text, _tokens);
            }

            var words = WordTable.Count;
            if (words != _numberedAt)
            {
                WordTable.Number(Text, _tokens);
                _numberedAt = words;
            }

            return _tokens;
        }
    }

    private List<WordToken>? _tokens;
    private int _numberedAt = -1;

    // The token list of the report this thread extracted last, handed back by ReleaseTokens: a new one per report was 8 %
    // of the pipeline's allocation (docs/pipeline/pipeline.md, session 17). One whose report was very long is not kept.
    [ThreadStatic]
    private static List<WordToken>? _spareTokens;

    private const int MaxSpareTokens = 1 << 16;

    /// <summary>
    /// Gives the token list to the next report this thread extracts. Called by <see cref="ExtractionPipeline"/> once every
    /// stage has run and the result is made; <see cref="Tokens"/> makes a new list if anything asks again.
    /// </summary>
    internal void ReleaseTokens()
    {
        if (_tokens is { } tokens)
        {
            _tokens = null;
            _numberedAt = -1;
            if (tokens.Capacity <= MaxSpareTokens)
            {
                tokens.Clear();
                _spareTokens = tokens;
            }
        }
    }

    /// <summary>
    /// The body's quotations (<see cref="QuoteScanner.Scan"/>), made once for the persons and statements stages, which both
    /// read them (each scanned the body for itself: about 1.5 % of `vigil-extract`'s samples over 12 MB). Asked with another
    /// <paramref name="maxParagraphs"/> than the last time, scanned again. Callers must not change the list.
    /// </summary>
    internal List<Quotation> Quotes(int maxParagraphs)
    {
        if (_quotes is null || _quotesMaxParagraphs != maxParagraphs)
        {
            _quotes = QuoteScanner.Scan(Text, maxParagraphs);
            _quotesMaxParagraphs = maxParagraphs;
        }

        return _quotes;
    }

    private List<Quotation>? _quotes;
    private int _quotesMaxParagraphs;

    /// <summary>The dates by span, made once on first use: rules ask "is this word inside a date?" once per word.</summary>
    internal SpanIndex DateIndex => IndexOf<DateMention>(static d => d.Span);

    /// <summary>
    /// The stored records of type <typeparamref name="TRecord"/> by span, made on first use and again after they are
    /// replaced: a rule that asks "which places, persons, dates lie here?" once per word or sentence then costs the
    /// same however long the report is.
    /// </summary>
    internal SpanIndex IndexOf<TRecord>(Func<TRecord, TextSpan> spanOf)
    {
        var records = Get<TRecord>();
        var slot = RecordKind<TRecord>.Slot;
        if (slot >= _indexes.Length)
        {
            Array.Resize(ref _indexes, Math.Max(slot + 1, _indexes.Length * 2));
        }

        if (_indexes[slot] is not { } cached || cached.Of is not ImmutableArray<TRecord> of || of != records)
        {
            _indexes[slot] = cached = (records, SpanIndex.Of(records, spanOf));
        }

        return cached.Index;
    }

    private (object Of, SpanIndex Index)?[] _indexes = new (object, SpanIndex)?[16];

    /// <summary>A copy of every stored record list, for the <see cref="ExtractionResult"/>.</summary>
    internal object?[] Records => (object?[])_records.Clone();
}

/// <summary>Numbers record types in the order they are first stored or read.</summary>
internal static class RecordKind
{
    private static int _next = -1;

    internal static int Next() => Interlocked.Increment(ref _next);
}

/// <summary>The slot of <typeparamref name="TRecord"/> in every <see cref="ExtractionContext"/>.</summary>
internal static class RecordKind<TRecord>
{
    internal static readonly int Slot = RecordKind.Next();

    /// <summary>The records of this type in <paramref name="records"/> (a context's slots), or empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ImmutableArray<TRecord> Read(object?[] records) =>
        Slot < records.Length && records[Slot] is ImmutableArray<TRecord> found ? found : [];
}
