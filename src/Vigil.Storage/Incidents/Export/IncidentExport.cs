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
using Vigil.Storage.Sources;

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

    /// <summary>
    /// Writes the incidents matching <paramref name="filter"/> in <paramref name="format"/>; returns how many were
    /// written and which were left out (ACLED rows need an <c>event_date</c>, so undated incidents are not written there).
    /// </summary>
    public async Task<ExportSummary> WriteAsync(string format, IncidentFilter filter, Stream output, CancellationToken cancellationToken = default) =>
        await WriteAsync(format, filter, output, byteOrderMark: false, cancellationToken);

    /// <summary>
    /// As <see cref="WriteAsync(string, IncidentFilter, Stream, CancellationToken)"/>; with <paramref name="byteOrderMark"/> a CSV
    /// format starts with the UTF-8 byte-order mark, so spreadsheet programs read Persian names as UTF-8, not as the
    /// machine's legacy code page. JSON formats never carry one (RFC 8259).
    /// </summary>
    public async Task<ExportSummary> WriteAsync(string format, IncidentFilter filter, Stream output, bool byteOrderMark, CancellationToken cancellationToken = default)
    {
        if (byteOrderMark && format is "acled" or "counts")
        {
            await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        }

        var query = filter.Apply(db, db.Incidents.AsNoTracking(), await EditedIncident.LoadAsync(db, cancellationToken), provinceIgnoresCase: true);
        if (filter.Status is null)
        {
            query = query.Where(i => i.Status != IncidentStatus.Rejected);
        }

        // Waves that have parts: ACLED codes days and places, so such a wave is written as its parts, never beside them.
        var withParts = (await db.Incidents.AsNoTracking().Where(i => i.PartOfId != null).Select(i => i.PartOfId!.Value).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var incidents = query.OrderBy(i => i.DateFrom).ThenBy(i => i.Id).AsAsyncEnumerable();
        var leftOut = new List<LeftOutIncident>();
        var written = format switch
        {
            "acled" => await WriteAcledAsync(incidents, output, withParts, leftOut, cancellationToken),
            "json" => await WriteJsonAsync(incidents, output, geo: false, await MediaLinksAsync(cancellationToken), withParts, leftOut, cancellationToken),
            "geojson" => await WriteJsonAsync(incidents, output, geo: true, await MediaLinksAsync(cancellationToken), withParts, leftOut, cancellationToken),
            "counts" => await WriteCountsAsync(incidents, output, withParts, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown export format"),
        };
        return new ExportSummary(written, leftOut);
    }

    /// <summary>
    /// ACLED time_precision: 1 = day, 2 = within a week, 3 = month or coarser. A date that is only the report's
    /// publication date standing in (<paramref name="dateSource"/> "publication") says the event happened on or
    /// before that day, so it is never exact: 3.
    /// </summary>
    public static int TimePrecision(string? date, string? dateEnd, string? dateSource = null)
    {
        var start = PartialDate.Parse(date);
        if (start is not { Precision: DatePrecision.Day } || dateSource == "publication")
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

    /// <summary>True for an incident whose figures are a wave's as a whole (told at a wave's grain, or given parts by an editor).</summary>
    public static bool IsWave(Incident incident, IReadOnlySet<Guid> withParts) => incident.IsWave || withParts.Contains(incident.Id);

    private static async Task<int> WriteAcledAsync(IAsyncEnumerable<Incident> incidents, Stream output, HashSet<Guid> withParts, List<LeftOutIncident> leftOut, CancellationToken cancellationToken)
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
            if (withParts.Contains(incident.Id))
            {
                leftOut.Add(new LeftOutIncident(incident.Id, "a wave with parts: ACLED codes days and places, so its parts are the rows (their notes name it) and its own figures, told for the wave as a whole, are not added to theirs"));
                continue;
            }

            var o = IncidentOverrides.Of(incident);
            var date = IncidentOverrides.Effective(o, "date", incident.Date);
            var first = PartialDate.Parse(date)?.FirstDay;
            if (first is null)
            {
                // ACLED's event_date is mandatory: a row without one breaks every tool that loads the file.
                leftOut.Add(new LeftOutIncident(incident.Id, "no date: ACLED rows need an event_date"));
                continue;
            }

            var type = ExtractionJson.ParseType(IncidentOverrides.Effective(o, "type", incident.Type)!) ?? IncidentType.Other;
            var code = AcledMapping.For(type);
            var dateEnd = IncidentOverrides.Effective(o, "date_end", incident.DateEnd);
            var country = IncidentOverrides.Effective(o, "country", incident.Country);
            var actors = Split(IncidentOverrides.Effective(o, "actors", incident.Actors));
            var victims = Split(IncidentOverrides.Effective(o, "victims", incident.Victims));
            var civilians = code.EventType == "Violence against civilians";
            var sides = AcledActors.Of(type, code, actors, victims, country is null ? null : Countries.Name(country));
            string?[] row =
            [
                incident.Id.ToString(),
                first.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                first.Value.Year.ToString(CultureInfo.InvariantCulture),
                TimePrecision(date, dateEnd, o.ContainsKey("date") ? "text" : incident.DateSource).ToString(CultureInfo.InvariantCulture),
                DisorderType(code),
                code.EventType,
                code.SubEventType,
                sides.Actor1,
                sides.AssocActor1,
                sides.Inter1,
                sides.Actor2,
                sides.AssocActor2,
                sides.Inter2,
                sides.Interaction,
                civilians ? "Civilian targeting" : null,
                country is null ? null : Countries.Numeric(country)?.ToString(CultureInfo.InvariantCulture),
                country is null ? null : Countries.Region(country),
                country is null ? null : Countries.Name(country),
                IncidentOverrides.Effective(o, "admin1", incident.Admin1),
                null,
                null,
                IncidentOverrides.Effective(o, "place", incident.Place),
                incident.Latitude?.ToString("0.####", CultureInfo.InvariantCulture),
                incident.Longitude?.ToString("0.####", CultureInfo.InvariantCulture),
                GeoPrecision(incident.GeoPrecision).ToString(CultureInfo.InvariantCulture),
                SourceNames.WithoutFileNames(incident.Sources),
                null,
                Notes(incident, o),
                IncidentOverrides.EffectiveFigure(o, "killed", incident.KilledBest)?.ToString(CultureInfo.InvariantCulture),
                null,
                new DateTimeOffset(DateTime.SpecifyKind(incident.UpdatedAt, DateTimeKind.Utc)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                IncidentOverrides.EffectiveFigure(o, "injured", incident.InjuredBest)?.ToString(CultureInfo.InvariantCulture),
                IncidentOverrides.EffectiveFigure(o, "arrested", incident.ArrestedBest)?.ToString(CultureInfo.InvariantCulture),
                incident.Corroboration.ToString(CultureInfo.InvariantCulture),
                incident.Status,
                incident.GeoPrecision,
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

    /// <summary>
    /// ACLED's columns in the order of its current export (codebook 2024), then Vigil's own: injuries, arrests,
    /// corroboration (independent sources), review_status and place_precision (city, province or country).
    /// Columns Vigil cannot fill (admin2, admin3, source_scale, tags) are present and empty.
    /// </summary>
    public static IReadOnlyList<string> AcledColumns { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
        "injuries", "arrests", "corroboration", "review_status", "place_precision",
    ];

    /// <summary>ACLED's disorder_type of an event type.</summary>
    private static string DisorderType(AcledCode code) => code.EventType switch
    {
        "Protests" or "Riots" => "Demonstrations",
        "Strategic developments" => "Strategic developments",
        _ => "Political violence",
    };

    private static string Notes(Incident incident, Dictionary<string, string> overrides)
    {
        var notes = new StringBuilder();
        if (overrides.TryGetValue("notes", out var editor))
        {
            notes.Append(editor).Append(' ');
        }

        if (incident.PartOfId is { } wave)
        {
            notes.Append(CultureInfo.InvariantCulture, $"Part of wave {wave} (the wave is not a row of its own; its figures are not in this row). ");
        }
        else if (incident.IsWave)
        {
            notes.Append("A wave told as a whole (a country or province over several days) with no day-and-place parts recorded. ");
        }

        foreach (var (kind, min, max) in new[] { ("killed", incident.KilledMin, incident.KilledMax), ("injured", incident.InjuredMin, incident.InjuredMax), ("arrested", incident.ArrestedMin, incident.ArrestedMax) })
        {
            if (min is { } lo)
            {
                notes.Append(CultureInfo.InvariantCulture, $"{kind}: {AsciiRange(lo, max)} across sources");
                var claims = string.Join("; ", SourceFigure.WithoutFileNames(incident).Where(c => c.Kind == kind).Select(c => $"{c.Source}: {AsciiRange(c.Min, c.Max)}"));
                if (claims.Length > 0)
                {
                    notes.Append(" (").Append(claims).Append(')');
                }

                notes.Append(". ");
            }
        }

        notes.Append(CultureInfo.InvariantCulture, $"Reported by {incident.SourceCount} {(incident.SourceCount == 1 ? "source" : "sources")}, {incident.Corroboration} independent.");
        return notes.ToString().Trim();
    }

    /// <summary>"12", "12-40" or "12+": plain ASCII, for CSV readers and spreadsheets.</summary>
    private static string AsciiRange(int min, int? max) =>
        max is { } hi ? hi == min ? min.ToString(CultureInfo.InvariantCulture) : $"{min}-{hi}" : $"{min}+";

    // The media items editors attached, by incident: the SHA-256 of the file each was attached by (file
    // names stay out: they can carry a witness's name).
    private async Task<ILookup<Guid, string>> MediaLinksAsync(CancellationToken cancellationToken) =>
        (await db.IncidentMedia.AsNoTracking().OrderBy(l => l.LinkedAt).ThenBy(l => l.EvidenceId).Select(l => new { l.IncidentId, l.EvidenceId }).ToListAsync(cancellationToken))
            .ToLookup(l => l.IncidentId, l => l.EvidenceId);

    private static async Task<int> WriteJsonAsync(IAsyncEnumerable<Incident> incidents, Stream output, bool geo, ILookup<Guid, string> media, HashSet<Guid> withParts, List<LeftOutIncident> leftOut, CancellationToken cancellationToken)
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
            if (geo && withParts.Contains(incident.Id))
            {
                leftOut.Add(new LeftOutIncident(incident.Id, "a wave with parts: its parts are the points on the map"));
                continue;
            }

            if (geo && (incident.Latitude is null || incident.Longitude is null))
            {
                leftOut.Add(new LeftOutIncident(incident.Id, "no coordinates: the place is not in the gazetteer"));
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

            WriteIncident(writer, incident, media[incident.Id], IsWave(incident, withParts));
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

    private static void WriteIncident(Utf8JsonWriter w, Incident i, IEnumerable<string> media, bool wave)
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
        // ACLED's code (1 town, 2 province centroid, 3 country: a point at the country's centre is not a place) and the word.
        w.WriteNumber("geo_precision", GeoPrecision(i.GeoPrecision));
        w.WriteString("place_precision", i.GeoPrecision);
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
        using (var figures = JsonDocument.Parse(SourceNames.WithoutFileNames(i.FiguresJson)))
        {
            figures.RootElement.WriteTo(w);
        }

        // A wave's figures are told for the wave as a whole; its parts' figures are their own. Never add the two.
        w.WriteBoolean("wave", wave);
        if (i.PartOfId is { } partOf)
        {
            w.WriteString("part_of", partOf);
        }
        else
        {
            w.WriteNull("part_of");
        }

        w.WriteNumber("mentions", i.MentionCount);
        w.WriteNumber("sources", i.SourceCount);
        w.WriteNumber("corroboration", i.Corroboration);
        w.WriteString("source_names", SourceNames.WithoutFileNames(i.Sources));
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

    private static async Task<int> WriteCountsAsync(IAsyncEnumerable<Incident> incidents, Stream output, HashSet<Guid> withParts, CancellationToken cancellationToken)
    {
        var cells = new SortedDictionary<(string Date, string Province, string Type, string Scope), CountCell>(OrdinalCells.Instance);
        var count = 0;
        await foreach (var incident in incidents.WithCancellation(cancellationToken))
        {
            var o = IncidentOverrides.Of(incident);

            // An incident known only to the month (or year) is counted under that month, not spread over days;
            // each incident is in exactly one cell, under its one (effective) type.
            // A wave is counted in rows of its own (scope "wave"), so its figures are never summed with its parts'.
            var key = (IncidentOverrides.Effective(o, "date", incident.Date) ?? string.Empty, IncidentOverrides.Effective(o, "admin1", incident.Admin1) ?? string.Empty, IncidentOverrides.Effective(o, "type", incident.Type)!, IsWave(incident, withParts) ? "wave" : "event");
            var cell = cells.GetValueOrDefault(key);
            cells[key] = new CountCell(
                cell.Incidents + 1,
                Add(cell.Killed, IncidentOverrides.EffectiveFigure(o, "killed", incident.KilledBest)),
                Add(cell.Injured, IncidentOverrides.EffectiveFigure(o, "injured", incident.InjuredBest)),
                Add(cell.Arrested, IncidentOverrides.EffectiveFigure(o, "arrested", incident.ArrestedBest)));
            count++;
        }

        await using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in CountsColumns)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        foreach (var ((date, province, type, scope), cell) in cells)
        {
            csv.WriteField(date);
            csv.WriteField(PartialDate.Parse(date) is { } day ? day.Precision.ToString().ToLowerInvariant() : "unknown");
            csv.WriteField(province);
            csv.WriteField(type);
            csv.WriteField(cell.Incidents);
            csv.WriteField(cell.Killed);
            csv.WriteField(cell.Injured);
            csv.WriteField(cell.Arrested);
            csv.WriteField(scope);
            await csv.NextRecordAsync();
        }

        return count;
    }

    /// <summary>
    /// The counts table's columns. <c>date_precision</c> says what <c>date</c> is (day, month or year; unknown with an
    /// empty date). A figure is the sum of the incidents' most reliable figures; empty when no incident in the row has one.
    /// <c>scope</c> is "event" for days and places, "wave" for waves told as a whole: the two are never in one row, and a
    /// total over both would count a wave's dead once for the wave and again for its parts.
    /// </summary>
    public static IReadOnlyList<string> CountsColumns { get; } = ["date", "date_precision", "province", "type", "incidents", "killed", "injured", "arrested", "scope"];

    private static int? Add(int? sum, int? figure) => figure is { } f ? (sum ?? 0) + f : sum;

    private readonly record struct CountCell(int Incidents, int? Killed, int? Injured, int? Arrested);

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

    /// <summary>Orders count cells by date, province, type with ordinal string comparison (the same on every machine).</summary>
    private sealed class OrdinalCells : IComparer<(string Date, string Province, string Type, string Scope)>
    {
        public static readonly OrdinalCells Instance = new();

        public int Compare((string Date, string Province, string Type, string Scope) x, (string Date, string Province, string Type, string Scope) y)
        {
            var c = string.CompareOrdinal(x.Date, y.Date);
            c = c != 0 ? c : string.CompareOrdinal(x.Province, y.Province);
            c = c != 0 ? c : string.CompareOrdinal(x.Type, y.Type);
            return c != 0 ? c : string.CompareOrdinal(x.Scope, y.Scope);
        }
    }
}
