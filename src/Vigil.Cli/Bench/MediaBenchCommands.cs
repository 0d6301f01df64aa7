using System.CommandLine;
using System.Diagnostics;
using Vigil.Core.Media;
using Vigil.Storage.Media;

namespace Vigil.Cli.Bench;

/// <summary><c>vigil bench media</c> (recall, false matches and throughput on a generated set) and <c>vigil bench media-index</c> (near-duplicate look-ups among 100,000 files).</summary>
internal static class MediaBenchCommands
{
    public static Command Media(CliConsole console)
    {
        var images = new Option<int>("--images") { Description = "Drawn scenes to generate (each with 8 copies)", DefaultValueFactory = _ => 40 };
        var videos = new Option<int>("--videos") { Description = "Test-source videos to generate (each with 7 copies)", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated set", DefaultValueFactory = _ => 16 };
        var threshold = new Option<int>("--threshold") { Description = "Frame distance threshold to evaluate (default: the matcher's)", DefaultValueFactory = _ => new MediaMatchOptions().FrameThreshold };
        var command = new Command("media", "Generate photos and videos with re-posted copies and unrelated distractors; print recall and false matches per transformation and fingerprinting speed") { images, videos, seed, threshold };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = Path.Combine(Path.GetTempPath(), "vigil-bench-media-" + Guid.NewGuid().ToString("N")[..8]);
            try
            {
                var ffmpeg = MediaSetGenerator.HasFfmpeg();
                if (!ffmpeg)
                {
                    console.Output.WriteLine("ffmpeg not found: images only");
                }

                var watch = Stopwatch.StartNew();
                var set = MediaSetGenerator.Write(folder, parse.GetValue(images), parse.GetValue(videos), parse.GetValue(seed), ffmpeg);
                console.Output.WriteLine($"generated {set.Files.Count} files in {watch.Elapsed.TotalSeconds:0.0} s; {Environment.ProcessorCount} cores");
                var scores = await MediaEvaluation.RunAsync(set, new MediaReader(), new MediaMatchOptions { FrameThreshold = parse.GetValue(threshold) }, cancellationToken);
                Print(console, scores);
                return 0;
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        });
        return command;
    }

    public static void Print(CliConsole console, MediaScores scores)
    {
        console.Output.WriteLine($"{"transformation",-16} {"found",9} {"recall",7} {"indexed",8} {"false",7} {"of pairs",9} {"rate",7} {"median d",8}");
        foreach (var t in scores.Transforms)
        {
            console.Output.WriteLine($"{t.Transform,-16} {t.Found,4}/{t.Copies,-4} {t.Recall,7:0.000} {t.IndexRecall,8:0.000} {t.FalseMatches,7} {t.Pairs,9} {t.FalseMatchRate,7:0.0000} {t.MedianDistance,8}");
        }

        console.Output.WriteLine($"{"all",-16} {scores.Transforms.Sum(t => t.Found),4}/{scores.Transforms.Sum(t => t.Copies),-4} {scores.Recall,7:0.000} {scores.IndexRecall,8:0.000} {scores.Transforms.Sum(t => t.FalseMatches),7} {scores.Transforms.Sum(t => t.Pairs),9} {scores.FalseMatchRate,7:0.0000}");
        console.Output.WriteLine($"images: {scores.Images} in {scores.ImageSeconds:0.00} s = {scores.Images / Math.Max(scores.ImageSeconds, 1e-9):0} images/s (one thread)");
        if (scores.VideoSeconds > 0)
        {
            console.Output.WriteLine($"video: {scores.VideoLength:0} s of footage in {scores.VideoSeconds:0.00} s = {scores.VideoLength / scores.VideoSeconds:0.0}× real time (one file at a time)");
        }

        foreach (var pair in scores.FalsePairs.Take(20))
        {
            console.Output.WriteLine($"false match: {pair}");
        }

        foreach (var miss in scores.IndexMisses)
        {
            console.Output.WriteLine($"not found through the index: {miss}");
        }

        foreach (var error in scores.Errors)
        {
            console.Output.WriteLine($"not fingerprinted: {error}");
        }
    }

