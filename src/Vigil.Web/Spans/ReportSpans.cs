using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Extraction;
using Vigil.Storage.Database;
using Vigil.Storage.Mentions;
using Vigil.Storage.Reports;

namespace Vigil.Web.Spans;

/// <summary>
/// Every span to highlight in a report: the stored incident and statement evidence, and the field spans
/// (dates, places, counts, actors) that the pipeline finds when re-run on the stored body (it is
/// deterministic; the stored spans are what ingest recorded).
/// </summary>
public sealed class ReportSpans(VigilDbContext db, ExtractionPipeline pipeline)
{
    /// <summary>The highlights for <paramref name="report"/>, with its stored mentions and statements.</summary>
    public async Task<(List<Highlight> Highlights, List<Mention> Mentions, List<StatementMention> Statements)> ForAsync(Report report, CancellationToken cancellationToken = default)
    {
        var mentions = await db.Mentions.AsNoTracking().Where(m => m.ReportId == report.Id).OrderBy(m => m.Ordinal).ToListAsync(cancellationToken);
        var statements = await db.StatementMentions.AsNoTracking().Where(s => s.ReportId == report.Id).OrderBy(s => s.Ordinal).ToListAsync(cancellationToken);
        var highlights = new List<Highlight>();
        highlights.AddRange(mentions.Select(m => new Highlight(m.EvidenceStart, m.EvidenceEnd, "incident", $"incident {m.Ordinal + 1}: {m.Type}")));
        highlights.AddRange(statements.Select(s => new Highlight(s.EvidenceStart, s.EvidenceEnd, "statement", $"statement {s.Ordinal + 1}: {s.Speaker}")));
        highlights.AddRange(Fields(report));
        return (highlights, mentions, statements);
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

        foreach (var c in result.Counts)
        {
            yield return new Highlight(c.Span.Start, c.Span.End, "count", $"count: {c.Kind.ToString().ToLowerInvariant()} {Incidents.Figures.Range(c.Range.Min, c.Range.Max)}");
        }

        foreach (var a in result.Actors)
        {
            yield return new Highlight(a.Span.Start, a.Span.End, "actor", $"actor: {a.Name}");
        }
    }
}
