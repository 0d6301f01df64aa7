using Vigil.Cli.Tests.Incidents;
using Vigil.Core.Extraction;

namespace Vigil.Cli.Tests.Reports;

/// <summary><c>vigil reextract</c>: argument checks, dry run, a named report re-extracted and the store still verifies.</summary>
public sealed class ReextractCommandTests : IncidentCliTest
{
    private string MashhadId => Sha256(File.ReadAllBytes(Path.Combine(Input, "mashhad.txt")));

    [Fact]
    public async Task Everything_is_current_after_ingest_so_all_finds_nothing()
    {
        await IngestReportsAsync();

        var result = await RunAsync("reextract", "--all");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([$"nothing to re-extract: every report is on pipeline {PipelineVersion.Current}"], result.OutputLines);
    }

    [Fact]
    public async Task A_named_report_is_counted_in_a_dry_run_then_re_extracted_and_the_store_verifies()
    {
        await IngestReportsAsync();
        var shortId = MashhadId[..12];

        var dry = await RunAsync("reextract", shortId, "--dry-run");

        Assert.True(dry.ExitCode == 0, dry.ToString());
        Assert.Equal(
            [$"report {shortId} ({PipelineVersion.Current}): incidents 1 → 1, statements 0 → 0, named persons 0 → 0", "dry run: 1 report would be re-extracted, 0 failed; nothing stored"],
            dry.OutputLines);

        var run = await RunAsync("reextract", shortId);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^1 report re-extracted, 0 failed; re-clustered: \d+ clusters, 0 incidents created, 0 dissolved$", run.OutputLines[^1]);
        Assert.Equal(3, (await ExportedAsync("--type", "killing")).Single().GetProperty("mentions").GetInt32());
        var verify = await RunAsync("verify");
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }

    [Theory]
    [InlineData(2, "reextract")]
    [InlineData(2, "reextract", "--all", "0123456789ab")]
    [InlineData(2, "reextract", "xyz")]
    [InlineData(3, "reextract", "0123456789abcdef")]
    public async Task Bad_arguments_are_a_clear_message_and_an_exit_code(int exitCode, params string[] args)
    {
        await IngestReportsAsync();

        var result = await RunAsync(args);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.True(result.HasNoStackTrace, result.ToString());
    }
}
