using System.Collections.Immutable;
using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Places;

namespace Vigil.Core.Incidents;

/// <summary>
/// What the clusterer knows of one Mention (one report's account of an incident): enough to decide
/// whether two mentions describe the same real-world incident.
/// </summary>
/// <param name="Id">The mention's id (stable; the tie-breaker that makes clustering deterministic).</param>
/// <param name="Type">The incident type.</param>
/// <param name="Date">When, at its precision; null when unknown.</param>
/// <param name="DateEnd">End of a range; null for a single date.</param>
/// <param name="Location">Where; null when unknown.</param>
/// <param name="Actors">Who acted (canonical names).</param>
/// <param name="Victims">Who it was done to (canonical names).</param>
/// <param name="SourceKey">The outlet that published the report (null when unknown).</param>
/// <param name="Killed">Reported deaths.</param>
/// <param name="Injured">Reported injuries.</param>
/// <param name="Arrested">Reported arrests.</param>
/// <param name="DateSource">
/// Where <paramref name="Date"/> came from. A <see cref="DateSource.Publication"/> date only says the incident happened on
/// or before that day: it is weighed as a window ending there (<see cref="ClusteringOptions.PublicationWindowDays"/>),
/// never as the day itself, so it neither keeps apart nor splits what the text dates agree on.
/// </param>
/// <param name="OrderKey">
/// A key that depends on the report's content, not on when it arrived (Storage: the report's SHA-256, with the mention's
/// position in it as <paramref name="OrderPosition"/>). The clusterer breaks ties by it, then by <paramref name="OrderPosition"/>,
/// before the id, so the same reports give the same incidents in any ingest order even though ids (UUID v7) follow arrival.
/// Null sorts first and falls back to the id.
/// </param>
/// <param name="Persons">
/// The persons the report names in this mention with their fates (default: none). For killings, arrests and executions
/// they are evidence: different named persons on both sides keep two accounts apart, the same named person with the same
/// fate joins them across places and scripts (docs/pipeline/clustering.md, "Persons").
/// </param>
/// <param name="OrderPosition">
/// The mention's position among those sharing its <paramref name="OrderKey"/> (Storage: its ordinal in the report), compared
/// after it. A number rather than part of the key, so the mentions of one report can share one key string: a round holds a
/// record for every mention its blocks connect to (docs/scaling.md, session 20).
/// </param>
/// <param name="ReportKey">
/// The report the mention was extracted from (null when unknown). Two accounts of one family that a report dates
/// differently from its own text are two incidents in that report's eyes ("304 killed in November; more than 220 of them
/// on the 16th and 17th"), so they are never joined.
/// </param>
public sealed record MentionRecord(
    Guid Id,
    IncidentType Type,
    PartialDate? Date,
    PartialDate? DateEnd,
    Place? Location,
    ImmutableArray<string> Actors,
    ImmutableArray<string> Victims,
    string? SourceKey,
    FigureRange? Killed = null,
    FigureRange? Injured = null,
    FigureRange? Arrested = null,
    DateSource DateSource = DateSource.Text,
    string? OrderKey = null,
    ImmutableArray<MentionPerson> Persons = default,
    string? ReportKey = null,
    int OrderPosition = 0);
