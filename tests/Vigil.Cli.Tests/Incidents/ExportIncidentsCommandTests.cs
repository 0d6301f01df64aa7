using System.Text.Json;

namespace Vigil.Cli.Tests.Incidents;

public sealed class ExportIncidentsCommandTests : IncidentCliTest
{
    private async Task<List<string?>> PlacesAsync(params string[] filters) =>
        [.. (await ExportedAsync(filters)).Select(i => i.GetProperty("place").GetString())];

    [Fact]
    public async Task Filters_by_type_dates_province_and_status()
    {
        await IngestReportsAsync();
        var mashhad = await IdOfAsync("arrest");
        Assert.Equal(0, (await RunAsync("incident", mashhad, "--reject")).ExitCode);

        Assert.Equal(["Shiraz", "Ahvaz"], await PlacesAsync());
        Assert.Equal(["Shiraz"], await PlacesAsync("--type", "killing"));
        Assert.Equal(["Mashhad"], await PlacesAsync("--status", "rejected"));
        Assert.Equal(["Ahvaz"], await PlacesAsync("--from", "2019-11-18"));
        Assert.Equal(["Shiraz"], await PlacesAsync("--to", "2019-11-18"));
        Assert.Equal(["Mashhad"], await PlacesAsync("--from", "2019-11-18", "--to", "2019-11-18", "--status", "rejected"));
        Assert.Equal(["Ahvaz"], await PlacesAsync("--province", "KHUZESTAN"));
        Assert.Empty(await PlacesAsync("--province", "Tehran"));
    }

    [Fact]
    public async Task Writes_each_format_to_a_file()
    {
        await IngestReportsAsync();
        var path = Path.Combine(Folder, "incidents.geojson");

        var result = await RunAsync("export", "incidents", "--format", "geojson", "--output", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([$"3 incidents written to {path}"], result.ErrorLines);
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("FeatureCollection", doc.RootElement.GetProperty("type").GetString());
        Assert.Equal(
            [52.5311, 29.6103],
            doc.RootElement.GetProperty("features")[0].GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));

        var counts = await RunAsync("export", "incidents", "--format", "counts");
        Assert.Equal(
            ["date,date_precision,province,type,incidents,killed,injured,arrested,scope", "2019-11-17,day,Fars,killing,1,40,,,event", "2019-11-18,day,Razavi Khorasan,arrest,1,,,30,event", "2020-03,month,Khuzestan,strike,1,,,,event"],
            counts.OutputLines);
    }

    [Fact]
    public async Task Acled_export_loads_in_a_script_written_from_acleds_codebook()
    {
        await IngestReportsAsync();
        File.WriteAllText(Path.Combine(Folder, "undated.txt"), "---\ntitle: Students detained in Tabriz\noutlet: Radio Zamaneh\n---\nSecurity forces arrested 12 students in Tabriz, activists said.\n");
        Assert.Equal(0, (await RunAsync("ingest", Path.Combine(Folder, "undated.txt"))).ExitCode);
        var path = Path.Combine(Folder, "acled.csv");

        var result = await RunAsync("export", "incidents", "--format", "acled", "--output", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"3 incidents written to {path}", result.ErrorLines[0]);
        Assert.Equal("1 incident left out of this format:", result.ErrorLines[1]);
        Assert.EndsWith("no date: ACLED rows need an event_date", result.ErrorLines[2]);
        var (code, output) = await Python.RunAsync("tools/acled/check_acled.py", path);
        Assert.True(code == 0, output);
        Assert.Equal("OK: 3 events, 40 fatalities", output.Trim());
    }

    [Fact]
    public async Task Rejects_an_unknown_format_with_one_error_line()
    {
        var result = await RunAsync("export", "incidents", "--format", "xlsx");

        Assert.NotEqual(0, result.ExitCode);
        Assert.True(result.HasNoStackTrace, result.ToString());
        Assert.Contains("xlsx", result.Error);
    }
}
