using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

namespace Vigil.Storage.Persons;

/// <summary>
/// Writes persons as CSV or JSON, one row per person, in the shape rights groups publish their lists in: names in both
/// scripts, age (a range when sources differ), gender, fates with dates and places, sources, incident ids. Editor's
/// values are used where set. Rejected persons are left out unless the filter asks for them. Each person written for a
/// signed-in reader is recorded in the audit log as read.
/// </summary>
public sealed class PersonExport(VigilDbContext db, TimeProvider clock)
{
    /// <summary>The export formats.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["csv", "json"];

    private static readonly string[] Columns = ["person_id", "name", "name_local", "other_names", "age", "gender", "fates", "first_date", "last_date", "province", "sources", "incident_ids", "mention_count", "status"];

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the persons matching <paramref name="filter"/>; returns how many. <paramref name="reader"/>, when given, is audited as having read each.</summary>
    public async Task<int> WriteAsync(string format, PersonFilter filter, Stream output, string? reader, bool byteOrderMark = false, CancellationToken cancellationToken = default)
    {
        if (!Formats.Contains(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "unknown export format");
        }

        var query = await new ListPersons(db).QueryAsync(filter, cancellationToken);

        var persons = await query.OrderBy(p => p.DateFrom).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var incidents = await IncidentsOfAsync(persons.Select(p => p.Id).ToList(), cancellationToken);
        if (format == "csv")
        {
            if (byteOrderMark)
            {
                await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
            }

            await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
            await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
            foreach (var c in Columns)
            {
                csv.WriteField(c);
            }

            await csv.NextRecordAsync();
            foreach (var p in persons)
            {
                var row = Row(p, incidents.GetValueOrDefault(p.Id) ?? []);
                foreach (var c in Columns)
                {
                    csv.WriteField(row[c] switch { IEnumerable<string> list => string.Join("; ", list), var v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty });
                }

                await csv.NextRecordAsync();
            }
        }
        else
        {
            await using var json = new Utf8JsonWriter(output, JsonOptions);
            json.WriteStartArray();
            foreach (var p in persons)
            {
                var row = Row(p, incidents.GetValueOrDefault(p.Id) ?? []);
                json.WriteStartObject();
                foreach (var c in Columns.Where(c => c != "fates"))
                {
                    json.WritePropertyName(c);
                    JsonSerializer.Serialize(json, row[c]);
                }

                json.WritePropertyName("fates");
                using (var fates = JsonDocument.Parse(p.FatesJson))
                {
                    fates.RootElement.WriteTo(json);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (reader is not null)
        {
            await new ReadPerson(db, clock).RecordReadAsync([.. persons.Select(p => p.Id)], reader, "export", cancellationToken);
        }

        return persons.Count;
    }

    private static Dictionary<string, object?> Row(Person p, IReadOnlyList<Guid> incidents)
    {
        var editor = PersonFields.Of(p);
        var fates = new List<string>();
        using (var doc = JsonDocument.Parse(p.FatesJson))
        {
            foreach (var f in doc.RootElement.EnumerateArray())
            {
                var parts = new[] { f.GetProperty("fate").GetString(), f.GetProperty("date").GetString(), f.GetProperty("place").GetString() };
                fates.Add(string.Join(" ", parts.Where(x => x is not null)));
            }
        }

        if (editor.TryGetValue("fate", out var edited))
        {
            // The editor's fates replace the machine's in the row (the per-source claims stay in the JSON's "fates").
            fates = PersonFields.FatesOf(edited);
        }

        var name = editor.GetValueOrDefault("name") ?? p.Name;
        var local = editor.GetValueOrDefault("name_local") ?? p.NameLocal;
        return new Dictionary<string, object?>
        {
            ["person_id"] = p.Id.ToString(),
            ["name"] = name,
            ["name_local"] = local,
            ["other_names"] = p.Variants.Split("; ", StringSplitOptions.RemoveEmptyEntries).Where(v => v != name && v != local).ToList(),
            ["age"] = editor.GetValueOrDefault("age") ?? AgeText(p.AgeMin, p.AgeMax),
            ["gender"] = editor.GetValueOrDefault("gender") ?? p.Gender,
            ["fates"] = fates,
            ["first_date"] = editor.GetValueOrDefault("date") ?? p.DateFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["last_date"] = editor.GetValueOrDefault("date") ?? p.DateTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["province"] = editor.GetValueOrDefault("admin1") ?? p.Admin1,
            ["sources"] = p.Sources.Split("; ", StringSplitOptions.RemoveEmptyEntries).Select(Sources.SourceNames.WithoutFileNames).ToList(),
            ["incident_ids"] = incidents.Select(i => i.ToString()).ToList(),
            ["mention_count"] = p.MentionCount,
            ["status"] = p.Status,
        };
    }

    /// <summary>"16", or "16-17" when sources give different ages; null when none does.</summary>
    public static string? AgeText(int? min, int? max) =>
        min is null ? null : min == max ? min.Value.ToString(CultureInfo.InvariantCulture) : $"{min}-{max}";

    private async Task<Dictionary<Guid, List<Guid>>> IncidentsOfAsync(List<Guid> personIds, CancellationToken cancellationToken)
    {
        var result = new Dictionary<Guid, List<Guid>>();
        foreach (var chunk in personIds.Chunk(500))
        {
            var rows = await (from m in db.PersonMentions.AsNoTracking()
                              where m.PersonId != null && chunk.Contains(m.PersonId.Value)
                              join im in db.Mentions.AsNoTracking() on m.MentionId equals im.Id
                              where im.IncidentId != null
                              select new { m.PersonId, im.IncidentId }).Distinct().ToListAsync(cancellationToken);
            foreach (var g in rows.GroupBy(r => r.PersonId!.Value))
            {
                result[g.Key] = [.. g.Select(r => r.IncidentId!.Value).Distinct().Order()];
            }
        }

        return result;
    }
}
