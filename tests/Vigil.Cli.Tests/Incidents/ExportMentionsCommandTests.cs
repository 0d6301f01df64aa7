using System.Text.Json;

namespace Vigil.Cli.Tests.Incidents;

public sealed class ExportMentionsCommandTests : IncidentCliTest
{
    [Fact]
    public async Task Writes_one_line_per_mention_with_evidence_text_and_incident()
    {
        await IngestReportsAsync();

        var result = await RunAsync("export", "mentions", "--format", "jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["agency.txt", "ahvaz.txt", "mashhad.txt", "monitor.txt", "radio.txt"], lines.Select(l => l.GetProperty("report").GetString()));
        var monitor = lines[3];
        Assert.Equal(
            ["report", "id", "type", "date", "date_end", "date_source", "place", "admin1", "country", "geo_precision", "evidence", "incident", "part_of"],
            monitor.EnumerateObject().Select(p => p.Name));
        Assert.Equal("killing", monitor.GetProperty("type").GetString());
        Assert.Equal("2019-11-17", monitor.GetProperty("date").GetString());
        Assert.Equal("text", monitor.GetProperty("date_source").GetString());
        Assert.Equal("Shiraz", monitor.GetProperty("place").GetString());
        Assert.Equal("Fars", monitor.GetProperty("admin1").GetString());
        Assert.Equal("city", monitor.GetProperty("geo_precision").GetString());
        var evidence = monitor.GetProperty("evidence");
        var body = "Security forces shot dead at least 12 protesters in Shiraz on November 17, 2019, according to witnesses.\n";
        var start = evidence.GetProperty("start").GetInt32();
        var end = evidence.GetProperty("end").GetInt32();
        Assert.Equal(body[start..end], evidence.GetProperty("text").GetString());
        Assert.Contains("shot dead", evidence.GetProperty("text").GetString(), StringComparison.Ordinal);

        // The three Shiraz killings are one incident; the arrest and the strike are their own.
        var shiraz = new[] { lines[0], lines[3], lines[4] }.Select(l => l.GetProperty("incident").GetString()).Distinct().ToList();
        Assert.Single(shiraz);
        Assert.NotEqual(shiraz[0], lines[2].GetProperty("incident").GetString());
        Assert.Equal(JsonValueKind.Null, monitor.GetProperty("part_of").ValueKind);
    }

    [Fact]
    public async Task Writes_to_a_file_and_says_how_many()
    {
        await IngestReportsAsync();
        var path = Path.Combine(Folder, "mentions.jsonl");

        var result = await RunAsync("export", "mentions", "--output", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([$"5 mentions written to {path}"], result.ErrorLines);
        Assert.Equal(5, File.ReadAllLines(path).Length);
    }

    [Fact]
    public async Task Refuses_an_unknown_format()
    {
        var result = await RunAsync("export", "mentions", "--format", "csv");

        Assert.NotEqual(0, result.ExitCode);
        Assert.True(result.HasNoStackTrace, result.ToString());
    }
}
