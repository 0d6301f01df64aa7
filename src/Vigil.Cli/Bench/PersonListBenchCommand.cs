using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Vigil.Cli.Store;
using Vigil.Storage.Audit;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Persons;
using Vigil.Storage.Reports;
using Vigil.Storage.Sources;
using Vigil.Storage.Users;

namespace Vigil.Cli.Bench;

/// <summary>
/// <c>vigil bench persons-list</c>: fills a fresh store (a SQLite file, or the PostgreSQL database <c>--db</c> names, emptied
/// first) with generated person mentions in reports — names in Latin spellings and Persian script, namesakes, typos,
/// ages, fates over time, dates, places — links them into persons through the database (<see cref="LinkPersons"/>, timed,
/// with peak memory and pairwise precision and recall), gives them review states, and has concurrent clients, each with
/// its own connection, run the persons list and search the way the persons page and <c>/api/v1/persons</c> run them
/// (<see cref="ListPersons"/>), printing p50/p95/p99 per kind of request and the machine's load average.
/// <c>bench/persons/run.sh</c> keeps the store (<c>--keep</c>) and times the page and the API over HTTP.
/// </summary>
internal static class PersonListBenchCommand
{
    private const int PageSize = 50;

    public static Command Create(CliConsole console)
    {
        var persons = new Option<int>("--persons") { Description = "Persons to generate", DefaultValueFactory = _ => 20_000 };
        var mentions = new Option<int>("--mentions") { Description = "Person mentions to generate (linked into the persons)", DefaultValueFactory = _ => 200_000 };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients", DefaultValueFactory = _ => 20 };
        var requests = new Option<int>("--requests") { Description = "Requests per client (0: fill and link only)", DefaultValueFactory = _ => 60 };
        var keep = new Option<string?>("--keep") { Description = "Keep the filled SQLite store in this directory (or the PostgreSQL database) and write the bench users' credentials to DIR/credentials, for bench/persons/run.sh" };
        var reuse = new Option<string?>("--store") { Description = "Time a store an earlier --keep left in this directory (with --db: its PostgreSQL database) instead of filling one" };
        var command = new Command("persons-list", "Fill a fresh store with generated person mentions, link them through the database (time, peak memory, precision, recall), and time the persons list and search: one client per kind of request (median wall and CPU per request), then concurrent clients (p50/p95)") { persons, mentions, clients, requests, keep, reuse };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (n, m, c, r) = (parse.GetValue(persons), parse.GetValue(mentions), parse.GetValue(clients), parse.GetValue(requests));
            if (n < 1 || m < n || c < 1 || r < 0)
            {
                console.Fail("--persons and --clients must be at least 1, --mentions at least --persons, --requests at least 0");
                return 2;
            }

            var given = GlobalOptions.LocationOf(parse, console);
            if (parse.GetValue(reuse) is { Length: > 0 } existing)
            {
                var at = Path.GetFullPath(existing);
                if (!File.Exists(Path.Combine(at, "credentials")))
                {
                    console.Fail($"--store: {existing} holds no store kept by --keep (no credentials file)");
                    return 2;
                }

                var stored = given.IsPostgres ? given with { DataDirectory = at } : new StoreLocation(at, null);
                await TimeAsync(stored, await NamesAsync(stored, cancellationToken), c, r, console.Output.WriteLine, cancellationToken);
                return 0;
            }

            var kept = parse.GetValue(keep);
            var work = kept is { Length: > 0 } ? Path.GetFullPath(kept) : Path.Combine(Path.GetTempPath(), "vigil-bench-persons-" + Guid.NewGuid().ToString("N")[..8]);
            if (kept is { Length: > 0 } && Directory.Exists(work) && Directory.EnumerateFileSystemEntries(work).Any())
            {
                console.Fail($"--keep: {kept} is not empty; give a new directory");
                return 2;
            }

            var location = given.IsPostgres ? given with { DataDirectory = work } : new StoreLocation(work, null);
            try
            {
                if (location.IsPostgres)
                {
                    await using var reset = location.CreateContext();
                    await reset.Database.EnsureDeletedAsync(cancellationToken);
                }

                console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"persons-list bench: {(location.IsPostgres ? "PostgreSQL" : "SQLite")}, {n} persons, {m} person mentions; {Environment.ProcessorCount} cores; load average before {LoadAverage()}"));
                var names = await FillAsync(location, n, m, console.Output.WriteLine, cancellationToken);
                if (kept is { Length: > 0 })
                {
                    await WriteCredentialsAsync(location, Path.Combine(work, "credentials"), cancellationToken);
                }

