using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vigil.Bench.Web;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Mentions;
using Vigil.Storage.Postgres;
using Vigil.Storage.Reports;
using Vigil.Storage.Sources;
using Vigil.Storage.Sqlite;
using Vigil.Storage.Users;

// Fills an empty Vigil store with synthetic, realistically spread rows for the web benchmark: N incidents
// from 3N reports (one mention each, 1–5 mentions per incident), 30 provinces, 2017–2023, 11 types, report
// bodies for full-text search, 1 % of incidents with an editor's type, province or date. Rows go in through
// EF Core in bulk on SQLite and binary COPY on PostgreSQL, not through extraction (which the pipeline benchmarks
// measure separately). The store is NOT an audited store: no audit entries are written for these rows, so
// `vigil verify` on it reports them as unaudited; verify is measured on stores built by ingest (docs/web.md).
// Prints an API token and the password of the benchmark editor.
//   dotnet run -c Release -- --data DIR [--db CONNECTION] [--incidents 100000]
var data = Arg("--data") ?? throw new ArgumentException("--data DIR is required");
var connection = Arg("--db");
var incidentCount = int.Parse(Arg("--incidents") ?? "100000", CultureInfo.InvariantCulture);
var reportCount = incidentCount * 3;
Directory.CreateDirectory(data);
var options = connection is null
    ? SqliteDatabase.Options(Path.Combine(Path.GetFullPath(data), "vigil.db"))
    : PostgresDatabase.Options(connection);

await using (var db = new VigilDbContext(options))
{
    await db.Database.MigrateAsync();
    if (await db.Incidents.AnyAsync())
    {
        Console.Error.WriteLine("the store already holds incidents: give an empty data directory or database");
        return 1;
    }
}

var clock = Stopwatch.StartNew();
var random = new Random(20221016);
(string City, string Province, double Lat, double Lon, int Weight)[] places =
[
    ("Tehran", "Tehran", 35.6944, 51.4215, 30), ("Mashhad", "Razavi Khorasan", 36.2980, 59.6057, 8), ("Isfahan", "Isfahan", 32.6525, 51.6746, 8),
    ("Karaj", "Alborz", 35.8355, 50.9915, 5), ("Shiraz", "Fars", 29.6036, 52.5388, 7), ("Tabriz", "East Azerbaijan", 38.0800, 46.2919, 6),
    ("Qom", "Qom", 34.6401, 50.8764, 3), ("Ahvaz", "Khuzestan", 31.3190, 48.6842, 6), ("Kermanshah", "Kermanshah", 34.3142, 47.0650, 5),
    ("Urmia", "West Azerbaijan", 37.5527, 45.0761, 4), ("Rasht", "Gilan", 37.2808, 49.5832, 4), ("Zahedan", "Sistan and Baluchestan", 29.4963, 60.8629, 6),
    ("Hamadan", "Hamadan", 34.7992, 48.5146, 3), ("Kerman", "Kerman", 30.2832, 57.0788, 3), ("Yazd", "Yazd", 31.8974, 54.3569, 2),
    ("Ardabil", "Ardabil", 38.2498, 48.2933, 2), ("Bandar Abbas", "Hormozgan", 27.1865, 56.2808, 2), ("Arak", "Markazi", 34.0917, 49.6892, 3),
    ("Zanjan", "Zanjan", 36.6736, 48.4787, 2), ("Sanandaj", "Kurdistan", 35.3113, 46.9960, 6), ("Qazvin", "Qazvin", 36.2688, 50.0041, 2),
    ("Khorramabad", "Lorestan", 33.4878, 48.3558, 2), ("Gorgan", "Golestan", 36.8427, 54.4439, 2), ("Sari", "Mazandaran", 36.5633, 53.0601, 2),
    ("Bushehr", "Bushehr", 28.9684, 50.8385, 1), ("Birjand", "South Khorasan", 32.8663, 59.2211, 1), ("Ilam", "Ilam", 33.6374, 46.4227, 1),
    ("Shahrekord", "Chaharmahal and Bakhtiari", 32.3256, 50.8644, 1), ("Yasuj", "Kohgiluyeh and Boyer-Ahmad", 30.6682, 51.5880, 1), ("Semnan", "Semnan", 35.5729, 53.3971, 1),
];
(string Type, int Weight, string Verb, string Kind)[] types =
[
    ("protest", 40, "protesters gathered", "arrested"), ("riot", 4, "crowds set fire to banks", "injured"), ("killing", 8, "security forces opened fire and killed", "killed"),
    ("injury", 5, "riot police beat and injured", "injured"), ("arrest", 20, "security forces arrested", "arrested"), ("execution", 3, "the judiciary executed", "killed"),
    ("attack", 4, "armed men attacked a police station and killed", "killed"), ("property_destruction", 3, "demonstrators burned a government building", "injured"),
    ("graffiti_poster", 4, "activists painted slogans on walls", "arrested"), ("strike", 7, "workers went on strike and", "arrested"), ("other", 2, "residents reported", "arrested"),
];
string[] words = ["students", "teachers", "workers", "retirees", "women", "truckers", "bazaar", "university", "square", "mosque", "funeral", "pensions", "wages", "water",
    "fuel", "prices", "hijab", "morality", "police", "Basij", "IRGC", "tear", "gas", "batons", "shotgun", "pellets", "hospital", "families", "lawyers", "court",
    "prison", "Evin", "charges", "bail", "internet", "shutdown", "video", "witnesses", "slogans", "night", "march", "sit-in", "oil", "refinery", "nurses", "farmers"];
