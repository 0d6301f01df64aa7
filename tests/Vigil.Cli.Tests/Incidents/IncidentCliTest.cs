using System.Text.Json;

namespace Vigil.Cli.Tests.Incidents;

/// <summary>
/// Base of the incident command tests: three outlets' reports of one Shiraz killing (12+, 15, 40),
/// an arrest in Mashhad and a month-precision strike in Ahvaz, ingested with extraction as a user would.
/// </summary>
public abstract class IncidentCliTest : CliTest
{
    protected async Task IngestReportsAsync()
    {
        WriteInput("monitor.txt", "---\ntitle: Security forces kill protesters in Shiraz\noutlet: Iran Human Rights Monitor\npublished: 2019-11-19\n---\nSecurity forces shot dead at least 12 protesters in Shiraz on November 17, 2019, according to witnesses.\n");
        WriteInput("agency.txt", "---\ntitle: Deadly crackdown in Shiraz\noutlet: Kurdistan Press Agency\npublished: 2019-11-20\n---\nRiot police killed 15 demonstrators in Shiraz on 17 November 2019, local sources said.\n");
        WriteInput("radio.txt", "---\ntitle: Shiraz death toll rises\noutlet: Radio Zamaneh\npublished: 2019-11-22\n---\n40 people were killed in Shiraz on Nov. 17, 2019 when security forces opened fire on protesters, rights groups said.\n");
        WriteInput("mashhad.txt", "---\ntitle: Mass arrests in Mashhad\noutlet: Kurdistan Press Agency\npublished: 2019-11-19\n---\nSecurity forces arrested 30 protesters in Mashhad on November 18, 2019.\n");
        WriteInput("ahvaz.txt", "---\ntitle: Steel workers strike in Ahvaz\noutlet: Radio Zamaneh\npublished: 2020-04-02\n---\nHundreds of steel workers went on strike in Ahvaz in March 2020 over unpaid wages.\n");
        var result = await RunAsync("ingest", Input);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    /// <summary>The incidents <c>export incidents --format json</c> writes, with the given extra arguments.</summary>
    protected async Task<List<JsonElement>> ExportedAsync(params string[] args)
    {
        var result = await RunAsync(["export", "incidents", "--format", "json", .. args]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(result.Output);
        return [.. doc.RootElement.GetProperty("incidents").EnumerateArray().Select(e => e.Clone())];
    }

    protected async Task<string> IdOfAsync(string type) =>
        (await ExportedAsync("--type", type, "--status", "unreviewed")).Single().GetProperty("id").GetString()!;

    protected static void AssertOneErrorLine(CliResult result, string expected)
    {
        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Equal([expected], result.ErrorLines);
        Assert.True(result.HasNoStackTrace, result.ToString());
    }
}
