using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Vigil.Cli.Store;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Persons;

namespace Vigil.Cli.Bench;

/// <summary>
/// <c>vigil bench persons-list</c>: fills a fresh store (a SQLite file, or the PostgreSQL database <c>--db</c> names, emptied
/// first) with generated persons — names in Latin spellings and Persian script, ages, fates, dates, provinces, sources,
/// review states — and has concurrent clients, each with its own connection, run the persons list and search the way
/// the persons page and <c>/api/v1/persons</c> run them (<see cref="ListPersons"/>: a filter, the capped count, one page),
/// printing p50/p95/p99 per kind of request and the machine's load average.
/// </summary>
internal static class PersonListBenchCommand
{
    private const int PageSize = 50;

    public static Command Create(CliConsole console)
    {
        var persons = new Option<int>("--persons") { Description = "Persons to generate", DefaultValueFactory = _ => 20_000 };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients", DefaultValueFactory = _ => 20 };
        var requests = new Option<int>("--requests") { Description = "Requests per client", DefaultValueFactory = _ => 60 };
        var command = new Command("persons-list", "Fill a fresh store with generated persons and time the persons list and search with concurrent clients (p50/p95)") { persons, clients, requests };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (n, c, r) = (parse.GetValue(persons), parse.GetValue(clients), parse.GetValue(requests));
            if (n < 1 || c < 1 || r < 1)
            {
                console.Fail("--persons, --clients and --requests must be at least 1");
                return 2;
            }

            var given = GlobalOptions.LocationOf(parse, console);
            var work = Path.Combine(Path.GetTempPath(), "vigil-bench-persons-" + Guid.NewGuid().ToString("N")[..8]);
            var location = given.IsPostgres ? given with { DataDirectory = work } : new StoreLocation(work, null);
            try
            {
                if (location.IsPostgres)
                {
                    await using var reset = location.CreateContext();
                    await reset.Database.EnsureDeletedAsync(cancellationToken);
                }

                var fill = Stopwatch.StartNew();
                var names = await FillAsync(location, n, cancellationToken);
                console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"persons-list bench: {(location.IsPostgres ? "PostgreSQL" : "SQLite")}, {n} persons stored in {fill.Elapsed.TotalSeconds:F1} s; {c} clients × {r} requests; load average before {LoadAverage()}"));

                var requestsOf = Requests(names);
                var timings = new List<(string Kind, double Ms)>[c];
                var stores = new List<VigilStore>();
                for (var i = 0; i < c; i++)
                {
                    stores.Add(await VigilStore.OpenAsync(location, cancellationToken));
                }

