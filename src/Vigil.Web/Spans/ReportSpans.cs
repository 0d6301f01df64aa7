using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Extraction;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Mentions;
using Vigil.Storage.Persons;
using Vigil.Storage.Reports;

namespace Vigil.Web.Spans;

/// <summary>
/// Every span to highlight in a report: the stored incident and statement evidence, and the field spans
/// (dates, places, counts, actors) that the pipeline finds when re-run on the stored body (it is
/// deterministic; the stored spans are what ingest recorded).
/// </summary>
public sealed class ReportSpans(VigilDbContext db, ExtractionPipeline pipeline)
{
    /// <summary>
    /// The highlights for <paramref name="report"/>, with its stored mentions and statements. With
    /// <paramref name="confirmedOnly"/> (viewers) only mentions of confirmed incidents are returned, and field
    /// highlights only inside their evidence: an unconfirmed incident's machine values are not theirs to see.
    /// Each person mention whose person <paramref name="persons"/> may see is highlighted with an anchor the person
    /// page links to (<see cref="PersonAnchor"/>); readers see only confirmed, publishable persons.
    /// </summary>
    public async Task<(List<Highlight> Highlights, List<Mention> Mentions, List<StatementMention> Statements)> ForAsync(Report report, bool confirmedOnly = false, IncidentAudience persons = IncidentAudience.Reader, CancellationToken cancellationToken = default)
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
        highlights.AddRange(confirmedOnly
            ? Fields(report).Where(f => mentions.Any(m => f.Start >= m.EvidenceStart && f.End <= m.EvidenceEnd))
            : Fields(report));
        return (highlights, mentions, statements);
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

    /// <summary>Date, place, count and actor spans found by the pipeline in <paramref name="report"/>'s body.</summary>
    public IEnumerable<Highlight> Fields(Report report) => Fields(report.Body, report.Published, report.Language);

    /// <summary>Date, place, count and actor spans found by the pipeline in <paramref name="body"/> (published on <paramref name="published"/>, written in <paramref name="language"/>, guessed from the script when null).</summary>
    public IEnumerable<Highlight> Fields(string body, DateOnly? published, string? language = null)
    {
        var result = pipeline.Run(body, published, language);
        foreach (var d in result.Dates)
        {
            yield return new Highlight(d.Span.Start, d.Span.End, "date", $"date: {d.Start}{(d.End is { } e ? " – " + e : string.Empty)}");
        }

        foreach (var p in result.Places)
        {
            yield return new Highlight(p.Span.Start, p.Span.End, "place", $"place: {p.Place.Name}{(p.Place.Admin1 is { } a ? ", " + a : string.Empty)}");
        }

        foreach (var c in result.Figures)
        {
            yield return new Highlight(c.Span.Start, c.Span.End, "figure", $"figure: {c.Kind.ToString().ToLowerInvariant()} {Incidents.Figures.Range(c.Range.Min, c.Range.Max)}");
        }

        foreach (var a in result.Actors)
        {
            yield return new Highlight(a.Span.Start, a.Span.End, "actor", $"actor: {a.Name}");
        }
    }
}
