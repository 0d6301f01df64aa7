using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Vigil.Storage.Audit;

namespace Vigil.Storage.Persons;

/// <summary>
/// Canonical payload hashes of person mentions and persons for the audit log, so that <c>vigil verify</c> finds a
/// person edited, merged or unpublished behind Vigil's back.
/// </summary>
public static class PersonPayload
{
    /// <summary>The action of an audit entry that records a read of person data (a page, an export), not a change.</summary>
    public const string ReadAction = "person.read";

    /// <summary>Hex SHA-256 of the person mentions one report's extraction stored (the fields extraction sets, in ordinal order).</summary>
    public static string HashOfMentions(string reportId, IEnumerable<PersonMention> mentions) => Hash(w =>
    {
        w.WriteString("type", "person_mentions");
        w.WriteString("report_id", reportId);
        w.WriteStartArray("persons");
        foreach (var m in mentions.OrderBy(m => m.Ordinal))
        {
            w.WriteStartArray();
            w.WriteStringValue(m.Id.ToString());
            w.WriteNumberValue(m.Ordinal);
            w.WriteStringValue(m.Name);
            w.WriteStringValue(m.NameKey);
            w.WriteStringValue(m.Age?.ToString(CultureInfo.InvariantCulture));
            w.WriteStringValue(m.Gender);
            w.WriteStringValue(m.Fate);
            w.WriteStringValue(m.Date);
            w.WriteStringValue(m.Place);
            w.WriteStringValue(m.Admin1);
            w.WriteStringValue(m.Country);
            w.WriteNumberValue(m.EvidenceStart);
            w.WriteNumberValue(m.EvidenceEnd);
            w.WriteStringValue(m.MentionId?.ToString());
            w.WriteEndArray();
        }

        w.WriteEndArray();
    });

    /// <summary>Hex SHA-256 of a person's fields, review state and member mentions (sorted, with pinned flags).</summary>
    public static string HashOf(Person person, IEnumerable<(Guid Id, bool Pinned)> members) => Hash(w =>
    {
        w.WriteString("type", "person");
        w.WriteString("id", person.Id.ToString());
        w.WriteString("key", person.Key);
        w.WriteString("name", person.Name);
        w.WriteString("name_local", person.NameLocal);
        w.WriteString("variants", person.Variants);
        w.WriteString("ages", person.AgesJson);
        w.WriteString("gender", person.Gender);
        w.WriteString("fates", person.FatesJson);
        w.WriteString("date_from", person.DateFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("date_to", person.DateTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("admin1", person.Admin1);
        w.WriteString("sources", person.Sources);
        w.WriteNumber("mention_count", person.MentionCount);
        w.WriteString("status", person.Status);
        w.WriteBoolean("publishable", person.Publishable);
        w.WriteString("overrides", person.OverridesJson);
        w.WriteStartArray("mentions");
        foreach (var (id, pinned) in members.OrderBy(m => m.Id))
        {
            w.WriteStringValue(pinned ? id + " pinned" : id.ToString());
        }

        w.WriteEndArray();
    });

    /// <summary>The payload of a read entry: which view or export read the person (no field values).</summary>
    public static string HashOfRead(Guid personId, string what) => Hash(w =>
    {
        w.WriteString("type", "person_read");
        w.WriteString("id", personId.ToString());
        w.WriteString("what", what);
    });

    private static string Hash(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return AuditPayload.Hex(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }
}
