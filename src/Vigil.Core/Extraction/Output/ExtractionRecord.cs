using System.Collections.Immutable;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Extraction.Output;

/// <summary>One report's extraction as read back from a <c>vigil extract --json</c> line.</summary>
/// <param name="Doc">The document id (file name without extension).</param>
/// <param name="Published">The publication date, when the report gave one.</param>
/// <param name="Language">ISO 639-1 code of the report's language.</param>
/// <param name="Incidents">The incidents, in the order written.</param>
/// <param name="Statements">The statements, in the order written.</param>
public sealed record ExtractionRecord(
    string Doc,
    DateOnly? Published,
    string? Language,
    ImmutableArray<IncidentMention> Incidents,
    ImmutableArray<StatementMention> Statements);
