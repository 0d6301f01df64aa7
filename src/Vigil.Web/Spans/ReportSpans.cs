using Microsoft.EntityFrameworkCore;
using Vigil.Core.Extraction;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Extractions;
using Vigil.Storage.Mentions;
using Vigil.Storage.Persons;
using Vigil.Storage.Reports;

namespace Vigil.Web.Spans;

/// <summary>
/// Every span to highlight in a report: the stored incident and statement evidence, and the field spans (dates, places,
/// figures, actors) stored with the report's extraction (<see cref="ReportExtraction"/>), so the highlights are the ones
/// the stored mentions were made from even after the lexicons change. A report stored before field spans were kept has
/// none: for it the current pipeline is re-run on the stored body and the page says so (<c>vigil reextract</c> stores them).
/// </summary>
public sealed class ReportSpans(VigilDbContext db, ExtractionPipeline pipeline)
{
    /// <summary>
    /// The highlights for <paramref name="report"/>, with its stored mentions and statements. With
    /// <paramref name="confirmedOnly"/> (viewers) only mentions of confirmed incidents are returned, and field
    /// highlights only inside their evidence: an unconfirmed incident's machine values are not theirs to see.
    /// Each person mention whose person <paramref name="persons"/> may see is highlighted with an anchor the person
    /// page links to (<see cref="PersonAnchor"/>); readers see only confirmed, publishable persons.
    /// <c>ReRun</c> is true when the field spans were found by re-running today's pipeline (no stored spans).
    /// </summary>
    public async Task<(List<Highlight> Highlights, List<Mention> Mentions, List<StatementMention> Statements, bool ReRun)> ForAsync(Report report, bool confirmedOnly = false, IncidentAudience persons = IncidentAudience.Reader, CancellationToken cancellationToken = default)
    {
        var mentions = await VisibleMentionsAsync(db, report.Id, confirmedOnly, cancellationToken);
        var statements = await db.StatementMentions.AsNoTracking().Where(s => s.ReportId == report.Id).OrderBy(s => s.Ordinal).ToListAsync(cancellationToken);
        var highlights = new List<Highlight>();
        highlights.AddRange(mentions.Select(m => new Highlight(m.EvidenceStart, m.EvidenceEnd, "incident", $"incident {m.Ordinal + 1}: {m.Type}")));
        highlights.AddRange(statements.Select(s => new Highlight(s.EvidenceStart, s.EvidenceEnd, "statement", $"statement {s.Ordinal + 1}: {s.Speaker}")));
        var visiblePersons = new PersonFilter { Audience = persons }.Apply(db.Persons.AsNoTracking()).Select(p => p.Id);
        var personMentions = await db.PersonMentions.AsNoTracking()
            .Where(m => m.ReportId == report.Id && m.PersonId != null && visiblePersons.Contains(m.PersonId.Value))
            .OrderBy(m => m.Ordinal).ToListAsync(cancellationToken);
        highlights.AddRange(personMentions.Select(m => new Highlight(m.EvidenceStart, m.EvidenceEnd, "person", $"person: {m.Name} ({m.Fate})", PersonAnchor(m.Id))));
        var (fields, reRun) = await FieldsAsync(report.Id, report.Body, report.Published, report.Language, cancellationToken);
        highlights.AddRange(confirmedOnly
            ? fields.Where(f => mentions.Any(m => f.Start >= m.EvidenceStart && f.End <= m.EvidenceEnd))
            : fields);
        return (highlights, mentions, statements, reRun);
    }

    /// <summary>The id of a person mention's span on the report page (the person page links to <c>/reports/{report}#…</c>).</summary>
    public static string PersonAnchor(Guid personMention) => $"person-mention-{personMention}";

    /// <summary>A report's mentions in order; with <paramref name="confirmedOnly"/> only those clustered into a confirmed incident.</summary>
    public static async Task<List<Mention>> VisibleMentionsAsync(VigilDbContext db, string reportId, bool confirmedOnly, CancellationToken cancellationToken = default)
    {
        var mentions = await db.Mentions.AsNoTracking().Where(m => m.ReportId == reportId).OrderBy(m => m.Ordinal).ToListAsync(cancellationToken);
        if (!confirmedOnly || mentions.Count == 0)
        {
            return mentions;
        }

        var incidentIds = mentions.Where(m => m.IncidentId != null).Select(m => m.IncidentId!.Value).Distinct().ToList();
        var confirmed = (await db.Incidents.AsNoTracking()
            .Where(i => incidentIds.Contains(i.Id) && i.Status == Vigil.Storage.Incidents.IncidentStatus.Confirmed)
            .Select(i => i.Id).ToListAsync(cancellationToken)).ToHashSet();
        return mentions.Where(m => m.IncidentId is { } id && confirmed.Contains(id)).ToList();
    }

    /// <summary>
    /// Date, place, figure and actor spans of the report <paramref name="reportId"/>: those stored with its extraction, or,
    /// for a report stored before spans were kept (or whose stored spans do not read), those the current pipeline finds in
    /// <paramref name="body"/> (<c>ReRun</c> true).
    /// </summary>
    public async Task<(List<Highlight> Fields, bool ReRun)> FieldsAsync(string reportId, string body, DateOnly? published, string? language, CancellationToken cancellationToken = default)
    {
        var stored = await db.ReportExtractions.AsNoTracking().Where(e => e.ReportId == reportId).Select(e => e.SpansJson).FirstOrDefaultAsync(cancellationToken);
        if (stored is not null && FieldSpans.Parse(stored) is { } spans && spans.TrueForAll(s => s.End <= body.Length))
        {
            return ([.. spans.Select(Of)], false);
        }

        return ([.. FieldSpans.Of(pipeline.Run(body, published, language)).Select(Of)], true);
    }

    /// <summary>The highlight of one field span, with its tooltip label.</summary>
    public static Highlight Of(FieldSpan span) => span.Kind switch
    {
        "date" => new Highlight(span.Start, span.End, "date", $"date: {span.Value}{(span.Detail is { } e ? " – " + e : string.Empty)}"),
        "place" => new Highlight(span.Start, span.End, "place", $"place: {span.Value}{(span.Detail is { } a ? ", " + a : string.Empty)}"),
        "figure" => new Highlight(span.Start, span.End, "figure", $"figure: {span.Value} {Incidents.Figures.Range(span.Min, span.Max)}"),
        _ => new Highlight(span.Start, span.End, span.Kind, $"{span.Kind}: {span.Value}"),
    };
}
