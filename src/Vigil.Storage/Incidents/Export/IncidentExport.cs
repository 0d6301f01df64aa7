using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Output;
using Vigil.Storage.Database;

namespace Vigil.Storage.Incidents.Export;

/// <summary>
/// Writes incidents as ACLED-compatible CSV, JSON, GeoJSON points or a per-day × province × type
/// count table. Effective values are used (an editor's value where set). The ACLED mapping is
/// documented in the README. Rejected incidents are left out unless the filter asks for them.
/// </summary>
public sealed class IncidentExport(VigilDbContext db)
{
    /// <summary>The export formats.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["acled", "json", "geojson", "counts"];

    private static readonly JsonWriterOptions JsonOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the incidents matching <paramref name="filter"/> in <paramref name="format"/>; returns how many were written.</summary>
    public async Task<int> WriteAsync(string format, IncidentFilter filter, Stream output, CancellationToken cancellationToken = default)
    {
        var query = filter.Apply(db.Incidents.AsNoTracking(), await EditedIncident.LoadAsync(db, cancellationToken));
        if (filter.Status is null)
        {
            query = query.Where(i => i.Status != IncidentStatus.Rejected);
        }

        var incidents = query.OrderBy(i => i.DateFrom).ThenBy(i => i.Id).AsAsyncEnumerable();
        return format switch
        {
            "acled" => await WriteAcledAsync(incidents, output, cancellationToken),
            "json" => await WriteJsonAsync(incidents, output, geo: false, await MediaLinksAsync(cancellationToken), cancellationToken),
            "geojson" => await WriteJsonAsync(incidents, output, geo: true, await MediaLinksAsync(cancellationToken), cancellationToken),
            "counts" => await WriteCountsAsync(incidents, output, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown export format"),
        };
    }

    /// <summary>ACLED time_precision: 1 = day, 2 = within a week, 3 = month or coarser.</summary>
    public static int TimePrecision(string? date, string? dateEnd)
    {
        var start = PartialDate.Parse(date);
        if (start is not { Precision: DatePrecision.Day })
        {
            return 3;
        }

        var end = PartialDate.Parse(dateEnd);
        return end is null ? 1 : end.Value.Precision == DatePrecision.Day && end.Value.FirstDay.DayNumber - start.Value.FirstDay.DayNumber <= 7 ? 2 : 3;
    }

    /// <summary>ACLED geo_precision: 1 = the named town, 2 = a province's (region's) centroid, 3 = only the country known.</summary>
    public static int GeoPrecision(string? precision) => precision switch
    {
        "city" => 1,
        "province" => 2,
        _ => 3,
    };

    private static async Task<int> WriteAcledAsync(IAsyncEnumerable<Incident> incidents, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in AcledColumns)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        var count = 0;
        await foreach (var incident in incidents.WithCancellation(cancellationToken))
        {
            var o = IncidentOverrides.Of(incident);
            var type = IncidentOverrides.Effective(o, "type", incident.Type)!;
            var code = AcledMapping.For(ExtractionJson.ParseType(type) ?? IncidentType.Other);
            var date = IncidentOverrides.Effective(o, "date", incident.Date);
            var dateEnd = IncidentOverrides.Effective(o, "date_end", incident.DateEnd);
            var country = IncidentOverrides.Effective(o, "country", incident.Country);
            var actors = Split(IncidentOverrides.Effective(o, "actors", incident.Actors));
            var victims = Split(IncidentOverrides.Effective(o, "victims", incident.Victims));
            var first = PartialDate.Parse(date)?.FirstDay;
            string?[] row =
            [
                incident.Id.ToString(),
                first?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                first?.Year.ToString(CultureInfo.InvariantCulture),
                TimePrecision(date, dateEnd).ToString(CultureInfo.InvariantCulture),
                code.EventType == "Protests" || code.EventType == "Riots" ? "Demonstrations" : code.EventType == "Strategic developments" ? "Strategic developments" : "Political violence",
                code.EventType,
                code.SubEventType,
                actors.FirstOrDefault(),
                string.Join("; ", actors.Skip(1)),
                victims.FirstOrDefault(),
                string.Join("; ", victims.Skip(1)),
                country,
                country is null ? null : CountryName(country),
                IncidentOverrides.Effective(o, "admin1", incident.Admin1),
                IncidentOverrides.Effective(o, "place", incident.Place),
                incident.Latitude?.ToString("0.####", CultureInfo.InvariantCulture),
                incident.Longitude?.ToString("0.####", CultureInfo.InvariantCulture),
                GeoPrecision(incident.GeoPrecision).ToString(CultureInfo.InvariantCulture),
                incident.Sources,
                Notes(incident, o),
                (IncidentOverrides.EffectiveFigure(o, "killed", incident.KilledBest) ?? 0).ToString(CultureInfo.InvariantCulture),
                IncidentOverrides.EffectiveFigure(o, "injured", incident.InjuredBest)?.ToString(CultureInfo.InvariantCulture),
                IncidentOverrides.EffectiveFigure(o, "arrested", incident.ArrestedBest)?.ToString(CultureInfo.InvariantCulture),
                incident.Corroboration.ToString(CultureInfo.InvariantCulture),
                incident.Status,
                new DateTimeOffset(DateTime.SpecifyKind(incident.UpdatedAt, DateTimeKind.Utc)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ];
            foreach (var field in row)
            {
                csv.WriteField(field);
            }

            await csv.NextRecordAsync();
            count++;
        }

        return count;
    }

    /// <summary>The ACLED columns written, then Vigil's own (injuries, arrests, corroboration, status).</summary>
    public static IReadOnlyList<string> AcledColumns { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "iso", "country", "admin1", "location",
        "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
        "injuries", "arrests", "corroboration", "review_status", "timestamp",
    ];

    private static string Notes(Incident incident, Dictionary<string, string> overrides)
    {
        var notes = new StringBuilder();
        if (overrides.TryGetValue("notes", out var editor))
        {
            notes.Append(editor).Append(' ');
        }

        foreach (var (kind, min, max) in new[] { ("killed", incident.KilledMin, incident.KilledMax), ("injured", incident.InjuredMin, incident.InjuredMax), ("arrested", incident.ArrestedMin, incident.ArrestedMax) })
        {
            if (min is { } lo)
            {
                notes.Append(CultureInfo.InvariantCulture, $"{kind}: {AsciiRange(lo, max)} across sources");
                var claims = Claims(incident.FiguresJson, kind);
                if (claims.Length > 0)
                {
                    notes.Append(" (").Append(claims).Append(')');
                }

                notes.Append(". ");
            }
        }

        notes.Append(CultureInfo.InvariantCulture, $"Reported by {incident.SourceCount} outlet(s), {incident.Corroboration} independent.");
        return notes.ToString().Trim();
    }

    private static string Claims(string figuresJson, string kind)
    {
        using var doc = JsonDocument.Parse(figuresJson);
        return string.Join("; ", doc.RootElement.EnumerateArray()
            .Where(c => c.GetProperty("kind").GetString() == kind)
            .Select(c =>
            {
                var min = c.GetProperty("min").GetInt32();
                var max = c.GetProperty("max").ValueKind == JsonValueKind.Null ? (int?)null : c.GetProperty("max").GetInt32();
                return $"{c.GetProperty("source").GetString()}: {AsciiRange(min, max)}";
            }));
    }

    /// <summary>"12", "12-40" or "12+": plain ASCII, for CSV readers and spreadsheets.</summary>
    private static string AsciiRange(int min, int? max) =>
        max is { } hi ? hi == min ? min.ToString(CultureInfo.InvariantCulture) : $"{min}-{hi}" : $"{min}+";

    // The media items editors attached, by incident: the SHA-256 of the file each was attached by (file
    // names stay out: they can carry a witness's name).
    private async Task<ILookup<Guid, string>> MediaLinksAsync(CancellationToken cancellationToken) =>
        (await db.IncidentMedia.AsNoTracking().OrderBy(l => l.LinkedAt).ThenBy(l => l.EvidenceId).Select(l => new { l.IncidentId, l.EvidenceId }).ToListAsync(cancellationToken))
            .ToLookup(l => l.IncidentId, l => l.EvidenceId);

    private static async Task<int> WriteJsonAsync(IAsyncEnumerable<Incident> incidents, Stream output, bool geo, ILookup<Guid, string> media, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(output, JsonOptions);
        writer.WriteStartObject();
        if (geo)
        {
            writer.WriteString("type", "FeatureCollection");
            writer.WriteStartArray("features");
        }
        else
        {
            writer.WriteStartArray("incidents");
        }

        var count = 0;
        await foreach (var incident in incidents.WithCancellation(cancellationToken))
        {
            if (geo && (incident.Latitude is null || incident.Longitude is null))
            {
                continue;
            }

            if (geo)
            {
                writer.WriteStartObject();
                writer.WriteString("type", "Feature");
                writer.WriteStartObject("geometry");
                writer.WriteString("type", "Point");
                writer.WriteStartArray("coordinates");
                writer.WriteNumberValue(Math.Round(incident.Longitude!.Value, 5));
                writer.WriteNumberValue(Math.Round(incident.Latitude!.Value, 5));
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WritePropertyName("properties");
            }

            WriteIncident(writer, incident, media[incident.Id]);
            if (geo)
            {
                writer.WriteEndObject();
            }

            count++;
            if (writer.BytesPending > 1 << 16)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        return count;
    }

    private static void WriteIncident(Utf8JsonWriter w, Incident i, IEnumerable<string> media)
    {
        var o = IncidentOverrides.Of(i);
        w.WriteStartObject();
        w.WriteString("id", i.Id);
        w.WriteString("type", IncidentOverrides.Effective(o, "type", i.Type));
        w.WriteString("date", IncidentOverrides.Effective(o, "date", i.Date));
        w.WriteString("date_end", IncidentOverrides.Effective(o, "date_end", i.DateEnd));
        w.WriteString("place", IncidentOverrides.Effective(o, "place", i.Place));
        w.WriteString("admin1", IncidentOverrides.Effective(o, "admin1", i.Admin1));
        w.WriteString("country", IncidentOverrides.Effective(o, "country", i.Country));
        w.WriteString("geo_precision", i.GeoPrecision);
        w.WriteString("actors", IncidentOverrides.Effective(o, "actors", i.Actors));
        w.WriteString("victims", IncidentOverrides.Effective(o, "victims", i.Victims));
        foreach (var (name, min, max, best) in new[] { ("killed", i.KilledMin, i.KilledMax, i.KilledBest), ("injured", i.InjuredMin, i.InjuredMax, i.InjuredBest), ("arrested", i.ArrestedMin, i.ArrestedMax, i.ArrestedBest) })
        {
            if (min is null && !o.ContainsKey(name))
            {
                w.WriteNull(name);
                continue;
            }

            w.WriteStartObject(name);
            WriteNumber(w, "min", min);
            WriteNumber(w, "max", max);
            WriteNumber(w, "best", IncidentOverrides.EffectiveFigure(o, name, best));
            w.WriteEndObject();
        }

        w.WritePropertyName("figures");
        using (var figures = JsonDocument.Parse(i.FiguresJson))
        {
            figures.RootElement.WriteTo(w);
        }

        w.WriteNumber("mentions", i.MentionCount);
        w.WriteNumber("sources", i.SourceCount);
        w.WriteNumber("corroboration", i.Corroboration);
        w.WriteString("source_names", i.Sources);
        w.WriteString("status", i.Status);
        w.WritePropertyName("editor_values");
        using (var overrides = JsonDocument.Parse(i.OverridesJson))
        {
            overrides.RootElement.WriteTo(w);
        }

        w.WriteStartArray("media");
        foreach (var evidenceId in media)
        {
            w.WriteStringValue(evidenceId);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static async Task<int> WriteCountsAsync(IAsyncEnumerable<Incident> incidents, Stream output, CancellationToken cancellationToken)
    {
        var cells = new SortedDictionary<(string Date, string Province, string Type), (int Incidents, int Killed, int Injured, int Arrested)>(OrdinalCells.Instance);
        var count = 0;
        await foreach (var incident in incidents.WithCancellation(cancellationToken))
        {
            var o = IncidentOverrides.Of(incident);

            // An incident known only to the month (or year) is counted under that month, not spread over days.
            var key = (IncidentOverrides.Effective(o, "date", incident.Date) ?? "unknown", IncidentOverrides.Effective(o, "admin1", incident.Admin1) ?? "", IncidentOverrides.Effective(o, "type", incident.Type)!);
            var cell = cells.GetValueOrDefault(key);
            cells[key] = (cell.Incidents + 1,
                cell.Killed + (IncidentOverrides.EffectiveFigure(o, "killed", incident.KilledBest) ?? 0),
                cell.Injured + (IncidentOverrides.EffectiveFigure(o, "injured", incident.InjuredBest) ?? 0),
                cell.Arrested + (IncidentOverrides.EffectiveFigure(o, "arrested", incident.ArrestedBest) ?? 0));
            count++;
        }

        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in (string[])["date", "province", "type", "incidents", "killed", "injured", "arrested"])
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        foreach (var ((date, province, type), cell) in cells)
        {
            csv.WriteField(date);
            csv.WriteField(province);
            csv.WriteField(type);
            csv.WriteField(cell.Incidents);
            csv.WriteField(cell.Killed);
            csv.WriteField(cell.Injured);
            csv.WriteField(cell.Arrested);
            await csv.NextRecordAsync();
        }

        return count;
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, int? value)
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

    private static string[] Split(string? list) => (list ?? string.Empty).Split("; ", StringSplitOptions.RemoveEmptyEntries);

    private static string CountryName(string code) => code switch
    {
        "IR" => "Iran",
        "IQ" => "Iraq",
        "TR" => "Turkey",
        "AF" => "Afghanistan",
        "US" => "United States",
        _ => code,
    };

    /// <summary>Orders count cells by date, province, type with ordinal string comparison (the same on every machine).</summary>
    private sealed class OrdinalCells : IComparer<(string Date, string Province, string Type)>
    {
        public static readonly OrdinalCells Instance = new();

        public int Compare((string Date, string Province, string Type) x, (string Date, string Province, string Type) y)
        {
            var c = string.CompareOrdinal(x.Date, y.Date);
            c = c != 0 ? c : string.CompareOrdinal(x.Province, y.Province);
            return c != 0 ? c : string.CompareOrdinal(x.Type, y.Type);
        }
    }
}
