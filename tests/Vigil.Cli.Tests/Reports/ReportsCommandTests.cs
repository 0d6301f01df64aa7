namespace Vigil.Cli.Tests.Reports;

public sealed class ReportsCommandTests : CliTest
{
    [Fact]
    public async Task Lists_the_samples_in_a_table_with_the_total()
    {
        var samples = SampleReport.All(Samples);
        await RunAsync("ingest", Samples);

        var result = await RunAsync("reports");

        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var sample in samples)
        {
            var shown = sample.Title ?? sample.FileName;
            Assert.Contains(CellText.Clip(shown, 60), result.Output);
            Assert.Contains(Sha256(sample.Bytes)[..12], result.Output);
            if (sample.Outlet is { } outlet)
            {
                Assert.Contains(outlet, result.Output);
            }
        }

        Assert.Contains("2018-11-22", result.Output);
        Assert.Equal($"5 reports in SQLite ({Path.Combine(Data, "vigil.db")})", result.OutputLines[^1]);
    }

    [Fact]
    public async Task Limit_shows_how_many_of_the_total()
    {
        await RunAsync("ingest", Samples);

        var result = await RunAsync("reports", "--limit", "2");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("2 of 5 reports (--limit 0 shows all)", result.OutputLines[^1]);
    }

    [Fact]
    public async Task An_empty_store_lists_no_reports()
    {
        var result = await RunAsync("reports");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("0 reports in SQLite", result.OutputLines[^1]);
    }
}