                if (r == 0)
                {
                    return 0;
                }

                await TimeAsync(location, names, c, r, console.Output.WriteLine, cancellationToken);
                return 0;
            }
            finally
            {
                if (location.IsPostgres && kept is not { Length: > 0 })
                {
                    await using var drop = location.CreateContext();
                    await drop.Database.EnsureDeletedAsync(CancellationToken.None);
                }

                if (kept is not { Length: > 0 } && Directory.Exists(work))
                {
                    Directory.Delete(work, recursive: true);
                }
            }
        });
        return command;
    }

    // The timings: first one client per kind of request, alone (the median wall time and the process's CPU per request:
    // what a request costs, which a loaded machine changes little), then the concurrent clients mixing every kind.
    private static async Task TimeAsync(StoreLocation location, List<string> names, int clients, int requests, Action<string> say, CancellationToken cancellationToken)
    {
        var requestsOf = Requests(names);
        using var index = new PersonListIndex();
        say(string.Create(CultureInfo.InvariantCulture, $"  one client, each kind alone (load average {LoadAverage()}):"));
        await using (var alone = await VigilStore.OpenAsync(location, cancellationToken))
        {
            var list = new ListPersons(alone.Db, index: index);

            // The web app's list index read whole (at its first list, and after a recluster): the first time, with its
            // code not yet compiled, and again; wall and CPU time, and the memory it holds.
            var sequence = (await EditedPersons.HeadAsync(alone.Db, cancellationToken)).Sequence;
            foreach (var when in new[] { "first", "again" })
            {
                using var whole = new PersonListIndex();
                var memory = GC.GetTotalMemory(forceFullCollection: true);
                var readCpu = Process.GetCurrentProcess().TotalProcessorTime;
                var reading = Stopwatch.StartNew();
                var found = await whole.ListAsync(alone.Db, sequence, new PersonFilter(), ListPersons.CountLimit, cancellationToken);
                reading.Stop();
                readCpu = Process.GetCurrentProcess().TotalProcessorTime - readCpu;
                var held = (GC.GetTotalMemory(forceFullCollection: true) - memory) / 1048576.0;
                GC.KeepAlive(found);
                say(string.Create(CultureInfo.InvariantCulture,
                    $"    list index read ({when}) {reading.Elapsed.TotalMilliseconds,6:F0} ms wall, CPU {readCpu.TotalMilliseconds:F0} ms, {held:F1} MB held"));
            }
            foreach (var kind in requestsOf.Select(k => k(new Random(0)).Kind).ToList())
            {
                var random = new Random(5);
                var of = requestsOf.Where(k => k(new Random(0)).Kind == kind).Single();
                for (var k = 0; k < 10; k++)
                {
                    var (_, filter, page) = of(random);
                    await list.RunAsync(filter, page, PageSize, cancellationToken);
                }

                const int Runs = 40;
                var ms = new List<double>(Runs);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                for (var k = 0; k < Runs; k++)
                {
                    var (_, filter, page) = of(random);
                    var watch = Stopwatch.StartNew();
                    await list.RunAsync(filter, page, PageSize, cancellationToken);
                    ms.Add(watch.Elapsed.TotalMilliseconds);
                }

                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                ms.Sort();
                say(string.Create(CultureInfo.InvariantCulture,
                    $"    {kind,-22} median {Percentile(ms, 0.50),7:F1} ms  p95 {Percentile(ms, 0.95),7:F1} ms  CPU {cpu.TotalMilliseconds / Runs,6:F1} ms/request (this process)"));
            }
        }

        if (requests == 0)
        {
            return;
        }

        var timings = new List<(string Kind, double Ms)>[clients];
        var stores = new List<VigilStore>();
        for (var i = 0; i < clients; i++)
        {
            stores.Add(await VigilStore.OpenAsync(location, cancellationToken));
        }

        // One warm-up pass per client over every kind of request (connections opened, queries compiled), not timed.
        await Task.WhenAll(stores.Select(async s =>
        {
            var random = new Random(1);
            foreach (var request in requestsOf)
            {
                var (_, filter, page) = request(random);
                await new ListPersons(s.Db, index: index).RunAsync(filter, page, PageSize, cancellationToken);
            }
        }));
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(async () =>
        {
            var random = new Random(100 + i);
            var list = new ListPersons(stores[i].Db, index: index);
            timings[i] = new(requests);
            for (var k = 0; k < requests; k++)
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

        say(string.Create(CultureInfo.InvariantCulture, $"  {clients} clients together:"));
        var all = timings.SelectMany(t => t).ToList();
        foreach (var group in all.GroupBy(t => t.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Append(all.GroupBy(_ => "all requests").Single()))
        {
            var ms = group.Select(t => t.Ms).Order().ToList();
            say(string.Create(CultureInfo.InvariantCulture,
                $"  {group.Key,-22} {ms.Count,6} requests  p50 {Percentile(ms, 0.50),7:F1} ms  p95 {Percentile(ms, 0.95),7:F1} ms  p99 {Percentile(ms, 0.99),7:F1} ms"));
        }

        say(string.Create(CultureInfo.InvariantCulture, $"  {all.Count / wall.Elapsed.TotalSeconds:F0} requests/s; load average after {LoadAverage()}"));
    }

    // The generated names a kept store holds, as its mentions write them (the searches' spellings).
    private static async Task<List<string>> NamesAsync(StoreLocation location, CancellationToken cancellationToken)
    {
        await using var store = await VigilStore.OpenAsync(location, cancellationToken);
        return await store.Db.PersonMentions.AsNoTracking().OrderBy(m => m.Id).Select(m => m.Name).ToListAsync(cancellationToken);
    }

    // An editor (pages: password; API: token) and a viewer (API token) for bench/persons/run.sh, one per line.
    private static async Task WriteCredentialsAsync(StoreLocation location, string path, CancellationToken cancellationToken)
    {
        await using var store = await VigilStore.OpenAsync(location, cancellationToken);
        var clock = TimeProvider.System;
        var editor = await new AddUser(store.Db, clock).RunAsync("bench-editor", UserRole.Editor, "bench", cancellationToken);
        var password = "bench password " + Guid.NewGuid().ToString("N");
        await new ChangePassword(store.Db, clock).RunAsync(editor.User!.Id, editor.OneTimePassword!, password, cancellationToken);
        var (_, editorToken) = await new ApiTokens(store.Db, clock).CreateAsync(editor.User.Id, "bench", "bench", cancellationToken);
        var viewer = await new AddUser(store.Db, clock).RunAsync("bench-viewer", UserRole.Viewer, "bench", cancellationToken);
        var (_, viewerToken) = await new ApiTokens(store.Db, clock).CreateAsync(viewer.User!.Id, "bench", "bench", cancellationToken);
        await File.WriteAllLinesAsync(path, [editorToken, password, viewerToken], cancellationToken);
    }

    // The requests a persons page and its API get: the first pages unfiltered, each filter, searches by a spelling
    // variant (as some report wrote it, Latin or Persian script, or the surname alone), a viewer's list (confirmed and
    // publishable only).
    private static List<Func<Random, (string Kind, PersonFilter Filter, int Page)>> Requests(List<string> names) =>
    [
        random => ("list", new PersonFilter { Audience = IncidentAudience.Editor }, 1 + random.Next(5)),
        random => ("list, viewer", new PersonFilter { Audience = IncidentAudience.Reader }, 1 + random.Next(3)),
        random => ("fate", new PersonFilter { Audience = IncidentAudience.Editor, Fate = random.Next(2) == 0 ? "killed" : "executed" }, 1),
        random => ("children", new PersonFilter { Audience = IncidentAudience.Editor, AgeMax = PersonFilter.ChildAgeMax }, 1 + random.Next(2)),
        random => ("province + dates", new PersonFilter { Audience = IncidentAudience.Editor, Admin1 = PersonBenchCommand.Cities[random.Next(PersonBenchCommand.Cities.Length)].Province, From = new DateOnly(2021, 1, 1) }, 1),
        random => ("status", new PersonFilter { Audience = IncidentAudience.Editor, Status = random.Next(2) == 0 ? IncidentStatus.Confirmed : IncidentStatus.Disputed }, 1 + random.Next(3)),
        random => ("search", new PersonFilter { Audience = IncidentAudience.Editor, Search = Spelling(names[random.Next(names.Count)], random) }, 1),
        random => ("search + fate", new PersonFilter { Audience = IncidentAudience.Editor, Search = Spelling(names[random.Next(names.Count)], random), Fate = "arrested" }, 1),
    ];

    private static string Spelling(string name, Random random) => random.Next(3) == 0 ? name.Split(' ')[^1] : name;

    // The store as ingest and recluster leave it: reports from six outlets, each carrying ten person mentions of the
    // generated persons (spellings, both scripts, namesakes, typos), linked into persons through the database by
    // LinkPersons, the registry relink recluster runs (timed, with the peak memory); then an editor's review: statuses,
    // publishable flags, and one person in fifty with an editor's value (the filters read those in memory).
    private static async Task<List<string>> FillAsync(StoreLocation location, int persons, int mentions, Action<string> say, CancellationToken cancellationToken)
    {
        var (facts, truth) = PersonBenchCommand.Generate(persons, mentions, 11);
        var random = new Random(7);
        string[] outlets = ["HRANA", "Amnesty International", "Iran Human Rights", "Hengaw", "Kurdistan Human Rights Network", "BBC Persian"];
        var fill = Stopwatch.StartNew();
        await using (var store = await VigilStore.OpenAsync(location, cancellationToken))
        {
            var sources = outlets.Select(o => new Source { Id = Guid.CreateVersion7(), Name = o, Key = o.ToLowerInvariant(), CreatedAt = DateTime.UtcNow }).ToList();
            store.Db.Sources.AddRange(sources);
            await store.Db.SaveChangesAsync(cancellationToken);
            store.Db.ChangeTracker.AutoDetectChangesEnabled = false;
            const int PerReport = 10;
            for (var first = 0; first < facts.Count; first += PerReport * 1000)
            {
                await using var transaction = await store.Db.Database.BeginTransactionAsync(cancellationToken);
                for (var r = first; r < Math.Min(facts.Count, first + (PerReport * 1000)); r += PerReport)
                {
                    var body = new StringBuilder();
                    var spans = new List<(int Start, int End)>();
                    foreach (var f in facts.Skip(r).Take(PerReport))
                    {
                        var at = body.Length;
                        body.Append(f.Name).Append(f.Age is { } a ? string.Create(CultureInfo.InvariantCulture, $", {a},") : string.Empty).Append(' ').Append(f.Fate.ToString().ToLowerInvariant()).Append(". ");
                        spans.Add((at, body.Length - 1));
                    }

                    var text = body.ToString();
                    var reportId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text + r.ToString(CultureInfo.InvariantCulture))));
                    store.Db.Reports.Add(new Report
                    {
                        Id = reportId, SourceId = sources[random.Next(sources.Count)].Id, FileName = $"bench-{r}.txt", Format = "text", Body = text,
                        WordCount = text.Count(ch => ch == ' ') + 1, ByteLength = Encoding.UTF8.GetByteCount(text), IngestedAt = DateTime.UtcNow,
                    });
                    var k = 0;
                    foreach (var f in facts.Skip(r).Take(PerReport))
                    {
                        store.Db.PersonMentions.Add(new PersonMention
                        {
                            Id = f.Id, ReportId = reportId, Ordinal = k, Name = f.Name, NameKey = Vigil.Core.Persons.PersonName.Of(f.Name).Key,
                            Age = f.Age, Gender = f.Gender?.ToString().ToLowerInvariant(), Fate = f.Fate.ToString().ToLowerInvariant(),
                            Date = f.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DateFrom = f.Date, DateTo = f.DateTo,
                            Place = f.Place, Admin1 = f.Admin1, Country = "IR", EvidenceStart = spans[k].Start, EvidenceEnd = spans[k].End,
                        });
                        k++;
                    }
                }

                await store.Db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                store.Db.ChangeTracker.Clear();
            }
        }

        say(string.Create(CultureInfo.InvariantCulture, $"  stored {facts.Count} person mentions in {facts.Count / 10} reports in {fill.Elapsed.TotalSeconds:F1} s (load {LoadAverage()})"));

        // Linking through the database, in a fresh context as `vigil recluster` runs it; the peak resident memory is
        // read from the kernel's high-water mark, reset first (Linux), so the filling above does not count.
        GC.Collect();
        var reset = TryResetPeakMemory();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var link = Stopwatch.StartNew();
        int written;
        PersonLinkTimings sections;
        await using (var store = await VigilStore.OpenAsync(location, cancellationToken))
        {
            await using var transaction = await store.Db.Database.BeginTransactionAsync(cancellationToken);
            var audit = new AuditLog(store.Db, TimeProvider.System);
            var linker = new LinkPersons(store.Db, TimeProvider.System);
            written = await linker.RebuildAsync(audit, "bench", cancellationToken);
            var commit = PersonLinkTimings.Now();
            await transaction.CommitAsync(cancellationToken);
            linker.Timings.Add("commit", commit);
            sections = linker.Timings;
        }

        link.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var peak = reset ? PeakMemoryMb() : null;
        await using (var store = await VigilStore.OpenAsync(location, cancellationToken))
        {
            var linked = await store.Db.PersonMentions.AsNoTracking().Select(m => new { m.Id, m.PersonId }).ToListAsync(cancellationToken);
            var (precision, recall) = Score(linked.Select(m => (m.PersonId ?? m.Id, truth[m.Id])));
            say(string.Create(CultureInfo.InvariantCulture,
                $"  linked through the database: {written} persons from {linked.Count} person mentions in {link.Elapsed.TotalSeconds:F1} s ({cpu.TotalSeconds:F1} s of CPU), peak resident memory {(peak is { } p ? p.ToString("F0", CultureInfo.InvariantCulture) + " MB" : "unknown")}; pairwise precision {precision:F4}, recall {recall:F4} (load {LoadAverage()})"));
            say("    where the linking went (wall / CPU): " + string.Join(", ", sections.Sections.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Section} {s.Wall.TotalSeconds:F1} / {s.Cpu.TotalSeconds:F1} s"))));

            // The review: a fifth confirmed (half of those publishable), a fifth disputed, a fifth rejected; one in fifty edited.
            var rows = await store.Db.Persons.ToListAsync(cancellationToken);
            string[] statuses = [IncidentStatus.Unreviewed, IncidentStatus.Unreviewed, IncidentStatus.Confirmed, IncidentStatus.Disputed, IncidentStatus.Rejected];
            foreach (var person in rows)
            {
                person.Status = statuses[random.Next(statuses.Length)];
                person.Publishable = person.Status == IncidentStatus.Confirmed && random.Next(2) == 0;
                if (random.Next(50) == 0)
                {
                    person.OverridesJson = random.Next(3) switch
                    {
                        0 => """{"age":"16"}""",
                        1 => """{"fate":"arrested; executed"}""",
                        _ => """{"admin1":"Kurdistan"}""",
                    };
                }
            }

            await store.Db.SaveChangesAsync(cancellationToken);

            // A store that has settled, as autovacuum leaves it some minutes after a load: fresh statistics for the
            // planner and a visibility map, without which PostgreSQL's index-only scans read the heap all the same.
            if (location.IsPostgres)
            {
                await store.Db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE persons, person_search_terms, person_mentions", cancellationToken);
            }
        }

        return [.. facts.Select(f => f.Name)];
    }

    // Pairwise, as `vigil bench persons` scores the linker: a pair of mentions in one person is right when both name the same generated person.
    private static (double Precision, double Recall) Score(IEnumerable<(Guid Person, int Truth)> mentions)
    {
        static double Pairs(long n) => n * (n - 1) / 2.0;
        var all = mentions.ToList();
        var linked = all.GroupBy(m => m.Person).Sum(g => Pairs(g.Count()));
        var right = all.GroupBy(m => (m.Person, m.Truth)).Sum(g => Pairs(g.Count()));
        var real = all.GroupBy(m => m.Truth).Sum(g => Pairs(g.Count()));
        return (linked == 0 ? 1 : right / linked, real == 0 ? 1 : right / real);
    }

    private static bool TryResetPeakMemory()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static double? PeakMemoryMb() =>
        File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) is { } line
            ? double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024
            : null;

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