                // One warm-up pass per client (connections opened, queries compiled), not timed.
                await Task.WhenAll(stores.Select(s => new ListPersons(s.Db).RunAsync(new PersonFilter(), 1, PageSize, cancellationToken)));
                var wall = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(0, c).Select(i => Task.Run(async () =>
                {
                    var random = new Random(100 + i);
                    var list = new ListPersons(stores[i].Db);
                    timings[i] = new(r);
                    for (var k = 0; k < r; k++)
                    {
                        var (kind, filter, page) = requestsOf[random.Next(requestsOf.Count)](random);
                        var watch = Stopwatch.StartNew();
                        await list.RunAsync(filter, page, PageSize, cancellationToken);
                        timings[i].Add((kind, watch.Elapsed.TotalMilliseconds));
                    }
                }, cancellationToken)));
                wall.Stop();
                foreach (var s in stores)
                {
                    await s.DisposeAsync();
                }

                var all = timings.SelectMany(t => t).ToList();
                foreach (var group in all.GroupBy(t => t.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Append(all.GroupBy(_ => "all requests").Single()))
                {
                    var ms = group.Select(t => t.Ms).Order().ToList();
                    console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {group.Key,-22} {ms.Count,6} requests  p50 {Percentile(ms, 0.50),7:F1} ms  p95 {Percentile(ms, 0.95),7:F1} ms  p99 {Percentile(ms, 0.99),7:F1} ms"));
                }

                console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {all.Count / wall.Elapsed.TotalSeconds:F0} requests/s; load average after {LoadAverage()}; {Environment.ProcessorCount} cores"));
                return 0;
            }
            finally
            {
                if (location.IsPostgres)
                {
                    await using var drop = location.CreateContext();
                    await drop.Database.EnsureDeletedAsync(CancellationToken.None);
                }

                if (Directory.Exists(work))
                {
                    Directory.Delete(work, recursive: true);
                }
            }
        });
        return command;
    }

    // The requests a persons page and its API get: the first pages unfiltered, each filter, searches by a spelling or
    // the Persian script, a viewer's list (confirmed and publishable only).
    private static List<Func<Random, (string Kind, PersonFilter Filter, int Page)>> Requests(List<(string Latin, string Local)> names) =>
    [
        random => ("list", new PersonFilter(), 1 + random.Next(5)),
        random => ("list, viewer", new PersonFilter { Audience = IncidentAudience.Reader }, 1 + random.Next(3)),
        random => ("fate", new PersonFilter { Fate = random.Next(2) == 0 ? "killed" : "executed" }, 1),
        random => ("children", new PersonFilter { AgeMax = PersonFilter.ChildAgeMax }, 1 + random.Next(2)),
        random => ("province + dates", new PersonFilter { Admin1 = PersonBenchCommand.Cities[random.Next(PersonBenchCommand.Cities.Length)].Province, From = new DateOnly(2021, 1, 1) }, 1),
        random => ("search", new PersonFilter { Search = Spelling(names[random.Next(names.Count)], random) }, 1),
        random => ("search + fate", new PersonFilter { Search = Spelling(names[random.Next(names.Count)], random), Fate = "arrested" }, 1),
    ];

    private static string Spelling((string Latin, string Local) name, Random random) => random.Next(3) switch
    {
        0 => name.Local,
        1 => name.Latin.Split(' ')[^1],
        _ => name.Latin,
    };

    private static async Task<List<(string Latin, string Local)>> FillAsync(StoreLocation location, int count, CancellationToken cancellationToken)
    {
        await using var store = await VigilStore.OpenAsync(location, cancellationToken);
        var random = new Random(7);
        var names = new List<(string, string)>(count);
        string[] statuses = [IncidentStatus.Unreviewed, IncidentStatus.Unreviewed, IncidentStatus.Confirmed, IncidentStatus.Disputed, IncidentStatus.Rejected];
        string[][] fates = [["killed"], ["arrested"], ["arrested", "released"], ["arrested", "sentenced"], ["arrested", "sentenced", "executed"], ["injured"], ["disappeared"]];
        string[] sources = ["HRANA", "Amnesty International", "Iran Human Rights", "Hengaw", "Kurdistan Human Rights Network", "BBC Persian"];
        var now = DateTime.UtcNow;
        for (var start = 0; start < count; start += 2000)
        {
            for (var i = start; i < Math.Min(count, start + 2000); i++)
            {
                var g = PersonBenchCommand.Given[random.Next(PersonBenchCommand.Given.Length)];
                var s = PersonBenchCommand.Surnames[random.Next(PersonBenchCommand.Surnames.Length)];
                var variants = g.SelectMany(gv => s.Select(sv => $"{gv} {sv}")).Where(v => v.Any(char.IsAsciiLetter) != v.Any(ch => ch is >= '\u0600' and <= '\u06FF')).ToList();
                var (latin, local) = ($"{g[0]} {s[0]}", $"{g[^1]} {s[^1]}");
                names.Add((latin, local));
                var age = random.Next(8) == 0 ? (int?)null : random.Next(9, 70);
                var from = new DateOnly(2017, 12, 28).AddDays(random.Next(0, 2100));
                var fate = fates[random.Next(fates.Length)];
                var status = statuses[random.Next(statuses.Length)];
                var source = string.Join("; ", sources.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).Order(StringComparer.Ordinal));
                var city = PersonBenchCommand.Cities[random.Next(PersonBenchCommand.Cities.Length)];
                store.Db.Persons.Add(new Person
                {
                    Id = Guid.CreateVersion7(),
                    Key = Vigil.Core.Persons.PersonName.Of(latin).Key,
                    Name = latin,
                    NameLocal = local,
                    Variants = string.Join("; ", variants),
                    SearchText = DescribePerson.SearchTextOf(variants),
                    AgeMin = age,
                    AgeMax = age is { } a && random.Next(6) == 0 ? a + 1 : age,
                    Gender = random.Next(3) == 0 ? null : random.Next(4) == 0 ? "female" : "male",
                    Fates = string.Join("; ", fate),
                    DateFrom = from,
                    DateTo = from.AddDays(fate.Length > 1 ? random.Next(30, 400) : 0),
                    Admin1 = random.Next(10) == 0 ? null : city.Province,
                    Sources = source,
                    MentionCount = 1 + random.Next(19),
                    Status = status,
                    Publishable = status == IncidentStatus.Confirmed && random.Next(2) == 0,
                    UpdatedAt = now,
                });
            }

            await store.Db.SaveChangesAsync(cancellationToken);
            store.Db.ChangeTracker.Clear();
        }

        return names;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
