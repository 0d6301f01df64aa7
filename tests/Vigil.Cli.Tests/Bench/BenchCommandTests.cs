namespace Vigil.Cli.Tests.Bench;

public sealed class BenchCommandTests : CliTest
{
    [Fact]
    public async Task Ingest_writes_every_report_in_batches_of_the_given_size()
    {
        var result = await RunAsync("bench", "ingest", "--reports", "5", "--evidence", "0", "--runs", "1", "--batch", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("run 1: 5 stored, 0 failed", result.Output, StringComparison.Ordinal);
        Assert.Contains("verify OK", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_refuses_a_batch_of_no_files()
    {
        var result = await RunAsync("bench", "ingest", "--reports", "5", "--evidence", "0", "--batch", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--batch must be positive", result.Error, StringComparison.Ordinal);
    }
}