// News vocabulary is Zipfian: a few words ("the", "said") are in every report, most words in few. Made-up
// terms take the ranks; the words above sit at ranks 50, 90, 130 … so each is in a few percent of the
// reports, as a searched-for word ("teachers", "Evin") is in real news.
var vocabulary = Enumerable.Range(0, 3000).Select(i => "term" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
for (var i = 0; i < words.Length; i++)
{
    vocabulary[50 + (40 * i)] = words[i];
}

var zipf = new double[vocabulary.Length];
for (var i = 0; i < zipf.Length; i++)
{
    zipf[i] = (i == 0 ? 0 : zipf[i - 1]) + 1.0 / (i + 1);
}

string Word()
{
    var at = random.NextDouble() * zipf[^1];
    var i = Array.BinarySearch(zipf, at);
    return vocabulary[i < 0 ? ~i : i];
}

var sources = Enumerable.Range(0, 40).Select(i => new Source
{
    Id = Guid.CreateVersion7(),
    Name = $"Outlet {i:00}",
    Key = $"outlet {i:00}",
    Kind = Source.Kinds[i % Source.Kinds.Count],
    Affiliation = i % 7 == 0 ? "Group " + (i % 3) : null,
    Reliability = Source.Grades[i % Source.Grades.Count],
    CreatedAt = new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc),
}).ToList();
var start = new DateOnly(2017, 1, 1);
var days = new DateOnly(2023, 12, 31).DayNumber - start.DayNumber + 1;
T Pick<T>(IReadOnlyList<T> items, Func<T, int> weight)
{
    var total = items.Sum(weight);
    var at = random.Next(total);
    foreach (var item in items)
    {
        at -= weight(item);
        if (at < 0)
        {
            return item;
        }
    }

    return items[^1];
}

await using (var db = new VigilDbContext(options))
{
    db.Sources.AddRange(sources);
    await db.SaveChangesAsync();
}

// PostgreSQL: rows go in by binary COPY with the secondary indexes dropped and rebuilt at the end (one sort per
// index instead of a random insert per row) and foreign keys not checked row by row (the generator makes them
// consistent); SQLite: EF Core in batches of one transaction each.
var bulk = connection is null ? null : await PostgresBulk.OpenAsync(connection);
if (bulk is not null)
{
    await bulk.DropIndexesAsync();
}

