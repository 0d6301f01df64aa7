using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Vigil.Core.Media;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Vigil.Storage.Evidence;
using Vigil.Storage.Ingest;
using Vigil.Storage.Media;
using Vigil.Storage.Sqlite;

namespace Vigil.Cli.Bench;

/// <summary>
/// <c>vigil bench media-store</c>: a SQLite store of many fingerprinted files (random fingerprints, every tenth a
/// near copy of the one before); times grouping them all into media items as ingest does (one file at a time),
/// reading one file's media item (what the media page and API do per request), and ingesting one new photo
/// into the full store (a new process: index loaded from the stored keys, photo decoded, fingerprinted, grouped).
/// </summary>
internal static class MediaStoreBench
{
    private const int ChunkReport = 1000;

    public static Command Create(CliConsole console)
    {
        var files = new Option<int>("--files") { Description = "Fingerprinted files in the store", DefaultValueFactory = _ => 100_000 };
        var videoShare = new Option<double>("--video-share") { Description = "Share of the files that are videos (40 distinct keyframes each: the worst case)", DefaultValueFactory = _ => 0.2 };
        var reads = new Option<int>("--reads") { Description = "Media item reads to time", DefaultValueFactory = _ => 200 };
        var ingests = new Option<int>("--ingests") { Description = "Single-photo ingests to time", DefaultValueFactory = _ => 5 };
        var command = new Command("media-store", "Time grouping a store's files into media items, reading one item, and ingesting one photo into the full store; prints medians") { files, videoShare, reads, ingests };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = Directory.CreateTempSubdirectory("vigil-bench-media-store-").FullName;
            try
            {
                var options = SqliteDatabase.Options(Path.Combine(folder, "vigil.db"));
                var count = parse.GetValue(files);
                var ids = new List<string>(count);
                var watch = Stopwatch.StartNew();
                await using (var db = new VigilDbContext(options))
                {
                    await db.Database.MigrateAsync(cancellationToken);
                    var random = new Random(16);
                    MediaFingerprint? previous = null;
                    var start = new DateTime(2022, 9, 1, 0, 0, 0, DateTimeKind.Utc);
                    for (var i = 0; i < count; i++)
                    {
                        var fingerprint = i % 10 == 9 && previous is not null
                            ? new MediaFingerprint(previous.IsVideo, previous.Frames.Select(f => f with { Dct = Flip(f.Dct, 5, random), Centre = Flip(f.Centre, 5, random), Crops = f.Crops.Select(c => Flip(c, 5, random)).ToArray() }).ToList())
                            : Random(random, random.NextDouble() < parse.GetValue(videoShare));
                        previous = fingerprint;
                        var id = Convert.ToHexStringLower(BitConverter.GetBytes((long)i)).PadLeft(64, '0');
                        ids.Add(id);
                        db.Evidence.Add(new EvidenceFile { Id = id, FileName = $"file{i}.{(fingerprint.IsVideo ? "mp4" : "jpg")}", MediaType = fingerprint.IsVideo ? "video/mp4" : "image/jpeg", MetadataJson = "{}", IngestedAt = start.AddSeconds(i) });
                        db.EvidenceFingerprints.Add(new EvidenceFingerprint { EvidenceId = id, IsVideo = fingerprint.IsVideo, Frames = fingerprint.ToBytes(), FrameCount = fingerprint.Frames.Count, FactsJson = "{}", ComputedAt = start });
                        if (i % 5000 == 4999 || i == count - 1)
                        {
                            await db.SaveChangesAsync(cancellationToken);
                            db.ChangeTracker.Clear();
                        }
                    }
                }

                console.Output.WriteLine($"store of {count} fingerprinted files written in {watch.Elapsed.TotalSeconds:0.0} s");
                console.Output.Flush();

                // Grouping: every file looked up in the growing index and joined, as ingest does one file at a time.
                // CPU time beside the wall clock: on a shared machine the wall clock mostly measures the others' load.
                watch.Restart();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                await using (var db = new VigilDbContext(options))
                {
                    var grouping = new GroupMedia(db, TimeProvider.System);
                    // Every tenth of the files: CPU so far, so a cost that grows with the store shows as growing steps.
                    var step = Math.Max(ChunkReport, count / 10);
                    var next = step;
                    var lastCpu = TimeSpan.Zero;
                    void Progress(int done)
                    {
                        if (done >= next)
                        {
                            var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                            console.Output.WriteLine($"  {done} grouped: CPU {spent.TotalSeconds:0.0} s, last {step} files {(spent - lastCpu).TotalMilliseconds / step:0.00} ms per file");
                            console.Output.Flush();
                            lastCpu = spent;
                            next += step;
                        }
                    }

                    var joined = await grouping.CatchUpAsync(Progress, cancellationToken);
                    var items = await db.MediaItems.CountAsync(i => i.FileCount >= 2, cancellationToken);
                    var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                    console.Output.WriteLine($"grouping {joined} files: {watch.Elapsed.TotalSeconds:0.0} s ({watch.Elapsed.TotalMilliseconds / Math.Max(1, joined):0.00} ms per file), CPU {used.TotalSeconds:0.0} s ({used.TotalMilliseconds / Math.Max(1, joined):0.00} ms per file); {items} media items of 2+ files; load {Load()}");
                    console.Output.WriteLine($"where the grouping time went (wall clock): {grouping.Times}");
                }

                console.Output.Flush();

                // Per request: what the media page and /api/v1/media/{id} read (fingerprint row, then the item).
                var times = new List<double>();
                await using (var db = new VigilDbContext(options))
                {
                    var random = new Random(7);
                    await new FindMediaItems(db).OfAsync(ids[0], cancellationToken);
                    for (var r = 0; r < parse.GetValue(reads); r++)
                    {
                        var id = ids[random.Next(ids.Count)];
                        watch.Restart();
                        await db.EvidenceFingerprints.AsNoTracking().FirstOrDefaultAsync(f => f.EvidenceId == id, cancellationToken);
                        await new FindMediaItems(db).OfAsync(id, cancellationToken);
                        times.Add(watch.Elapsed.TotalMilliseconds);
                    }
                }

                times.Sort();
                console.Output.WriteLine($"media item read: {times.Count} reads, median {times[times.Count / 2]:0.00} ms, p95 {times[(int)(times.Count * 0.95)]:0.00} ms, max {times[^1]:0.00} ms");
                console.Output.Flush();

                // One new photo, each time as a new `vigil ingest` process would: its own context and index.
                var ingestTimes = new List<double>();
                var blobs = new BlobStore(Path.Combine(folder, "blobs"));
                for (var n = 0; n < parse.GetValue(ingests); n++)
                {
                    var photos = Path.Combine(folder, "photos" + n);
                    MediaSetGenerator.Write(photos, images: 1, videos: 0, seed: 100 + n, withFfmpeg: false);
                    var photo = Directory.EnumerateFiles(photos, "*-original.jpg", SearchOption.AllDirectories).First();
                    await using var db = new VigilDbContext(options);
                    watch.Restart();
                    var outcomes = new List<IngestOutcome>();
                    await new IngestFiles(db, blobs, TimeProvider.System, new IngestOptions { Parallelism = 1 }).RunAsync([photo], "bench", outcomes.Add, cancellationToken: cancellationToken);
                    ingestTimes.Add(watch.Elapsed.TotalMilliseconds);
                    if (outcomes.Single().Status != IngestStatus.Stored)
                    {
                        console.Output.WriteLine($"ingest {n}: {outcomes.Single().Message}");
                    }
                }

                ingestTimes.Sort();
                if (ingestTimes.Count > 0)
                {
                    console.Output.WriteLine($"single-photo ingest into the full store (index loaded, decoded, fingerprinted, grouped): {ingestTimes.Count} runs, median {ingestTimes[ingestTimes.Count / 2]:0} ms, min {ingestTimes[0]:0} ms, max {ingestTimes[^1]:0} ms");
                }

                return 0;
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        });
        return command;
    }

    private static MediaFingerprint Random(Random random, bool video) =>
        new(video, Enumerable.Range(0, video ? 40 : 1).Select(k => new MediaFrame(k / 2.0, Random64(random), Random64(random), Enumerable.Range(0, MediaFrame.CropRegions.Count).Select(_ => Random64(random)).ToArray())).ToList());

    // The one-minute load average where the system has one (the machine is shared: figures need it beside them).
    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static ulong Random64(Random random) => (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63);

    private static ulong Flip(ulong hash, int bits, Random random)
    {
        for (var b = 0; b < bits; b++)
        {
            hash ^= 1UL << random.Next(1, 64);
        }

        return hash;
    }
}
