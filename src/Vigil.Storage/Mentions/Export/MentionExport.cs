using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;

namespace Vigil.Storage.Mentions.Export;

/// <summary>
/// <c>vigil export mentions --format jsonl</c>: every stored Mention, one JSON object per line, with the report's file
/// name, its coded fields, its evidence span (UTF-16 offsets into the report body, and the text between them) and the
/// incident clustering put it in, and <c>part_of</c>: the wave that incident is a part of (null when it is a part of none).
/// For users who audit the clustering, and for <c>cluster_score.py --mentions</c>. Ordered by report
/// file name, report id and position in the report, so two exports of the same store are byte-identical.
/// </summary>
public sealed class MentionExport(VigilDbContext db)
{
    /// <summary>The formats <see cref="WriteAsync"/> accepts.</summary>
    public static readonly IReadOnlyList<string> Formats = ["jsonl"];

    /// <summary>Writes every mention to <paramref name="output"/> (UTF-8, no BOM, one object per line) and returns how many.</summary>
    public async Task<int> WriteAsync(Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var reports = await db.Reports.AsNoTracking()
            .OrderBy(r => r.FileName).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.FileName })
            .ToListAsync(cancellationToken);
        var count = 0;
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var chunk in reports.Chunk(200))
        {
            var ids = chunk.Select(r => r.Id).ToList();
            var bodies = await db.Reports.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Body }).ToDictionaryAsync(r => r.Id, r => r.Body, cancellationToken);
            var mentions = await db.Mentions.AsNoTracking().Where(m => ids.Contains(m.ReportId)).ToListAsync(cancellationToken);
            var incidents = mentions.Where(m => m.IncidentId is not null).Select(m => m.IncidentId!.Value).Distinct().ToList();
            var waveOf = new Dictionary<Guid, Guid>();
            foreach (var part in incidents.Chunk(500))
            {
                foreach (var row in await db.Incidents.AsNoTracking().Where(i => part.Contains(i.Id) && i.PartOfId != null).Select(i => new { i.Id, i.PartOfId }).ToListAsync(cancellationToken))
                {
                    waveOf[row.Id] = row.PartOfId!.Value;
                }
            }

            var byReport = mentions.ToLookup(m => m.ReportId, StringComparer.Ordinal);
            foreach (var report in chunk)
            {
                var body = bodies[report.Id];
                foreach (var mention in byReport[report.Id].OrderBy(m => m.Ordinal).ThenBy(m => m.Id))
                {
                    Write(json, report.FileName, body, mention, mention.IncidentId is { } i && waveOf.TryGetValue(i, out var w) ? w : null);
                    await json.FlushAsync(cancellationToken);
                    json.Reset();
                    output.WriteByte((byte)'\n');
                    count++;
                }
            }
        }

        await output.FlushAsync(cancellationToken);
        return count;
    }

    private static void Write(Utf8JsonWriter w, string fileName, string body, Mention m, Guid? partOf)
    {
        w.WriteStartObject();
        w.WriteString("report", fileName);
        w.WriteString("id", m.Id);
        w.WriteString("type", m.Type);
        w.WriteString("date", m.Date);
        w.WriteString("date_end", m.DateEnd);
        w.WriteString("date_source", m.DateSource);
        w.WriteString("place", m.Place);
        w.WriteString("admin1", m.Admin1);
        w.WriteString("country", m.Country);
        w.WriteString("geo_precision", m.GeoPrecision);
        w.WriteStartObject("evidence");
        w.WriteNumber("start", m.EvidenceStart);
        w.WriteNumber("end", m.EvidenceEnd);
        w.WriteString("text", SpanText(body, m.EvidenceStart, m.EvidenceEnd));
        w.WriteEndObject();
        if (m.IncidentId is { } incident)
        {
            w.WriteString("incident", incident);
        }
        else
        {
            w.WriteNull("incident");
        }

        if (partOf is { } wave)
        {
            w.WriteString("part_of", wave);
        }
        else
        {
            w.WriteNull("part_of");
        }

        w.WriteEndObject();
    }

    /// <summary>The evidence text; empty when the stored offsets do not fit the body (a row older than its report's re-extraction).</summary>
    private static string SpanText(string body, int start, int end) =>
        start >= 0 && end >= start && end <= body.Length ? body[start..end] : string.Empty;
}