// Each incident gets 1–5 mentions (3 on average), so reports ≈ 3 × incidents.
var batch = bulk is null ? 2_000 : 20_000;
var reportsMade = 0;
for (var first = 0; first < incidentCount; first += batch)
{
    await using var db = new VigilDbContext(options);
    db.ChangeTracker.AutoDetectChangesEnabled = false;
    await using var transaction = bulk is null ? await db.Database.BeginTransactionAsync() : null;
    var rows = new Rows();
    for (var n = first; n < Math.Min(incidentCount, first + batch); n++)
    {
        var place = Pick(places, p => p.Weight);
        var type = Pick(types, t => t.Weight);
        var day = start.AddDays(random.Next(days));
        var monthOnly = random.Next(20) == 0;
        var members = n == incidentCount - 1 ? Math.Max(1, reportCount - reportsMade) : Math.Clamp(1 + random.Next(5), 1, Math.Max(1, reportCount - reportsMade - (incidentCount - n - 1)));
        var figure = random.Next(100) < 60 ? 1 + random.Next(random.Next(10) == 0 ? 300 : 40) : (int?)null;
        var incidentId = Guid.CreateVersion7();
        var outlets = new List<Source>();
        var claims = new List<object>();
        for (var m = 0; m < members; m++)
        {
            var source = sources[random.Next(sources.Count)];
            outlets.Add(source);
            var claimed = figure is { } f ? Math.Max(1, f + random.Next(-f / 4 - 1, f / 4 + 2)) : (int?)null;
            var body = new StringBuilder();
            body.Append(CultureInfo.InvariantCulture, $"In {place.City}, {place.Province} province, on {day:d MMMM yyyy}, {type.Verb}");
            body.Append(claimed is { } c ? $" {c} people" : " people").Append(", according to ").Append(source.Name).Append(". ");
            for (var w = 0; w < 40 + random.Next(60); w++)
            {
                body.Append(Word()).Append(w % 12 == 11 ? ". " : " ");
            }

            body.Append(CultureInfo.InvariantCulture, $"Reference {n}-{m}.");
            var text = body.ToString();
            var reportId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            var published = day.AddDays(random.Next(4));
            rows.Reports.Add(new Report
            {
                Id = reportId, SourceId = source.Id, FileName = $"bench-{n}-{m}.txt", Format = "text", Title = $"{type.Type} in {place.City}", Published = published,
                Body = text, WordCount = text.Count(ch => ch == ' ') + 1, ByteLength = Encoding.UTF8.GetByteCount(text),
                IngestedAt = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(n * 3 + m),
            });
            var mentionId = Guid.CreateVersion7();
            var evidenceEnd = text.IndexOf(". ", StringComparison.Ordinal) + 1;
            rows.Mentions.Add(new Mention
            {
                Id = mentionId, ReportId = reportId, Ordinal = 0, Type = type.Type, Date = monthOnly ? day.ToString("yyyy-MM", CultureInfo.InvariantCulture) : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateFrom = monthOnly ? new DateOnly(day.Year, day.Month, 1) : day, DateTo = monthOnly ? new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1) : day,
                Place = place.City, Admin1 = place.Province, Country = "IR", Latitude = place.Lat, Longitude = place.Lon, GeoPrecision = "city",
                Actors = "security forces", Victims = "protesters", EvidenceStart = 0, EvidenceEnd = evidenceEnd, Confidence = 0.8, IncidentId = incidentId,
                KilledMin = type.Kind == "killed" ? claimed : null, KilledMax = type.Kind == "killed" ? claimed : null,
                InjuredMin = type.Kind == "injured" ? claimed : null, InjuredMax = type.Kind == "injured" ? claimed : null,
                ArrestedMin = type.Kind == "arrested" ? claimed : null, ArrestedMax = type.Kind == "arrested" ? claimed : null,
                MergeReason = m == 0 ? null : $"type={type.Type}; date={day:yyyy-MM-dd}; place={place.City}",
            });
            if (claimed is { } cl)
            {
                claims.Add(new { kind = type.Kind, source = source.Name, min = cl, max = cl, reliability = source.Reliability, credibility = 6, published = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), mention = mentionId, most_reliable = m == 0 });
            }

            reportsMade++;
        }

        // One incident in a hundred has an editor's value for its type, province or date, as a store under
        // review has: the lists then filter those by their effective values, which the benchmark should pay for.
        var overrides = random.Next(100) != 0 ? "{}" : random.Next(3) switch
        {
            0 => JsonSerializer.Serialize(new Dictionary<string, string> { ["type"] = Pick(types, t => t.Weight).Type }),
            1 => JsonSerializer.Serialize(new Dictionary<string, string> { ["admin1"] = Pick(places, p => p.Weight).Province }),
            _ => JsonSerializer.Serialize(new Dictionary<string, string> { ["date"] = day.AddDays(random.Next(-30, 31)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }),
        };
        var status = random.Next(100) switch { < 55 => IncidentStatus.Unreviewed, < 90 => IncidentStatus.Confirmed, < 95 => IncidentStatus.Disputed, _ => IncidentStatus.Rejected };
        var claimedFigures = claims.Count == 0 ? [] : claims.Select(c => (int)c.GetType().GetProperty("min")!.GetValue(c)!).ToList();
        int? lo = claimedFigures.Count == 0 ? null : claimedFigures.Min(), hi = claimedFigures.Count == 0 ? null : claimedFigures.Max(), best = claimedFigures.Count == 0 ? null : claimedFigures[0];
        rows.Incidents.Add(new Incident
        {
            Id = incidentId, Type = type.Type, Date = monthOnly ? day.ToString("yyyy-MM", CultureInfo.InvariantCulture) : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateFrom = monthOnly ? new DateOnly(day.Year, day.Month, 1) : day, DateTo = monthOnly ? new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1) : day,
            Place = place.City, Admin1 = place.Province, Country = "IR", Latitude = place.Lat, Longitude = place.Lon, GeoPrecision = "city",
            Actors = "security forces", Victims = "protesters",
            KilledMin = type.Kind == "killed" ? lo : null, KilledMax = type.Kind == "killed" ? hi : null, KilledBest = type.Kind == "killed" ? best : null,
            InjuredMin = type.Kind == "injured" ? lo : null, InjuredMax = type.Kind == "injured" ? hi : null, InjuredBest = type.Kind == "injured" ? best : null,
            ArrestedMin = type.Kind == "arrested" ? lo : null, ArrestedMax = type.Kind == "arrested" ? hi : null, ArrestedBest = type.Kind == "arrested" ? best : null,
            FiguresJson = JsonSerializer.Serialize(claims), MentionCount = members, SourceCount = outlets.Select(o => o.Id).Distinct().Count(),
            Corroboration = outlets.Select(o => o.Affiliation ?? o.Key).Distinct().Count(), Sources = string.Join("; ", outlets.Select(o => o.Name).Distinct().Order(StringComparer.Ordinal)),
            Status = status, OverridesJson = overrides, UpdatedAt = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        });
    }

    if (bulk is not null)
    {
        await bulk.WriteAsync(rows);
    }
    else
    {
        db.Reports.AddRange(rows.Reports);
        db.Mentions.AddRange(rows.Mentions);
        db.Incidents.AddRange(rows.Incidents);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        await transaction!.CommitAsync();
    }

    if (bulk is not null || (first / batch) % 10 == 9)
    {
        Console.Error.WriteLine($"{Math.Min(incidentCount, first + batch):N0} incidents, {reportsMade:N0} reports ({clock.Elapsed.TotalSeconds:0} s)");
    }
}

