using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Vigil.Storage.Evidence;
using Vigil.Storage.Incidents;
using Vigil.Storage.Mentions;
using Vigil.Storage.Reports;
using Vigil.Storage.Sources;
using Vigil.Storage.Statements;

namespace Vigil.Storage.Audit;

/// <summary>
/// The canonical payload of each audited row: a JSON object with a fixed property order, hashed
/// with SHA-256. <c>vigil verify</c> recomputes it from the stored row and compares it with the
/// hash its latest audit entry recorded, so an edit made behind Vigil's back is found.
/// </summary>
public static class AuditPayload
{
    /// <summary>Hex SHA-256 of a report's canonical payload (the body enters through its own hash).</summary>
    public static string HashOf(Report report) => Hash(w =>
    {
        w.WriteString("type", "report");
        w.WriteString("id", report.Id);
        w.WriteString("source_id", report.SourceId?.ToString());
        w.WriteString("file_name", report.FileName);
        w.WriteString("format", report.Format);
        w.WriteString("title", report.Title);
        w.WriteString("published", report.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("url", report.Url);
        w.WriteString("language", report.Language);
        w.WriteString("body_sha256", Hex(SHA256.HashData(Encoding.UTF8.GetBytes(report.Body))));
        w.WriteNumber("word_count", report.WordCount);
        w.WriteNumber("byte_length", report.ByteLength);
    });

    /// <summary>Hex SHA-256 of an evidence file's canonical payload.</summary>
    public static string HashOf(EvidenceFile evidence) => Hash(w =>
    {
        w.WriteString("type", "evidence");
        w.WriteString("id", evidence.Id);
        w.WriteString("report_id", evidence.ReportId);
        w.WriteString("file_name", evidence.FileName);
        w.WriteString("media_type", evidence.MediaType);
        w.WriteNumber("byte_length", evidence.ByteLength);
        w.WriteString("metadata_sha256", Hex(SHA256.HashData(Encoding.UTF8.GetBytes(evidence.MetadataJson))));
    });

    /// <summary>
    /// Hex SHA-256 of everything extraction stored for one report (its mentions and statement mentions,
    /// in ordinal order): one audit entry covers a report's extraction rather than one per row.
    /// </summary>
    public static string HashOfMentions(string reportId, IEnumerable<Mention> mentions, IEnumerable<StatementMention> statements) => Hash(w =>
    {
        w.WriteString("type", "mentions");
        w.WriteString("report_id", reportId);
        w.WriteStartArray("incidents");
        foreach (var m in mentions.OrderBy(m => m.Ordinal))
        {
            w.WriteStartArray();
            w.WriteStringValue(m.Id.ToString());
            w.WriteNumberValue(m.Ordinal);
            w.WriteStringValue(m.Type);
            w.WriteStringValue(m.Date);
            w.WriteStringValue(m.DateEnd);
            w.WriteStringValue(m.Place);
            w.WriteStringValue(m.Admin1);
            w.WriteStringValue(m.Country);
            w.WriteStringValue(m.Latitude?.ToString("R", CultureInfo.InvariantCulture));
            w.WriteStringValue(m.Longitude?.ToString("R", CultureInfo.InvariantCulture));
            w.WriteStringValue(m.GeoPrecision);
            w.WriteStringValue(m.Actors);
            w.WriteStringValue(m.Victims);
            WriteNumbers(w, m.KilledMin, m.KilledMax, m.InjuredMin, m.InjuredMax, m.ArrestedMin, m.ArrestedMax);

            w.WriteNumberValue(m.EvidenceStart);
            w.WriteNumberValue(m.EvidenceEnd);
            w.WriteStringValue(m.Confidence.ToString("R", CultureInfo.InvariantCulture));

            // Written only when set, so rows stored before the field keep their hashes.
            if (m.DateSource is not null)
            {
                w.WriteStringValue(m.DateSource);
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteStartArray("statements");
        foreach (var s in statements.OrderBy(s => s.Ordinal))
        {
            w.WriteStartArray();
            w.WriteStringValue(s.Id.ToString());
            w.WriteNumberValue(s.Ordinal);
            w.WriteStringValue(s.Speaker);
            w.WriteStringValue(s.SpeakerRole);
            w.WriteStringValue(s.Date);
            w.WriteStringValue(s.Outlet);
            w.WriteStringValue(s.Quote);
            w.WriteNumberValue(s.EvidenceStart);
            w.WriteNumberValue(s.EvidenceEnd);
            w.WriteEndArray();
        }

        w.WriteEndArray();
    });

    /// <summary>Hex SHA-256 of a report's extraction record: the pipeline version and the field spans' JSON.</summary>
    public static string HashOf(Extractions.ReportExtraction extraction) => Hash(w =>
    {
        w.WriteString("type", "report_extraction");
        w.WriteString("report_id", extraction.ReportId);
        w.WriteString("pipeline_version", extraction.PipelineVersion);
        w.WriteString("spans_sha256", Hex(SHA256.HashData(Encoding.UTF8.GetBytes(extraction.SpansJson))));
    });

    /// <summary>
    /// Hex SHA-256 of an incident's canonical payload: every field (including the date window that
    /// filters use), the editor's overrides, and its member mentions (sorted) with their pinned flags,
    /// so a mention moved or unpinned behind Vigil's back is found.
    /// </summary>
    public static string HashOf(Incident incident, IEnumerable<(Guid Id, bool Pinned)> members) => Hash(w =>
    {
        w.WriteString("type", "incident");
        w.WriteString("id", incident.Id.ToString());
        w.WriteString("incident_type", incident.Type);
        w.WriteString("date", incident.Date);
        w.WriteString("date_end", incident.DateEnd);
        w.WriteString("date_from", incident.DateFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("date_to", incident.DateTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("place", incident.Place);
        w.WriteString("admin1", incident.Admin1);
        w.WriteString("country", incident.Country);
        w.WriteString("lat", incident.Latitude?.ToString("R", CultureInfo.InvariantCulture));
        w.WriteString("lon", incident.Longitude?.ToString("R", CultureInfo.InvariantCulture));
        w.WriteString("geo_precision", incident.GeoPrecision);
        w.WriteString("actors", incident.Actors);
        w.WriteString("victims", incident.Victims);
        w.WriteStartArray("figures");
        WriteNumbers(w, incident.KilledMin, incident.KilledMax, incident.KilledBest, incident.InjuredMin, incident.InjuredMax, incident.InjuredBest, incident.ArrestedMin, incident.ArrestedMax, incident.ArrestedBest);
        w.WriteEndArray();
        w.WriteString("figures_json", incident.FiguresJson);
        w.WriteNumber("corroboration", incident.Corroboration);
        w.WriteNumber("mention_count", incident.MentionCount);
        w.WriteNumber("source_count", incident.SourceCount);
        w.WriteString("sources", incident.Sources);
        w.WriteString("status", incident.Status);
        w.WriteString("overrides", incident.OverridesJson);

        // Written only when set, so the payload of an incident that is no wave and no part (and every hash recorded before
        // waves existed) is unchanged.
        if (incident.IsWave)
        {
            w.WriteBoolean("wave", true);
        }

        if (incident.PartOfId is not null || incident.PartOfPinned)
        {
            w.WriteString("part_of", incident.PartOfId?.ToString());
            w.WriteBoolean("part_of_pinned", incident.PartOfPinned);
        }

        w.WriteStartArray("mentions");
        foreach (var (id, pinned) in members.OrderBy(m => m.Id))
        {
            w.WriteStringValue(pinned ? id + " pinned" : id.ToString());
        }

        w.WriteEndArray();
    });

    /// <summary>Hex SHA-256 of a statement's canonical payload with its member statement-mention ids.</summary>
    public static string HashOf(Statement statement, IEnumerable<Guid> mentionIds) => Hash(w =>
    {
        w.WriteString("type", "statement");
        w.WriteString("id", statement.Id.ToString());
        w.WriteString("speaker_id", statement.SpeakerId.ToString());
        w.WriteString("date", statement.Date);
        w.WriteString("quote", statement.Quote);
        w.WriteString("outlet", statement.Outlet);
        w.WriteString("sources", statement.Sources);
        w.WriteStartArray("mentions");
        foreach (var id in mentionIds.Order())
        {
            w.WriteStringValue(id.ToString());
        }

        w.WriteEndArray();
    });

    /// <summary>Hex SHA-256 of a speaker's canonical payload.</summary>
    public static string HashOf(Speaker speaker) => Hash(w =>
    {
        w.WriteString("type", "speaker");
        w.WriteString("id", speaker.Id.ToString());
        w.WriteString("key", speaker.Key);
        w.WriteString("name", speaker.Name);
        w.WriteString("variants", speaker.Variants);
        w.WriteString("roles", speaker.RolesJson);
    });

    /// <summary>Hex SHA-256 of an editor's grade of a mention's credibility.</summary>
    public static string HashOfCredibility(Guid mentionId, int credibility) => Hash(w =>
    {
        w.WriteString("type", "credibility");
        w.WriteString("mention_id", mentionId.ToString());
        w.WriteNumber("credibility", credibility);
    });

    /// <summary>The payload hash recorded when a row is deleted.</summary>
    public const string Deleted = "deleted";

    /// <summary>Hex SHA-256 of a source's canonical payload.</summary>
    public static string HashOf(Source source) => Hash(w =>
    {
        w.WriteString("type", "source");
        w.WriteString("id", source.Id.ToString());
        w.WriteString("name", source.Name);
        w.WriteString("key", source.Key);
        w.WriteString("kind", source.Kind);
        w.WriteString("affiliation", source.Affiliation);
        w.WriteString("reliability", source.Reliability);
    });

    /// <summary>Hex SHA-256 of a set of blobs (a copy's payload): their ids in order.</summary>
    public static string HashOfBlobs(IEnumerable<string> ids) => Hash(w =>
    {
        w.WriteString("type", "blobs");
        w.WriteStartArray("ids");
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
    });

    /// <summary>Lower-case hex of <paramref name="bytes"/>.</summary>
    public static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    private static void WriteNumbers(Utf8JsonWriter w, params int?[] numbers)
    {
        foreach (var n in numbers)
        {
            if (n is { } v)
            {
                w.WriteNumberValue(v);
            }
            else
            {
                w.WriteNullValue();
            }
        }
    }

    private static string Hash(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Hex(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }
}
