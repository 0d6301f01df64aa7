using System.Text;
using System.Text.Json;

namespace Vigil.Cli.Tests.Reports;

public sealed class IngestCommandTests : CliTest
{
    [Fact]
    public async Task Ingests_the_samples_with_one_json_line_per_file()
    {
        var samples = SampleReport.All(Samples);
        Assert.Equal(5, samples.Count);

        var result = await RunAsync("ingest", Samples, "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        var lines = result.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var files = lines.Where(l => l.TryGetProperty("file", out _)).ToList();
        var summary = Assert.Single(lines, l => l.TryGetProperty("summary", out _)).GetProperty("summary");
        Assert.Equal(lines.Count - 1, files.Count);
        foreach (var sample in samples)
        {
            var line = Assert.Single(files, f => f.GetProperty("file").GetString() == sample.Path);
            Assert.Equal("stored", line.GetProperty("status").GetString());
            Assert.Equal("report", line.GetProperty("kind").GetString());
            Assert.Equal(Sha256(sample.Bytes), line.GetProperty("id").GetString());
            Assert.Equal(sample.Bytes.Length, line.GetProperty("bytes").GetInt64());
        }

        var others = files.Where(f => !f.GetProperty("file").GetString()!.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(others);
        Assert.All(others, f => Assert.Equal("skipped", f.GetProperty("status").GetString()));
        Assert.All(others, f => Assert.StartsWith(Samples, f.GetProperty("file").GetString()));
        Assert.Equal((5, 0, others.Count, 0), (summary.GetProperty("stored").GetInt32(), summary.GetProperty("already_stored").GetInt32(), summary.GetProperty("skipped").GetInt32(), summary.GetProperty("failed").GetInt32()));
    }

    [Fact]
    public async Task Ingesting_the_samples_again_says_already_stored()
    {
        await RunAsync("ingest", Samples, "--json");

        var again = await RunAsync("ingest", Samples, "--json");

        Assert.True(again.ExitCode == 0, again.ToString());
        var reports = again.OutputLines.Select(l => JsonDocument.Parse(l).RootElement)
            .Where(l => l.TryGetProperty("kind", out var kind) && kind.GetString() == "report").ToList();
        Assert.Equal(5, reports.Count);
        Assert.All(reports, r => Assert.Equal(("already_stored", "already stored"), (r.GetProperty("status").GetString(), r.GetProperty("message").GetString())));
        var summary = JsonDocument.Parse(again.OutputLines[^1]).RootElement.GetProperty("summary");
        Assert.Equal((0, 5), (summary.GetProperty("stored").GetInt32(), summary.GetProperty("already_stored").GetInt32()));
    }

    [Fact]
    public async Task Bad_files_get_one_error_line_each_and_the_good_ones_are_still_stored()
    {
        var good = WriteInput("good.txt", "---\ntitle: Teachers rally in Isfahan\n---\nTeachers rallied in Isfahan on Sunday.\n");
        var huge = Path.Combine(Input, "huge.txt");
        await using (var stream = File.Create(huge))
        {
            var line = Encoding.ASCII.GetBytes(new string('x', 1 << 20));
            for (var i = 0; i < 50; i++)
            {
                await stream.WriteAsync(line);
            }
        }

        var bad = new (string Path, string Problem)[]
        {
            (WriteInput("empty.txt", []), "empty file"),
            (WriteInput("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), "binary content (NUL bytes), not a text report"),
            (WriteInput("latin1.txt", Encoding.Latin1.GetBytes("Stra\u00dfe blocked.\n")), "not valid UTF-8 (bad byte at offset 4)"),
            (huge, "too large: 50.0 MB, the limit for one report is 20 MB"),
            (WriteInput("bad-date.txt", "---\npublished: 01/03/2024\n---\nBody.\n"), "front matter line 2: 'published' is not a date in the form YYYY-MM-DD: '01/03/2024'"),
            (WriteInput("unclosed.txt", "---\ntitle: No end\nBody without a closing line.\n"), "front matter: block opened with '---' on line 1 is never closed"),
            (UnreadableFile(), OperatingSystem.IsLinux() ? "empty file (or not a regular file: FIFO, device or socket)" : "cannot read: "),
            (Path.Combine(Folder, "missing.txt"), "no such file or folder"),
            (WriteInput("../notes.docx", "a word file"), "unsupported file type '.docx'"),
        };

        var result = await RunAsync(["ingest", "--no-extract", Input, .. bad.Skip(6).Select(b => b.Path)]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.True(result.HasNoStackTrace, result.ToString());
        Assert.True(bad.Length == result.ErrorLines.Length, string.Join("\n", result.ErrorLines));
        foreach (var (path, problem) in bad)
        {
            var line = Assert.Single(result.ErrorLines, l => l.StartsWith($"error: {path}: ", StringComparison.Ordinal));
            Assert.StartsWith($"error: {path}: {problem}", line);
        }

        var stored = result.OutputLines.Select(l => JsonDocument.Parse(l).RootElement)
            .Where(l => l.TryGetProperty("status", out var s) && s.GetString() == "stored")
            .Select(l => l.GetProperty("file").GetString()).ToList();
        Assert.Equal([good], stored);

        var reports = await RunAsync("reports");
        Assert.Contains("Teachers rally in Isfahan", reports.Output);
        Assert.Contains("1 reports in SQLite", reports.Output);
        var verify = await RunAsync("verify");
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.StartsWith("OK: 1 audit entry, 1 row, 1 blob", verify.Output);
    }

    [Fact]
    public async Task Reduces_an_html_report_to_its_article_text()
    {
        const string Html = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
              <title>Site title | Example Daily</title>
              <meta property="og:title" content="Police detain striking bus drivers in Tehran">
              <meta property="og:site_name" content="Example Daily">
              <meta property="article:published_time" content="2023-05-14T08:30:00+03:30">
              <link rel="canonical" href="https://daily.example/2023/05/bus-drivers">
              <style>body { color: red }</style>
              <script>window.analytics = "tracking code";</script>
            </head>
            <body>
              <header><a href="/">Example Daily</a></header>
              <nav><a href="/world">World</a> <a href="/sport">Sport</a></nav>
              <article>
                <h1>Police detain striking bus drivers</h1>
                <p>Police detained at least 20 bus drivers in Tehran on Sunday, witnesses said.</p>
                <aside>Read more: unrelated story</aside>
                <script>document.write("ad slot");</script>
                <p>The drivers had stopped work over <b>unpaid wages</b>.</p>
              </article>
              <footer>Copyright Example Daily. Cookie settings.</footer>
            </body>
            </html>
            """;
        WriteInput("bus-drivers.html", Html);

        var ingest = await RunAsync("ingest", Input);
        var export = await RunAsync("export", "reports", "--format", "json");

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var report = Assert.Single(JsonDocument.Parse(export.Output).RootElement.EnumerateArray().ToList());
        Assert.Equal(
            "Police detain striking bus drivers\n\nPolice detained at least 20 bus drivers in Tehran on Sunday, witnesses said.\n\nThe drivers had stopped work over unpaid wages.",
            report.GetProperty("body").GetString());
        Assert.Equal("Police detain striking bus drivers in Tehran", report.GetProperty("title").GetString());
        Assert.Equal("Example Daily", report.GetProperty("source").GetString());
        Assert.Equal("2023-05-14", report.GetProperty("published").GetString());
        Assert.Equal("https://daily.example/2023/05/bus-drivers", report.GetProperty("url").GetString());
        Assert.Equal("en", report.GetProperty("language").GetString());
        Assert.Equal("html", report.GetProperty("format").GetString());
    }

    /// <summary>
    /// A path that exists but cannot be read. File permissions do not stop root (CI runs as root),
    /// so on Linux this is a FIFO, which used to block the ingest forever (opening it waits for a writer)
    /// and is now refused without being opened.
    /// </summary>
    private string UnreadableFile()
    {
        var path = Path.Combine(Input, "unreadable.txt");
        if (OperatingSystem.IsLinux())
        {
            using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
            mkfifo.WaitForExit();
        }
        else if (!OperatingSystem.IsWindows())
        {
            File.WriteAllText(path, "locked");
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        return path;
    }
}
