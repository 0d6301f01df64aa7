using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Vigil.Core.Extraction;
using Vigil.Core.Reports;

namespace Vigil.Cli.Bench;

/// <summary>
/// <c>vigil bench fuzz</c>: feeds random, truncated, mutated and hostile txt/md/html/json inputs to the report
/// reader and the extraction pipeline (JSON as an API submission: parsed, then its text extracted), bounded by
/// count and time, and prints crashes and time against size. <c>vigil bench html-depth</c> times HTML reduction
/// on deeply nested pages with and without the nesting bound. Prints figures; asserts nothing.
/// </summary>
internal static class FuzzCommand
{
    private static readonly string[] Formats = ["txt", "md", "html", "json"];

    public static Command Fuzz(CliConsole console)
    {
        var seconds = new Option<int>("--seconds") { Description = "Stop after this many seconds", DefaultValueFactory = _ => 600 };
        var inputs = new Option<int>("--max-inputs") { Description = "Stop after this many inputs", DefaultValueFactory = _ => 200_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed (the run is reproducible with it)", DefaultValueFactory = _ => 12 };
        var samples = new Option<string?>("--samples") { Description = "A folder of real reports to truncate and mutate (default: the repository's samples/)" };
        var command = new Command("fuzz", "Feed random, truncated and hostile txt/md/html/json inputs to the reader and the pipeline; print crashes and time against size") { seconds, inputs, seed, samples };
        command.SetAction(parse =>
        {
            var random = new Random(parse.GetValue(seed));
            var corpus = LoadSamples(parse.GetValue(samples));
            var pipeline = ExtractionPipeline.CreateDefault();
            var deadline = Stopwatch.StartNew();
            var limit = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(seconds)));
            var max = Math.Max(1, parse.GetValue(inputs));
            var crashes = new List<string>();
            var timings = new List<(string Kind, int Bytes, double Ms)>();
            var accepted = 0;
            var rejected = 0;
            for (var i = 0; i < max && deadline.Elapsed < limit; i++)
            {
                var format = Formats[random.Next(Formats.Length)];
                var (kind, bytes) = Generate(random, format, corpus);
                var watch = Stopwatch.StartNew();
                try
                {
                    if (Feed(format, bytes, pipeline))
                    {
                        accepted++;
                    }
                    else
                    {
                        rejected++;
                    }
                }
                catch (Exception ex)
                {
                    var file = Path.Combine(Path.GetTempPath(), $"vigil-fuzz-crash-{i}.{format}");
                    File.WriteAllBytes(file, bytes);
                    crashes.Add($"input {i} ({kind} {format}, {bytes.Length} bytes, saved to {file}): {ex.GetType().Name}: {ex.Message}");
                }

                timings.Add(($"{kind}/{format}", bytes.Length, watch.Elapsed.TotalMilliseconds));
            }

            console.Output.WriteLine($"fuzz: {timings.Count} inputs in {deadline.Elapsed.TotalSeconds:0} s (seed {parse.GetValue(seed)}): {accepted} read, {rejected} rejected with a reason, {crashes.Count} crashes");
            foreach (var crash in crashes.Take(20))
            {
                console.Output.WriteLine("crash: " + crash);
            }

            console.Output.WriteLine("size bucket        inputs   median ms   p99 ms    max ms   max µs/KB");
            foreach (var bucket in new[] { 1 << 10, 16 << 10, 256 << 10, 1 << 20, 8 << 20 })
            {
                var lower = bucket == 1 << 10 ? 0 : bucket / 16;
                var rows = timings.Where(t => t.Bytes > lower && t.Bytes <= bucket || (bucket == 1 << 10 && t.Bytes <= bucket)).ToList();
                if (rows.Count > 0)
                {
                    var ms = rows.Select(r => r.Ms).Order().ToList();
                    var perKb = rows.Max(r => r.Ms * 1000 / Math.Max(1, r.Bytes / 1024.0));
                    console.Output.WriteLine($"≤ {Size(bucket),-14} {rows.Count,8} {ms[ms.Count / 2],11:0.00} {ms[(int)(ms.Count * 0.99)],8:0.00} {ms[^1],9:0.0} {perKb,11:0}");
                }
            }

            console.Output.WriteLine("hostile input        64 KB ms   256 KB ms    1 MB ms    4 MB ms  4MB/1MB (linear: 4)");
            foreach (var (name, make) in Hostile)
            {
                var row = new List<double>();
                foreach (var size in new[] { 64 << 10, 256 << 10, 1 << 20, 4 << 20 })
                {
                    var bytes = make(size);
                    var format = name.EndsWith("json", StringComparison.Ordinal) ? "json" : name.EndsWith("html", StringComparison.Ordinal) ? "html" : "md";
                    var watch = Stopwatch.StartNew();
                    try
                    {
                        Feed(format, bytes, pipeline);
                    }
                    catch (Exception ex)
                    {
                        crashes.Add($"{name} at {Size(size)}: {ex.GetType().Name}: {ex.Message}");
                    }

                    row.Add(watch.Elapsed.TotalMilliseconds);
                }

                console.Output.WriteLine($"{name,-20} {row[0],9:0.0} {row[1],11:0.0} {row[2],10:0.0} {row[3],10:0.0} {row[3] / Math.Max(0.01, row[2]),10:0.0}");
            }

            console.Output.WriteLine($"crashes in total: {crashes.Count}");
            return crashes.Count == 0 ? 0 : 1;
        });
        return command;
    }

    public static Command HtmlDepth(CliConsole console)
    {
        var depths = new Option<int[]>("--depths") { Description = "Nesting depths to time", DefaultValueFactory = _ => [20_000, 40_000, 100_000], AllowMultipleArgumentsPerToken = true };
        var runs = new Option<int>("--runs") { Description = "Runs per depth for the bounded reader (median reported)", DefaultValueFactory = _ => 5 };
        var unbounded = new Option<bool>("--skip-unbounded") { Description = "Do not time the unbounded parse (100k nested divs take about a minute)" };
        var command = new Command("html-depth", "Time HTML reduction of N nested divs: the HTML5 parser on the raw page (the old behaviour) against the reader with its nesting bound") { depths, runs, unbounded };
        command.SetAction(parse =>
        {
            console.Output.WriteLine("nested divs   bytes      unbounded parse s   bounded read s (median)");
            foreach (var depth in parse.GetValue(depths)!)
            {
                var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "Security forces killed 3 protesters in Izeh." + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
                var bytes = Encoding.UTF8.GetBytes(html);
                var before = double.NaN;
                if (!parse.GetValue(unbounded))
                {
                    var watch = Stopwatch.StartNew();
                    using (new HtmlParser().ParseDocument(html))
                    {
                        before = watch.Elapsed.TotalSeconds;
                    }
                }

                var after = new List<double>();
                for (var run = 0; run < Math.Max(1, parse.GetValue(runs)); run++)
                {
                    var watch = Stopwatch.StartNew();
                    ReportReader.Read(bytes, ReportFormat.Html, int.MaxValue);
                    after.Add(watch.Elapsed.TotalSeconds);
                }

                after.Sort();
                console.Output.WriteLine($"{depth,11:N0} {bytes.Length,9:N0} {before,19:0.000} {after[after.Count / 2],25:0.000}");
            }

            return 0;
        });
        return command;
    }

    private static bool Feed(string format, byte[] bytes, ExtractionPipeline pipeline)
    {
        if (format == "json")
        {
            // As POST /api/v1/reports receives it (the web defaults of System.Text.Json): a submission whose text is extracted.
            Submission? submission;
            try
            {
                submission = JsonSerializer.Deserialize<Submission>(bytes, JsonSerializerOptions.Web);
            }
            catch (JsonException)
            {
                return false;
            }

            if (submission?.Text is not { } text)
            {
                return false;
            }

            pipeline.Run(text, submission.Published);
            return true;
        }

        var read = ReportReader.Read(bytes, format switch { "md" => ReportFormat.Markdown, "html" => ReportFormat.Html, _ => ReportFormat.Text }, int.MaxValue);
        if (!read.Succeeded)
        {
            return false;
        }

        pipeline.Run(read.Content.Body, read.Content.Metadata.Published);
        return true;
    }

    private sealed record Submission(string? Text, string? Title, DateOnly? Published);

    private static (string Kind, byte[] Bytes) Generate(Random random, string format, List<byte[]> corpus)
    {
        var size = (int)Math.Pow(2, random.NextDouble() * 18); // 1 byte … 256 KB, log-uniform
        switch (random.Next(5))
        {
            case 0:
                var noise = new byte[size];
                random.NextBytes(noise);
                return ("random bytes", noise);
            case 1:
                return ("random text", Encoding.UTF8.GetBytes(RandomText(random, size)));
            case 2 when corpus.Count > 0:
                var sample = Wrap(format, corpus[random.Next(corpus.Count)]);
                return ("truncated", sample[..random.Next(sample.Length + 1)]);
            case 3 when corpus.Count > 0:
                var mutated = Wrap(format, corpus[random.Next(corpus.Count)]).ToList();
                for (var m = random.Next(1, 50); m > 0 && mutated.Count > 0; m--)
                {
                    var at = random.Next(mutated.Count);
                    switch (random.Next(3))
                    {
                        case 0: mutated[at] ^= (byte)(1 << random.Next(8)); break;
                        case 1: mutated.RemoveRange(at, Math.Min(random.Next(1, 200), mutated.Count - at)); break;
                        default: mutated.InsertRange(at, Encoding.UTF8.GetBytes(Fragment(random))); break;
                    }
                }

                return ("mutated", [.. mutated]);
            default:
                var (name, make) = Hostile[random.Next(Hostile.Length)];
                return ("hostile " + name, make(Math.Max(64, size)));
        }
    }

    private static readonly (string Name, Func<int, byte[]> Make)[] Hostile =
    [
        ("nested divs html", n => Repeat("<html><body>", "<div>", "x", n)),
        ("nested tables html", n => Repeat("<html><body>", "<table><tr><td>", "x", n)),
        ("formatting html", n => Repeat("<p>", "<b><i><a href=x>", "text ", n)),
        ("unclosed html", n => Repeat("<html><body><!--", "<script>", "-->", n)),
        ("entities html", n => Repeat("<p>", "&#x10FFFF;&amp;&notin;&#0;", "", n)),
        ("attributes html", n => Repeat("<div ", "a=\"b\" ", ">", n)),
        ("quotes md", n => Repeat("---\ntitle: x\n---\n", "> ", "Police arrested 8 students.", n)),
        ("one long line md", n => Repeat("", "killed 3 protesters in Izeh on 2022-11-16, ", "", n)),
        ("numbers md", n => Repeat("", "9999999999999999999 ", "", n)),
        ("front matter md", n => Repeat("---\n", "key: value\n", "", n)),
        ("quotes speech md", n => Repeat("", "\"«", " said", n)),
        // Persian: one line of news without a ZWNJ, with Arabic ي/ك and Persian digits (the 4 MB row is ~7.5 MB of UTF-8);
        // quotations that never close; Arabic, Urdu and mixed scripts (read by script statistics, then a note or the pack).
        ("persian line md", n => Repeat("", "ماموران امنيتي روز ۲۵ آبان ۱۳۹۸ در شهر مشهد ۱۲ معترض را بازداشت كردند و سخنگوی پلیس گفت که میگویند آرامش برقرار است، ", "", n)),
        ("persian quotes md", n => Repeat("", "سخنگوی پلیس گفت: «", " دو نفر کشته شدند", n)),
        ("arabic md", n => Repeat("", "اعتقلت قوات الأمن عشرة متظاهرين في مدينة مشهد يوم الاثنين. ", "", n)),
        ("urdu md", n => Repeat("", "پولیس نے مشہد میں دس مظاہرین کو گرفتار کر لیا ہے۔ ", "", n)),
        ("mixed script md", n => Repeat("", "IRNA گزارش abc۱۲۳ داد ۴ نفر in Tehran و تهران بازداشت شدند؛ ‌‌ ـــ ؟ ", "", n)),
        ("nested json", n => Repeat("", "[", "", n)),
        ("long string json", n => Repeat("{\"text\":\"", "Security forces killed 3 protesters. ", "\"}", n)),
    ];

    private static byte[] Repeat(string head, string unit, string tail, int size)
    {
        var text = new StringBuilder(size + head.Length + tail.Length);
        text.Append(head);
        while (text.Length < size)
        {
            text.Append(unit);
        }

        return Encoding.UTF8.GetBytes(text.Append(tail).ToString());
    }

    private static string RandomText(Random random, int size)
    {
        var text = new StringBuilder(size);
        while (text.Length < size)
        {
            text.Append(random.Next(10) switch
            {
                0 => Fragment(random),
                1 => (char)random.Next(0, 32),
                2 => (char)random.Next(0x600, 0x700),
                3 => (char)random.Next(0xD800, 0xE000),
                4 => "\u200F\u202E",
                _ => (char)random.Next(32, 127),
            });
        }

        return text.ToString();
    }

    private static string Fragment(Random random)
    {
        string[] parts =
        [
            "<div>", "</div>", "<script>", "<!--", "---\n", "\n", "title: ", "published: 2022-13-45\n", "&amp;", "&#xD800;", "<p>", "\"", "«", "»",
            "killed 3", "arrested 1,500", "on 30 September 2022", "in Zahedan", "Security forces", "۱۴۰۱/۰۷/۰۸", "{\"text\":", "[", "}", "\\u0000", "\0",
        ];
        return parts[random.Next(parts.Length)];
    }

    private static byte[] Wrap(string format, byte[] sample) => format switch
    {
        "html" => Encoding.UTF8.GetBytes("<html><head><title>t</title></head><body><article><p>" + Encoding.UTF8.GetString(sample).Replace("\n\n", "</p><p>", StringComparison.Ordinal) + "</p></article></body></html>"),
        "json" => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { text = Encoding.UTF8.GetString(sample), title = "fuzz" })),
        _ => sample,
    };

    private static List<byte[]> LoadSamples(string? folder)
    {
        folder ??= FindSamples();
        return folder is null || !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Take(200).Select(File.ReadAllBytes).ToList();
    }

    private static string? FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var samples = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(samples) && File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
            {
                return samples;
            }
        }

        return null;
    }

    private static string Size(int bytes) => bytes >= 1 << 20 ? $"{bytes >> 20} MB" : $"{bytes >> 10} KB";
}
