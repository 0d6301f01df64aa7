using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Core.Extraction.Figures;
using Vigil.Core.Extraction.Dates;
using Vigil.Core.Extraction.Incidents;
using Vigil.Core.Extraction.Persons;
using Vigil.Core.Extraction.Places;
using Vigil.Core.Extraction.Statements;

namespace Vigil.Core.Extraction.Output;

/// <summary>
/// The output contract of <c>vigil extract --json</c> (issue 3): one JSON object per report per line,
/// <c>{"doc", "published", "language", "incidents": [...], "statements": [...]}</c>, with snake_case
/// incident types, dates as YYYY[-MM[-DD]] by precision and every evidence as <c>{"start", "end", "text"}</c>
/// (C# string offsets into the body). Also reads the format back, for scoring saved predictions.
/// </summary>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keeps non-ASCII text (Persian names, curly quotes) readable; the output is not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

        // The writer checked every token against the object structure so far (a property name only inside an object, ...):
        // this class's own writers always write the same valid shape, which the tests parse back. Writers passed in by a
        // caller keep their own options.
        SkipValidation = true,
    };

    private static readonly (IncidentType Type, string Name)[] TypeNames =
    [
        (IncidentType.Protest, "protest"), (IncidentType.Riot, "riot"), (IncidentType.Killing, "killing"),
        (IncidentType.Injury, "injury"), (IncidentType.Arrest, "arrest"), (IncidentType.Execution, "execution"),
        (IncidentType.Attack, "attack"), (IncidentType.PropertyDestruction, "property_destruction"),
        (IncidentType.GraffitiPoster, "graffiti_poster"), (IncidentType.Strike, "strike"), (IncidentType.Other, "other"),
    ];

    /// <summary>The contract name of an incident type ("property_destruction").</summary>
    public static string TypeName(IncidentType type)
    {
        foreach (var (t, name) in TypeNames)
        {
            if (t == type)
            {
                return name;
            }
        }

        return "other";
    }

    /// <summary>The incident type a contract name denotes; null for an unknown name.</summary>
    public static IncidentType? ParseType(string? name)
    {
        foreach (var (t, n) in TypeNames)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>The contract name of a date source ("text", "publication", "none").</summary>
    public static string DateSourceName(DateSource source) => source switch
    {
        DateSource.Text => "text",
        DateSource.Publication => "publication",
        _ => "none",
    };

    /// <summary>The date source a contract name denotes; <see cref="DateSource.Text"/> for a missing or unknown name.</summary>
    public static DateSource ParseDateSource(string? name) => name switch
    {
        "publication" => DateSource.Publication,
        "none" => DateSource.None,
        _ => DateSource.Text,
    };

    /// <summary>The contract name of a geographic precision ("city", "province", "country").</summary>
    public static string PrecisionName(GeoPrecision precision) => precision switch
    {
        GeoPrecision.City => "city",
        GeoPrecision.Province => "province",
        _ => "country",
    };

    /// <summary>
    /// One report's extraction as a single JSON line (no trailing newline), with the language it was read in and,
    /// when it was not extracted, a <c>"note"</c> saying why.
    /// </summary>
    /// <param name="doc">The document id: the report's file name without extension.</param>
    /// <param name="result">What the pipeline returned.</param>
    public static string ToJsonLine(string doc, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, doc, result.Published, result.Language, result.Text, result.Incidents.AsSpan(), result.Statements.AsSpan(), result.Note, writePersons: true, result.PersonFates.AsSpan());
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// One report's extraction as a JSON line and its newline, appended as UTF-8 to <paramref name="output"/>: the same
    /// bytes as <see cref="ToJsonLine(string, ExtractionResult)"/>, without making a string of them first (the CLI writes
    /// them to standard output as they are).
    /// </summary>
    /// <param name="output">Where the line's bytes go.</param>
    /// <param name="doc">The document id: the report's file name without extension.</param>
    /// <param name="result">What the pipeline returned.</param>
    public static void WriteLine(IBufferWriter<byte> output, string doc, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            Write(writer, doc, result.Published, result.Language, result.Text, result.Incidents.AsSpan(), result.Statements.AsSpan(), result.Note, writePersons: true, result.PersonFates.AsSpan());
        }

        output.GetSpan(1)[0] = (byte)'\n';
        output.Advance(1);
    }

    /// <summary>One report as a single JSON line (no trailing newline).</summary>
    /// <param name="doc">The document id: the report's file name without extension.</param>
    /// <param name="published">The publication date, if known.</param>
    /// <param name="language">ISO 639-1 code.</param>
    /// <param name="body">The report body the spans index into (evidence text is cut from it).</param>
    /// <param name="incidents">The incidents found.</param>
    /// <param name="statements">The statements found.</param>
    public static string ToJsonLine(string doc, DateOnly? published, string language, string body, IEnumerable<IncidentMention> incidents, IEnumerable<StatementMention> statements)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, doc, published, language, body, incidents, statements);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes one report's object to <paramref name="writer"/>.</summary>
    /// <param name="writer">The JSON writer (create it with <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> to keep text readable).</param>
    /// <param name="doc">The document id: the report's file name without extension.</param>
    /// <param name="published">The publication date, if known.</param>
    /// <param name="language">ISO 639-1 code.</param>
    /// <param name="body">The report body the spans index into.</param>
    /// <param name="incidents">The incidents found.</param>
    /// <param name="statements">The statements found.</param>
    /// <param name="note">Why the report was not extracted ("no extraction for language ku"); written only when given.</param>
    /// <param name="persons">Named victims and detainees, written as <c>"persons"</c> when given (the guideline's person entries).</param>
    public static void Write(Utf8JsonWriter writer, string doc, DateOnly? published, string language, string body, IEnumerable<IncidentMention> incidents, IEnumerable<StatementMention> statements, string? note = null, IEnumerable<PersonFate>? persons = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Write(writer, doc, published, language, body, SpanOf(incidents), SpanOf(statements), note, persons is not null, persons is null ? [] : SpanOf(persons));
    }

    // An ImmutableArray passed as IEnumerable is read where it lies; anything else is copied once.
    private static ReadOnlySpan<T> SpanOf<T>(IEnumerable<T> items) => items is ImmutableArray<T> array ? array.AsSpan() : items.ToArray();

    // The writer over spans: enumerating the result's arrays through IEnumerable made an enumerator object for each array
    // of each report (about 1 % of `vigil-extract`'s samples, docs/pipeline/pipeline.md, session 22).
    private static void Write(Utf8JsonWriter writer, string doc, DateOnly? published, string language, string body, ReadOnlySpan<IncidentMention> incidents, ReadOnlySpan<StatementMention> statements, string? note, bool writePersons, ReadOnlySpan<PersonFate> persons)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Doc, doc);
        WriteDate(writer, Names.Published, published is { } p ? PartialDate.OfDay(p) : null);
        writer.WriteString(Names.Language, language);
        if (note is not null)
        {
            writer.WriteString(Names.Note, note);
        }

        writer.WriteStartArray(Names.Incidents);
        foreach (var incident in incidents)
        {
            WriteIncident(writer, body, incident);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Names.Statements);
        foreach (var statement in statements)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Speaker, statement.Speaker);
            WriteNullableString(writer, Names.SpeakerRole, statement.SpeakerRole);
            WriteDate(writer, Names.Date, statement.Date);
            writer.WriteString(Names.DateSource, DateSourceName(statement.DateSource));
            WriteNullableString(writer, Names.Outlet, statement.Outlet);
            writer.WriteString(Names.Quote, statement.Quote);
            WriteEvidence(writer, body, statement.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (writePersons)
        {
            writer.WriteStartArray(Names.Persons);
            foreach (var person in persons)
            {
                WritePerson(writer, body, person);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>The contract name of a fate ("killed", "disappeared").</summary>
    public static string FateName(Fate fate) => fate.ToString().ToLowerInvariant();

    /// <summary>The contract name of a gender ("female", "male").</summary>
    public static string GenderName(Gender gender) => gender == Gender.Female ? "female" : "male";

    private static void WritePerson(Utf8JsonWriter writer, string body, PersonFate person)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Name, person.Name);
        if (person.Age is { } age)
        {
            writer.WriteNumber(Names.Age, age);
        }
        else
        {
            writer.WriteNull(Names.Age);
        }

        WriteNullableString(writer, Names.Gender, person.Gender is { } g ? GenderName(g) : null);
        writer.WriteString(Names.Fate, FateName(person.Fate));
        WriteDate(writer, Names.Date, person.Date);
        WritePlace(writer, person.Location);
        if (person.Incident is { } incident)
        {
            writer.WriteNumber(Names.Incident, incident);
        }
        else
        {
            writer.WriteNull(Names.Incident);
        }

        WriteEvidence(writer, body, person.Evidence);
        writer.WriteEndObject();
    }

    /// <summary>Reads one line written by <see cref="Write"/>; null when it is not such an object.</summary>
    public static ExtractionRecord? Read(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var published = PartialDate.Parse(StringOf(root, "published")) is { Precision: DatePrecision.Day } d ? d.FirstDay : (DateOnly?)null;
            var incidents = ImmutableArray.CreateBuilder<IncidentMention>();
            foreach (var e in ArrayOf(root, "incidents"))
            {
                if (ParseType(StringOf(e, "type")) is { } type)
                {
                    incidents.Add(new IncidentMention(
                        type,
                        PartialDate.Parse(StringOf(e, "date")),
                        PartialDate.Parse(StringOf(e, "date_end")),
                        ReadPlace(e),
                        [.. ArrayOf(e, "actors").Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!)],
                        [.. ArrayOf(e, "victims").Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!)],
                        ReadCount(e, "killed"),
                        ReadCount(e, "injured"),
                        ReadCount(e, "arrested"),
                        ReadSpan(e),
                        e.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : 0)
                    {
                        DateSource = ParseDateSource(StringOf(e, "date_source")),
                    });
                }
            }

            var statements = ImmutableArray.CreateBuilder<StatementMention>();
            foreach (var e in ArrayOf(root, "statements"))
            {
                if (StringOf(e, "speaker") is { } speaker)
                {
                    statements.Add(new StatementMention(
                        speaker,
                        StringOf(e, "speaker_role"),
                        PartialDate.Parse(StringOf(e, "date")),
                        StringOf(e, "outlet"),
                        StringOf(e, "quote") ?? string.Empty,
                        ReadSpan(e))
                    {
                        DateSource = ParseDateSource(StringOf(e, "date_source")),
                    });
                }
            }

            return new ExtractionRecord(StringOf(root, "doc") ?? string.Empty, published, StringOf(root, "language"), incidents.ToImmutable(), statements.ToImmutable());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads JSON Lines into one raw object per document, keyed as score.py keys them (the stem of
    /// <c>doc</c>; a later line for the same document wins). Blank and unparsable lines are skipped.
    /// </summary>
    public static IReadOnlyDictionary<string, JsonElement> ReadPredictions(string jsonLines)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var raw in jsonLines.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement.Clone();
                var doc = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("doc", out var d)
                    ? d.ValueKind switch { JsonValueKind.String => d.GetString()!, JsonValueKind.Null => "None", _ => d.GetRawText() }
                    : string.Empty;
                result[Stem(doc)] = root;
            }
            catch (JsonException)
            {
                // A damaged line names no document we could attribute it to; the document then counts as missing.
            }
        }

        return result;
    }

    /// <summary>Python's <c>pathlib.Path(doc).stem</c>: the last path part without its last extension.</summary>
    public static string Stem(string doc)
    {
        var name = doc.TrimEnd('/');
        var slash = name.LastIndexOf('/');
        name = slash >= 0 ? name[(slash + 1)..] : name;
        var dot = name.LastIndexOf('.');
        return dot > 0 && dot < name.Length - 1 ? name[..dot] : name;
    }

    private static void WriteIncident(Utf8JsonWriter writer, string body, IncidentMention incident)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Type, TypeName(incident.Type));
        WriteDate(writer, Names.Date, incident.Date);
        WriteDate(writer, Names.DateEnd, incident.DateEnd);
        writer.WriteString(Names.DateSource, DateSourceName(incident.DateSource));
        WritePlace(writer, incident.Location);
        WriteStrings(writer, Names.Actors, incident.Actors);
        WriteStrings(writer, Names.Victims, incident.Victims);
        WriteCount(writer, Names.Killed, incident.Killed);
        WriteCount(writer, Names.Injured, incident.Injured);
        WriteCount(writer, Names.Arrested, incident.Arrested);
        WriteEvidence(writer, body, incident.Evidence);
        WriteConfidence(writer, Math.Round(incident.Confidence, 3));
        writer.WriteEndObject();
    }

    // The 1,001 confidences of three decimals from 0 to 1 as the writer writes them, each formatted the first time it is
    // written: formatting a double was ~1,100 instructions an incident (docs/pipeline/pipeline.md, session 29).
    private static readonly byte[]?[] Confidences = new byte[]?[1001];

    private static void WriteConfidence(Utf8JsonWriter writer, double confidence)
    {
        var thousandths = Math.Round(confidence * 1000);
        if (!(thousandths is >= 0 and <= 1000) || confidence != thousandths / 1000 || double.IsNegative(confidence)
            || writer.Options.Indented || writer.Options.Encoder != WriterOptions.Encoder)
        {
            writer.WriteNumber(Names.Confidence, confidence);
            return;
        }

        var bytes = Confidences[(int)thousandths] ??= Format(confidence);
        writer.WritePropertyName(Names.Confidence);
        writer.WriteRawValue(bytes, skipInputValidation: true);

        static byte[] Format(double value)
        {
            var bytes = new ArrayBufferWriter<byte>(16);
            using (var own = new Utf8JsonWriter(bytes, WriterOptions))
            {
                own.WriteNumberValue(value);
            }

            return bytes.WrittenSpan.ToArray();
        }
    }

    // Each place's "location" object as the writer's options write it, made the first time the place is written: the
    // gazetteer's places are shared by every report, and most incidents and fates name one (held only while the place lives).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Place, byte[]> PlaceJson = new();

    private static void WritePlace(Utf8JsonWriter writer, Place? location)
    {
        if (location is null)
        {
            writer.WriteNull(Names.Location);
        }
        else if (writer.Options.Indented || writer.Options.Encoder != WriterOptions.Encoder)
        {
            // A writer of the caller's own options (Write is public) writes the place itself.
            writer.WritePropertyName(Names.Location);
            WritePlaceObject(writer, location);
        }
        else
        {
            writer.WritePropertyName(Names.Location);
            writer.WriteRawValue(PlaceJson.GetValue(location, static place =>
            {
                var bytes = new ArrayBufferWriter<byte>(256);
                using (var own = new Utf8JsonWriter(bytes, WriterOptions))
                {
                    WritePlaceObject(own, place);
                }

                return bytes.WrittenSpan.ToArray();
            }), skipInputValidation: true);
        }
    }

    private static void WritePlaceObject(Utf8JsonWriter writer, Place place)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Name, place.Name);
        WriteNullableString(writer, Names.NameLocal, place.LocalName);
        WriteNullableString(writer, Names.Admin1, place.Admin1);
        writer.WriteString(Names.Country, place.Country);
        writer.WriteNumber(Names.Lat, Math.Round(place.Latitude, 5));
        writer.WriteNumber(Names.Lon, Math.Round(place.Longitude, 5));
        writer.WriteString(Names.Precision, PrecisionName(place.Precision));
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, ImmutableArray<string> values)
    {
        writer.WriteStartArray(name);
        if (!values.IsDefault)
        {
            foreach (var v in values)
            {
                writer.WriteStringValue(v);
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteCount(Utf8JsonWriter writer, JsonEncodedText name, FigureRange? count)
    {
        if (count is not { } c)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber(Names.Min, c.Min);
        if (c.Max is { } max)
        {
            writer.WriteNumber(Names.Max, max);
        }
        else
        {
            writer.WriteNull(Names.Max);
        }

        writer.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter writer, string body, TextSpan span)
    {
        var start = Math.Clamp(span.Start, 0, body.Length);
        var end = Math.Clamp(span.End, start, body.Length);
        writer.WriteStartObject(Names.Evidence);
        writer.WriteNumber(Names.Start, start);
        writer.WriteNumber(Names.End, end);
        writer.WriteString(Names.Text, body.AsSpan(start, end - start));
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, PartialDate? date)
    {
        if (date is { } d)
        {
            // Formatted on the stack: a string per date was most of the writer's own allocation.
            Span<char> chars = stackalloc char[PartialDate.MaxFormattedLength];
            writer.WriteString(name, chars[..d.Format(chars)]);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNullableString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static string? StringOf(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static JsonElement[] ArrayOf(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray()] : [];

    private static Place? ReadPlace(JsonElement incident)
    {
        if (!incident.TryGetProperty("location", out var l) || l.ValueKind != JsonValueKind.Object || StringOf(l, "name") is not { } name)
        {
            return null;
        }

        var precision = StringOf(l, "precision") switch
        {
            "city" => GeoPrecision.City,
            "province" => GeoPrecision.Province,
            _ => GeoPrecision.Country,
        };
        return new Place(name, StringOf(l, "admin1"), StringOf(l, "country") ?? string.Empty, NumberOf(l, "lat"), NumberOf(l, "lon"), precision);
    }

    private static double NumberOf(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0;

    private static FigureRange? ReadCount(JsonElement incident, string name)
    {
        if (!incident.TryGetProperty(name, out var c) || c.ValueKind != JsonValueKind.Object
            || !c.TryGetProperty("min", out var min) || !min.TryGetInt32(out var minValue))
        {
            return null;
        }

        int? maxValue = c.TryGetProperty("max", out var max) && max.TryGetInt32(out var m) ? m : null;
        return new FigureRange(minValue, maxValue);
    }

    private static TextSpan ReadSpan(JsonElement item)
    {
        if (item.TryGetProperty("evidence", out var e) && e.ValueKind == JsonValueKind.Object
            && e.TryGetProperty("start", out var s) && s.TryGetInt32(out var start)
            && e.TryGetProperty("end", out var en) && en.TryGetInt32(out var end) && end >= start && start >= 0)
        {
            return new TextSpan(start, end);
        }

        return default;
    }

    // The property names, encoded once: given as strings, the writer transcoded and checked each name of each object it wrote.
    private static class Names
    {
        public static readonly JsonEncodedText Doc = JsonEncodedText.Encode("doc");
        public static readonly JsonEncodedText Published = JsonEncodedText.Encode("published");
        public static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
        public static readonly JsonEncodedText Note = JsonEncodedText.Encode("note");
        public static readonly JsonEncodedText Incidents = JsonEncodedText.Encode("incidents");
        public static readonly JsonEncodedText Statements = JsonEncodedText.Encode("statements");
        public static readonly JsonEncodedText Persons = JsonEncodedText.Encode("persons");
        public static readonly JsonEncodedText Speaker = JsonEncodedText.Encode("speaker");
        public static readonly JsonEncodedText SpeakerRole = JsonEncodedText.Encode("speaker_role");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText Outlet = JsonEncodedText.Encode("outlet");
        public static readonly JsonEncodedText Quote = JsonEncodedText.Encode("quote");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Age = JsonEncodedText.Encode("age");
        public static readonly JsonEncodedText Gender = JsonEncodedText.Encode("gender");
        public static readonly JsonEncodedText Fate = JsonEncodedText.Encode("fate");
        public static readonly JsonEncodedText Incident = JsonEncodedText.Encode("incident");
        public static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
        public static readonly JsonEncodedText DateEnd = JsonEncodedText.Encode("date_end");
        public static readonly JsonEncodedText DateSource = JsonEncodedText.Encode("date_source");
        public static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");
        public static readonly JsonEncodedText Actors = JsonEncodedText.Encode("actors");
        public static readonly JsonEncodedText Victims = JsonEncodedText.Encode("victims");
        public static readonly JsonEncodedText Killed = JsonEncodedText.Encode("killed");
        public static readonly JsonEncodedText Injured = JsonEncodedText.Encode("injured");
        public static readonly JsonEncodedText Arrested = JsonEncodedText.Encode("arrested");
        public static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");
        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Min = JsonEncodedText.Encode("min");
        public static readonly JsonEncodedText Max = JsonEncodedText.Encode("max");
        public static readonly JsonEncodedText NameLocal = JsonEncodedText.Encode("name_local");
        public static readonly JsonEncodedText Admin1 = JsonEncodedText.Encode("admin1");
        public static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");
        public static readonly JsonEncodedText Lat = JsonEncodedText.Encode("lat");
        public static readonly JsonEncodedText Lon = JsonEncodedText.Encode("lon");
        public static readonly JsonEncodedText Precision = JsonEncodedText.Encode("precision");
    }
}
