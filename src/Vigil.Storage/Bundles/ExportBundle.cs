using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Extraction;
using Vigil.Storage.Audit;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Vigil.Storage.Evidence;
using Vigil.Storage.Incidents;
using Vigil.Storage.Incidents.Export;
using Vigil.Storage.Mentions;
using Vigil.Storage.Reports;
using Vigil.Storage.Sources;

namespace Vigil.Storage.Bundles;

/// <summary>
/// Writes an evidence bundle: a BagIt-style folder that a court, a UN mechanism or a partner can check without
/// Vigil. <c>data/</c> holds the selected incidents as JSON and CSV (every mention with its evidence span and the
/// field spans inside it), the original bytes of their reports and evidence named by SHA-256, the reports' text
/// the spans index into, and the segment of the audit chain from the first entry that names any of them up to
/// the head. <c>manifest-sha256.txt</c> lists every payload file's hash (<c>sha256sum -c</c> reads it),
/// <c>tagmanifest-sha256.txt</c> the tag files', and <c>verify_bundle.py</c> (Python standard library) re-walks
/// the chain. The public profile leaves out unconfirmed incidents, victims' names, file names, the text and
/// bytes of reports that name no source (testimony), evidence text, and location/device metadata (images are
/// cleaned; files that cannot be cleaned are left out), and lists what it withheld in <c>data/withheld.txt</c>.
/// </summary>
public sealed class ExportBundle(VigilDbContext db, BlobStore blobs, ExtractionPipeline pipeline)
{
    private static readonly JsonWriterOptions Json = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the bundle for the incidents <paramref name="filter"/> selects into the empty or new folder <paramref name="folder"/>.</summary>
    public async Task<BundleSummary> WriteAsync(IncidentFilter filter, bool forPublic, string folder, DateTime now, CancellationToken cancellationToken = default)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new BundleException($"{folder}: the folder is not empty (a bundle is written into a new or empty folder)");
        }

        DataDirectory.Create(folder);
        var data = Path.Combine(folder, "data");
        foreach (var sub in new[] { "records", "reports", "texts", "evidence", "audit" })
        {
            Directory.CreateDirectory(Path.Combine(data, sub));
        }

        var withheld = new List<string>();
        var query = filter.Apply(db, db.Incidents.AsNoTracking(), await EditedIncident.LoadAsync(db, cancellationToken), provinceIgnoresCase: true);
        if (filter.Status is null)
        {
            query = query.Where(i => i.Status != IncidentStatus.Rejected);
        }

        var selected = await query.OrderBy(i => i.DateFrom).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        var incidents = forPublic ? selected.Where(i => i.Status == IncidentStatus.Confirmed).ToList() : selected;
        if (forPublic && selected.Count > incidents.Count)
        {
            withheld.Add($"{selected.Count - incidents.Count} incident(s) not confirmed by an editor: {string.Join(' ', selected.Where(i => i.Status != IncidentStatus.Confirmed).Select(i => i.Id))}");
        }

        var ids = incidents.Select(i => i.Id).ToList();
        var mentions = new List<Mention>();
        foreach (var chunk in ids.Chunk(500))
        {
            mentions.AddRange(await db.Mentions.AsNoTracking().Where(m => m.IncidentId != null && chunk.Contains(m.IncidentId.Value)).ToListAsync(cancellationToken));
        }

        var reportIds = mentions.Select(m => m.ReportId).Distinct().ToList();
        var reports = new Dictionary<string, Report>(StringComparer.Ordinal);
        foreach (var chunk in reportIds.Chunk(500))
        {
            foreach (var r in await db.Reports.AsNoTracking().Include(r => r.Source).Include(r => r.Evidence).Where(r => chunk.Contains(r.Id)).ToListAsync(cancellationToken))
            {
                reports[r.Id] = r;
            }
        }

        // Reports: original bytes and the text the spans index into. Publicly only those a source published.
        var shownReports = new HashSet<string>(StringComparer.Ordinal);
        var withheldReports = new List<string>();
        var withheldEvidence = new List<string>();
        var evidenceFiles = new List<(EvidenceFile File, string Name, string Sha256)>();
        foreach (var report in reports.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            if (forPublic && report.Source is null)
            {
                withheldReports.Add(report.Id);
                continue;
            }

            if (!blobs.Exists(report.Id))
            {
                throw new BundleException($"report {report.Id[..12]}: its original bytes are missing from the blob store (run vigil verify)");
            }

            shownReports.Add(report.Id);
            File.Copy(blobs.PathOf(report.Id), Path.Combine(data, "reports", report.Id + Extension(report.Format)));
            await File.WriteAllTextAsync(Path.Combine(data, "texts", report.Id + ".txt"), report.Body, new UTF8Encoding(false), cancellationToken);
            foreach (var e in report.Evidence.OrderBy(e => e.Id, StringComparer.Ordinal))
            {
                await BundleEvidenceAsync(e);
            }
        }

        // The media items editors attached to these incidents: every file of each item travels too (the whole
        // provenance chain of the picture or footage, not only the copy that came with a bundled report). Publicly,
        // a file whose report names no outlet (possibly testimony) is withheld like the report, its hash kept.
        var mediaLinks = await MediaLinksAsync(ids, cancellationToken);
        var inBundle = evidenceFiles.Select(e => e.File.Id).ToHashSet(StringComparer.Ordinal);
        var itemFiles = mediaLinks.SelectMany(l => l.Files).Select(f => f.EvidenceId).Where(f => !inBundle.Contains(f)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var chunk in itemFiles.Chunk(500))
        {
            var rows = await (from e in db.Evidence.AsNoTracking()
                              where chunk.Contains(e.Id)
                              join r in db.Reports.AsNoTracking() on e.ReportId equals r.Id into reportRows
                              from r in reportRows.DefaultIfEmpty()
                              select new { File = e, Published = r != null && r.SourceId != null }).ToListAsync(cancellationToken);
            foreach (var row in rows.OrderBy(r => r.File.Id, StringComparer.Ordinal))
            {
                if (forPublic && !row.Published)
                {
                    withheldEvidence.Add($"{row.File.Id} (a file of an attached media item whose report names no outlet, or that came with no report)");
                    continue;
                }

                await BundleEvidenceAsync(row.File);
            }
        }

        async Task BundleEvidenceAsync(EvidenceFile e)
        {
            var extension = Path.GetExtension(e.FileName).ToLowerInvariant();
            if (!blobs.Exists(e.Id))
            {
                throw new BundleException($"evidence {e.Id[..12]}: its original bytes are missing from the blob store (run vigil verify)");
            }

            if (!forPublic)
            {
                var name = e.Id + extension;
                File.Copy(blobs.PathOf(e.Id), Path.Combine(data, "evidence", name), overwrite: true);
                evidenceFiles.Add((e, name, e.Id));
                return;
            }

            var clean = LocationMetadata.StripBytes(await File.ReadAllBytesAsync(blobs.PathOf(e.Id), cancellationToken), e.MediaType);
            if (clean is null)
            {
                withheldEvidence.Add($"{e.Id} ({e.MediaType}: location and device metadata cannot be removed from this format)");
                return;
            }

            var cleanId = BlobStore.IdOf(clean);
            await File.WriteAllBytesAsync(Path.Combine(data, "evidence", cleanId + extension), clean, cancellationToken);
            evidenceFiles.Add((e, cleanId + extension, cleanId));
        }

        if (withheldReports.Count > 0)
        {
            withheld.Add($"{withheldReports.Count} report(s) that name no outlet (possibly testimony): their text, bytes and evidence; their SHA-256 stays in the records: {string.Join(' ', withheldReports)}");
        }

        if (withheldEvidence.Count > 0)
        {
            withheld.Add($"{withheldEvidence.Count} evidence file(s): {string.Join("; ", withheldEvidence)}");
        }

        if (forPublic)
        {
            withheld.Add("for every record: victims' names, report file names, evidence text, evidence files' metadata; images are published without EXIF/XMP/IPTC blocks (their original SHA-256 is given)");
        }

        var fields = await FieldSpansAsync(mentions, reports, cancellationToken);
        await WriteRecordsAsync(data, incidents, mentions, reports, shownReports, fields, forPublic, cancellationToken);
        await WriteEvidenceListAsync(data, evidenceFiles, forPublic, cancellationToken);
        await WriteMediaLinksAsync(data, mediaLinks, evidenceFiles, forPublic, cancellationToken);

        // The audit chain from the first entry naming any record, report or evidence file up to the head.
        var subjects = ids.Select(i => i.ToString()).Concat(reportIds).Concat(evidenceFiles.Select(e => e.File.Id)).Concat(mediaLinks.Select(l => Media.LinkMedia.SubjectId(l.Link.IncidentId, l.Link.EvidenceId)))
            .Concat(reports.Values.Where(r => r.SourceId != null).Select(r => r.SourceId!.Value.ToString())).Distinct().ToList();
        long? first = null;
        foreach (var chunk in subjects.Chunk(500))
        {
            var min = await db.AuditEntries.AsNoTracking().Where(e => chunk.Contains(e.SubjectId)).Select(e => (long?)e.Sequence).MinAsync(cancellationToken);
            first = min is null ? first : Math.Min(first ?? long.MaxValue, min.Value);
        }

        var (segmentFirst, head, headHash) = await WriteAuditAsync(data, first ?? long.MaxValue, cancellationToken);
        if (withheld.Count > 0)
        {
            await File.WriteAllLinesAsync(Path.Combine(data, "withheld.txt"), withheld, new UTF8Encoding(false), cancellationToken);
        }

        // The tag files and the manifests last, once every payload file is in place.
        await File.WriteAllTextAsync(Path.Combine(folder, "bagit.txt"), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", cancellationToken);
        var payload = Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories).Select(f => Relative(folder, f)).Order(StringComparer.Ordinal).ToList();
        var bytes = payload.Sum(f => new FileInfo(Path.Combine(folder, f)).Length);
        await File.WriteAllTextAsync(Path.Combine(folder, "bag-info.txt"), string.Join('\n',
            "Source-Organization: Vigil evidence bundle",
            $"Bagging-Date: {now:yyyy-MM-dd}",
            $"Payload-Oxum: {bytes}.{payload.Count}",
            $"Vigil-Profile: {(forPublic ? "public" : "full")}",
            $"Vigil-Incidents: {incidents.Count}",
            $"Vigil-Audit-Segment: {segmentFirst}-{head}",
            $"Vigil-Audit-Head: {head}:{headHash}") + "\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "README.md"), BundleFiles.Readme(forPublic, head, headHash), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, BundleFiles.ScriptName), BundleFiles.Script, cancellationToken);
        await File.WriteAllLinesAsync(Path.Combine(folder, "manifest-sha256.txt"), payload.Select(f => $"{Sha256Of(Path.Combine(folder, f))}  {f}"), cancellationToken);
        string[] tags = ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "README.md", BundleFiles.ScriptName];
        await File.WriteAllLinesAsync(Path.Combine(folder, "tagmanifest-sha256.txt"), tags.Select(f => $"{Sha256Of(Path.Combine(folder, f))}  {f}"), cancellationToken);
        return new BundleSummary(incidents.Count, mentions.Count, shownReports.Count, evidenceFiles.Count, head, headHash, withheld) { MediaLinks = mediaLinks.Count };
    }

    // The field spans stored with each report's extraction; a report stored before they were kept is re-run through the
    // current pipeline (in its language), as the report page does.
    private async Task<Dictionary<Guid, List<FieldSpan>>> FieldSpansAsync(List<Mention> mentions, Dictionary<string, Report> reports, CancellationToken cancellationToken)
    {
        var result = new Dictionary<Guid, List<FieldSpan>>();
        var reportIds = mentions.Select(m => m.ReportId).Distinct().ToList();
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in reportIds.Chunk(500))
        {
            foreach (var row in await db.ReportExtractions.AsNoTracking().Where(e => chunk.Contains(e.ReportId)).Select(e => new { e.ReportId, e.SpansJson }).ToListAsync(cancellationToken))
            {
                stored[row.ReportId] = row.SpansJson;
            }
        }

        foreach (var group in mentions.GroupBy(m => m.ReportId))
        {
            if (!reports.TryGetValue(group.Key, out var report))
            {
                continue;
            }

            var found = stored.TryGetValue(report.Id, out var json) && Extractions.FieldSpans.Parse(json) is { } kept && kept.TrueForAll(s => s.End <= report.Body.Length)
                ? kept
                : Extractions.FieldSpans.Of(pipeline.Run(report.Body, report.Published, report.Language));
            var spans = found.Select(s => s.Kind switch
            {
                "date" => new FieldSpan("date", s.Detail is { } e ? $"{s.Value}/{e}" : s.Value, s.Start, s.End),
                "figure" => new FieldSpan(s.Value, s.Max is { } max && max != s.Min ? $"{s.Min}-{max}" : $"{s.Min}", s.Start, s.End),
                _ => new FieldSpan(s.Kind, s.Value, s.Start, s.End),
            }).ToList();
            foreach (var m in group)
            {
                result[m.Id] = spans.Where(s => s.Start >= m.EvidenceStart && s.End <= m.EvidenceEnd).OrderBy(s => s.Start).ToList();
            }
        }

        return result;
    }

    private static async Task WriteRecordsAsync(string data, List<Incident> incidents, List<Mention> mentions, Dictionary<string, Report> reports, HashSet<string> shown, Dictionary<Guid, List<FieldSpan>> fields, bool forPublic, CancellationToken cancellationToken)
    {
        var byIncident = mentions.ToLookup(m => m.IncidentId!.Value);
        await using (var stream = File.Create(Path.Combine(data, "records", "incidents.json")))
        await using (var w = new Utf8JsonWriter(stream, Json))
        {
            w.WriteStartArray();
            foreach (var i in incidents)
            {
                var o = IncidentOverrides.Of(i);
                w.WriteStartObject();
                w.WriteString("id", i.Id.ToString());
                w.WriteString("type", IncidentOverrides.Effective(o, "type", i.Type));
                w.WriteString("date", IncidentOverrides.Effective(o, "date", i.Date));
                w.WriteString("date_end", IncidentOverrides.Effective(o, "date_end", i.DateEnd));
                w.WriteString("place", IncidentOverrides.Effective(o, "place", i.Place));
                w.WriteString("admin1", IncidentOverrides.Effective(o, "admin1", i.Admin1));
                w.WriteString("country", IncidentOverrides.Effective(o, "country", i.Country));
                WriteNumber(w, "latitude", i.Latitude);
                WriteNumber(w, "longitude", i.Longitude);
                w.WriteString("actors", IncidentOverrides.Effective(o, "actors", i.Actors));
                if (!forPublic)
                {
                    w.WriteString("victims", IncidentOverrides.Effective(o, "victims", i.Victims));
                }

                foreach (var (kind, min, max, best) in new[] { ("killed", i.KilledMin, i.KilledMax, i.KilledBest), ("injured", i.InjuredMin, i.InjuredMax, i.InjuredBest), ("arrested", i.ArrestedMin, i.ArrestedMax, i.ArrestedBest) })
                {
                    w.WriteStartObject(kind);
                    WriteNumber(w, "min", min);
                    WriteNumber(w, "max", max);
                    WriteNumber(w, "best", IncidentOverrides.EffectiveFigure(o, kind, best));
                    w.WriteEndObject();
                }

                w.WriteString("status", i.Status);
                w.WriteNumber("corroboration", i.Corroboration);
                w.WriteString("sources", SourceNames.WithoutFileNames(i.Sources));
                w.WriteStartArray("mentions");
                foreach (var m in byIncident[i.Id].OrderBy(m => m.ReportId, StringComparer.Ordinal).ThenBy(m => m.Ordinal))
                {
                    var report = reports.GetValueOrDefault(m.ReportId);
                    var included = shown.Contains(m.ReportId);
                    w.WriteStartObject();
                    w.WriteString("mention", m.Id.ToString());
                    w.WriteString("report_sha256", m.ReportId);
                    w.WriteString("report_file", included ? $"data/reports/{m.ReportId}{Extension(report!.Format)}" : null);
                    w.WriteString("report_text", included ? $"data/texts/{m.ReportId}.txt" : null);
                    w.WriteString("source", SourceNames.Of(report?.Source?.Name));
                    w.WriteString("published", report?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    w.WriteString("type", m.Type);
                    w.WriteString("date", m.Date);
                    w.WriteString("place", m.Place);
                    w.WriteStartObject("evidence");
                    w.WriteNumber("start", m.EvidenceStart);
                    w.WriteNumber("end", m.EvidenceEnd);
                    w.WriteString("text", included && !forPublic ? Slice(report!.Body, m.EvidenceStart, m.EvidenceEnd) : null);
                    w.WriteEndObject();
                    w.WriteStartArray("fields");
                    foreach (var f in fields.GetValueOrDefault(m.Id) ?? [])
                    {
                        w.WriteStartObject();
                        w.WriteString("field", f.Field);
                        w.WriteString("value", f.Value);
                        w.WriteNumber("start", f.Start);
                        w.WriteNumber("end", f.End);
                        w.WriteString("text", included ? Slice(report!.Body, f.Start, f.End) : null);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        await using (var writer = new StreamWriter(Path.Combine(data, "records", "incidents.csv"), false, new UTF8Encoding(false)))
        await using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var column in new[] { "incident", "type", "date", "date_end", "place", "admin1", "country", "killed_best", "injured_best", "arrested_best", "status", "corroboration", "sources" })
            {
                csv.WriteField(column);
            }

            await csv.NextRecordAsync();
            foreach (var i in incidents)
            {
                var o = IncidentOverrides.Of(i);
                foreach (var value in new[]
                {
                    i.Id.ToString(), IncidentOverrides.Effective(o, "type", i.Type), IncidentOverrides.Effective(o, "date", i.Date), IncidentOverrides.Effective(o, "date_end", i.DateEnd),
                    IncidentOverrides.Effective(o, "place", i.Place), IncidentOverrides.Effective(o, "admin1", i.Admin1), IncidentOverrides.Effective(o, "country", i.Country),
                    IncidentOverrides.EffectiveFigure(o, "killed", i.KilledBest)?.ToString(CultureInfo.InvariantCulture),
                    IncidentOverrides.EffectiveFigure(o, "injured", i.InjuredBest)?.ToString(CultureInfo.InvariantCulture),
                    IncidentOverrides.EffectiveFigure(o, "arrested", i.ArrestedBest)?.ToString(CultureInfo.InvariantCulture),
                    i.Status, i.Corroboration.ToString(CultureInfo.InvariantCulture), SourceNames.WithoutFileNames(i.Sources),
                })
                {
                    csv.WriteField(value);
                }

                await csv.NextRecordAsync();
            }
        }

        // One row per field span: the evidence behind every value, by report and offsets.
        await using (var writer = new StreamWriter(Path.Combine(data, "records", "spans.csv"), false, new UTF8Encoding(false)))
        await using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var column in new[] { "incident", "mention", "report_sha256", "field", "value", "start", "end", "text" })
            {
                csv.WriteField(column);
            }

            await csv.NextRecordAsync();
            foreach (var m in mentions.OrderBy(m => m.IncidentId).ThenBy(m => m.ReportId, StringComparer.Ordinal).ThenBy(m => m.Ordinal))
            {
                var included = shown.Contains(m.ReportId);
                var body = reports.GetValueOrDefault(m.ReportId)?.Body ?? string.Empty;
                var rows = new List<FieldSpan> { new("evidence", m.Type, m.EvidenceStart, m.EvidenceEnd) };
                rows.AddRange(fields.GetValueOrDefault(m.Id) ?? []);
                foreach (var f in rows)
                {
                    var text = included && (f.Field != "evidence" || !forPublic) ? Slice(body, f.Start, f.End) : null;
                    foreach (var value in new[] { m.IncidentId.ToString(), m.Id.ToString(), m.ReportId, f.Field, f.Value, f.Start.ToString(CultureInfo.InvariantCulture), f.End.ToString(CultureInfo.InvariantCulture), text })
                    {
                        csv.WriteField(value);
                    }

                    await csv.NextRecordAsync();
                }
            }
        }
    }

    private static async Task WriteEvidenceListAsync(string data, List<(EvidenceFile File, string Name, string Sha256)> files, bool forPublic, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(Path.Combine(data, "records", "evidence.json"));
        await using var w = new Utf8JsonWriter(stream, Json);
        w.WriteStartArray();
        foreach (var (e, name, sha) in files)
        {
            w.WriteStartObject();
            w.WriteString("file", "data/evidence/" + name);
            w.WriteString("sha256", sha);
            w.WriteString("original_sha256", e.Id);
            w.WriteString("report_sha256", e.ReportId);
            w.WriteString("media_type", e.MediaType);
            if (!forPublic)
            {
                w.WriteString("original_file_name", e.FileName);
                w.WritePropertyName("metadata");
                using var metadata = JsonDocument.Parse(e.MetadataJson);
                metadata.RootElement.WriteTo(w);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        await w.FlushAsync(cancellationToken);
    }

    // The media items editors attached to the incidents: each link with the files of its item, earliest first
    // (a file no other file matches is an item of one).
    private async Task<List<(Media.IncidentMedia Link, IReadOnlyList<Media.MediaItemFile> Files)>> MediaLinksAsync(List<Guid> incidentIds, CancellationToken cancellationToken)
    {
        var links = new List<Media.IncidentMedia>();
        foreach (var chunk in incidentIds.Chunk(500))
        {
            links.AddRange(await db.IncidentMedia.AsNoTracking().Where(l => chunk.Contains(l.IncidentId)).ToListAsync(cancellationToken));
        }

        var items = new Media.FindMediaItems(db);
        var result = new List<(Media.IncidentMedia, IReadOnlyList<Media.MediaItemFile>)>();
        foreach (var link in links.OrderBy(l => l.IncidentId).ThenBy(l => l.LinkedAt).ThenBy(l => l.EvidenceId, StringComparer.Ordinal))
        {
            var item = await items.OfAsync(link.EvidenceId, cancellationToken);
            var files = item?.Files ?? await (from e in db.Evidence.AsNoTracking()
                                              where e.Id == link.EvidenceId
                                              join r in db.Reports.AsNoTracking() on e.ReportId equals r.Id into reports
                                              from r in reports.DefaultIfEmpty()
                                              select new Media.MediaItemFile { EvidenceId = e.Id, FileName = e.FileName, ReportId = e.ReportId, Published = r == null ? null : r.Published, IngestedAt = e.IngestedAt, IsVideo = db.EvidenceFingerprints.Any(f => f.EvidenceId == e.Id && f.IsVideo) })
                .ToListAsync(cancellationToken);
            result.Add((link, files));
        }

        return result;
    }

    // data/records/media.json: per link, the files of its item with their provenance (report, its publication date,
    // when Vigil stored the file, the closest match and its distance) and the bundled copy, or null where withheld.
    private static async Task WriteMediaLinksAsync(string data, List<(Media.IncidentMedia Link, IReadOnlyList<Media.MediaItemFile> Files)> links, List<(EvidenceFile File, string Name, string Sha256)> bundled, bool forPublic, CancellationToken cancellationToken)
    {
        var inBundle = bundled.GroupBy(b => b.File.Id, StringComparer.Ordinal).ToDictionary(b => b.Key, b => "data/evidence/" + b.First().Name, StringComparer.Ordinal);
        await using var stream = File.Create(Path.Combine(data, "records", "media.json"));
        await using var w = new Utf8JsonWriter(stream, Json);
        w.WriteStartArray();
        foreach (var (link, files) in links)
        {
            w.WriteStartObject();
            w.WriteString("incident", link.IncidentId.ToString());
            w.WriteString("evidence_sha256", link.EvidenceId);
            w.WriteString("linked_by", link.LinkedBy);
            w.WriteString("linked_at", link.LinkedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            w.WriteString("audit_subject", Media.LinkMedia.SubjectId(link.IncidentId, link.EvidenceId));
            w.WriteStartArray("media_item");
            foreach (var file in files)
            {
                w.WriteStartObject();
                w.WriteString("sha256", file.EvidenceId);
                w.WriteString("file", inBundle.GetValueOrDefault(file.EvidenceId));
                w.WriteString("report_sha256", file.ReportId);
                w.WriteString("report_published", file.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("stored_at", file.IngestedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                w.WriteString("kind", file.IsVideo ? "video" : "image");
                if (!forPublic)
                {
                    w.WriteString("original_file_name", file.FileName);
                }

                w.WriteString("matched_sha256", file.MatchedEvidenceId);
                if (file.Distance is { } distance)
                {
                    w.WriteNumber("distance", distance);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        await w.FlushAsync(cancellationToken);
    }

    private async Task<(long First, long Head, string HeadHash)> WriteAuditAsync(string data, long first, CancellationToken cancellationToken)
    {
        long head = 0;
        var headHash = AuditChain.GenesisHash;
        long segmentFirst = 0;
        await using var writer = new StreamWriter(Path.Combine(data, "audit", "segment.jsonl"), false, new UTF8Encoding(false));
        await foreach (var e in db.AuditEntries.AsNoTracking().Where(e => e.Sequence >= first).OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            segmentFirst = segmentFirst == 0 ? e.Sequence : segmentFirst;
            await writer.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["sequence"] = e.Sequence,
                ["at"] = e.At.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
                ["actor"] = e.Actor,
                ["action"] = e.Action,
                ["subject_type"] = e.SubjectType,
                ["subject_id"] = e.SubjectId,
                ["payload_hash"] = e.PayloadHash,
                ["previous_hash"] = e.PreviousHash,
                ["hash"] = e.Hash,
            }));
            (head, headHash) = (e.Sequence, e.Hash);
        }

        await File.WriteAllTextAsync(Path.Combine(data, "audit", "head.txt"), $"{head}:{headHash}\n", cancellationToken);
        return (segmentFirst, head, headHash);
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Slice(string body, int start, int end) =>
        start >= 0 && end <= body.Length && start <= end ? body[start..end] : string.Empty;

    private static string Extension(string format) => format switch
    {
        "html" => ".html",
        "markdown" => ".md",
        _ => ".txt",
    };

    internal static string Relative(string folder, string file) => Path.GetRelativePath(folder, file).Replace('\\', '/');

    internal static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private sealed record FieldSpan(string Field, string Value, int Start, int End);
}