if (bulk is not null)
{
    Console.Error.WriteLine($"rows written in {clock.Elapsed.TotalSeconds:0} s; building indexes …");
    await bulk.CreateIndexesAsync(message => Console.Error.WriteLine($"{message} ({clock.Elapsed.TotalSeconds:0} s)"));
    await bulk.FillSearchAsync();
    Console.Error.WriteLine($"incident search filled ({clock.Elapsed.TotalSeconds:0} s)");
    await bulk.DisposeAsync();
}

await using (var db = new VigilDbContext(options))
{
    // Fresh statistics and (PostgreSQL) a visibility map, as a store in use would have after autovacuum:
    // without it every index-only scan still visits the heap for rows written by the bulk load.
    // No time limit: at a million incidents this reads the whole store (minutes); EF's default 30 s ended the first run.
    db.Database.SetCommandTimeout(TimeSpan.Zero);
    await db.Database.ExecuteSqlRawAsync(db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true ? "VACUUM ANALYZE;" : "ANALYZE;");
    db.Database.SetCommandTimeout(null);

    var added = await new AddUser(db, TimeProvider.System).RunAsync("bench-editor", UserRole.Editor, "bench");
    var password = "bench password " + Guid.NewGuid().ToString("N");
    await new ChangePassword(db, TimeProvider.System).RunAsync(added.User!.Id, added.OneTimePassword!, password);
    var (_, secret) = await new ApiTokens(db, TimeProvider.System).CreateAsync(added.User.Id, "bench", "bench");
    Console.Error.WriteLine($"{incidentCount:N0} incidents, {reportsMade:N0} reports, {sources.Count} sources in {clock.Elapsed.TotalSeconds:0} s");
    // Line 1: the API token (for /api/v1); line 2: the password of bench-editor (pages take a signed-in cookie only).
    Console.WriteLine(secret);
    Console.WriteLine(password);
}

return 0;

string? Arg(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