    public static Command Index(CliConsole console)
    {
        var files = new Option<int>("--files") { Description = "Files in the index", DefaultValueFactory = _ => 100_000 };
        var videoShare = new Option<double>("--video-share") { Description = "Share of the files that are videos (20 keyframes each)", DefaultValueFactory = _ => 0.2 };
        var queries = new Option<int>("--queries") { Description = "Look-ups to time", DefaultValueFactory = _ => 200 };
        var groups = new Option<bool>("--groups") { Description = "Also time grouping every file into media items (what vigil media duplicates does; minutes at 100,000 files with many video keyframes)" };
        var command = new Command("media-index", "Build a near-duplicate index over random fingerprints with planted copies and time look-ups of one file's matches; prints the median") { files, videoShare, queries, groups };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(files);
            var random = new Random(16);
            var fingerprints = new MediaFingerprint?[count];
            for (var i = 0; i < count; i++)
            {
                // Every tenth file is a copy of the one before, a few bits off, so look-ups find something.
                if (i % 10 == 9)
                {
                    var source = fingerprints[i - 1]!;
                    fingerprints[i] = new MediaFingerprint(source.IsVideo, source.Frames.Select(f => f with { Dct = Flip(f.Dct, 5, random), Centre = Flip(f.Centre, 5, random), Crops = f.Crops.Select(c => Flip(c, 5, random)).ToArray() }).ToList());
                    continue;
                }

                var video = random.NextDouble() < parse.GetValue(videoShare);
                var frames = Enumerable.Range(0, video ? 40 : 1).Select(k => new MediaFrame(k / 2.0, Random64(random), Random64(random), Enumerable.Range(0, MediaFrame.CropRegions.Count).Select(_ => Random64(random)).ToArray())).ToList();
                fingerprints[i] = new MediaFingerprint(video, frames);
            }

            var watch = Stopwatch.StartNew();
            var buildCpu = ThreadCpu.Milliseconds();
            var catalog = new MediaCatalog(fingerprints);
            console.Output.WriteLine($"indexed {count} files ({fingerprints.Count(f => f!.IsVideo)} videos) in {watch.Elapsed.TotalMilliseconds:0} ms (CPU {ThreadCpu.Milliseconds() - buildCpu:0} ms); radius {catalog.Index.Radius} bits, largest bucket {catalog.Index.LargestBucket()} hashes");
            console.Output.Flush();
            var times = new List<double>();
            var cpuTimes = new List<double>();
            var found = 0;
            for (var q = 0; q < parse.GetValue(queries); q++)
            {
                var file = random.Next(count);
                var cpu = ThreadCpu.Milliseconds();
                watch.Restart();
                found += catalog.MatchesOf(file).Count;
                times.Add(watch.Elapsed.TotalMilliseconds);
                cpuTimes.Add(ThreadCpu.Milliseconds() - cpu);
            }

            times.Sort();
            cpuTimes.Sort();
            console.Output.WriteLine($"look-ups: {times.Count}, median {times[times.Count / 2]:0.000} ms, p95 {times[(int)(times.Count * 0.95)]:0.000} ms, max {times[^1]:0.000} ms; {found} matches found");
            if (ThreadCpu.Available)
            {
                console.Output.WriteLine($"look-ups' CPU time (this thread): median {cpuTimes[cpuTimes.Count / 2]:0.000} ms, p95 {cpuTimes[(int)(cpuTimes.Count * 0.95)]:0.000} ms, max {cpuTimes[^1]:0.000} ms; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            }
            console.Output.Flush();
            if (parse.GetValue(groups))
            {
                watch.Restart();
                var items = catalog.Groups();
                console.Output.WriteLine($"all media items: {items.Count} groups in {watch.Elapsed.TotalMilliseconds:0} ms");
            }

            return 0;
        });
        return command;
    }

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
