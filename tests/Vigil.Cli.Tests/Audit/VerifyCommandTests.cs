using System.Text.RegularExpressions;

namespace Vigil.Cli.Tests.Audit;

public sealed class VerifyCommandTests : CliTest
{
    // 5 sample reports and 3 distinct outlets: one audit entry each.
    private const int SampleEntries = 8;

    [Fact]
    public async Task Prints_ok_with_counts_rate_and_the_head()
    {
        await RunAsync("ingest", Samples, "--no-extract");

        var result = await RunAsync("verify");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith($"OK: {SampleEntries} audit entries, {SampleEntries} rows, 5 blobs", result.OutputLines[0]);
        // The rate over entries and rows, the figure that tells whether verify stays linear on a large store.
        Assert.Matches(@" in \d+\.\d\d s, [\d,]+ entries and rows/s$", result.OutputLines[0]);
        Assert.Matches($"^head: {SampleEntries}:[0-9a-f]{{64}}$", result.OutputLines[^1]);
    }

    [Fact]
    public async Task On_an_empty_store_says_there_is_nothing_to_verify()
    {
        var result = await RunAsync("verify");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["OK: the store is empty (nothing ingested yet), so there is nothing to verify"], result.OutputLines);
    }

    [Fact]
    public async Task Head_prints_sequence_and_hash_only()
    {
        await RunAsync("ingest", Samples, "--no-extract");

        var result = await RunAsync("verify", "--head");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches($"^{SampleEntries}:[0-9a-f]{{64}}\n$", result.Output);
    }

    [Fact]
    public async Task Fails_with_exit_code_1_after_a_blob_is_changed()
    {
        await RunAsync("ingest", Samples, "--no-extract");
        var blob = Directory.EnumerateFiles(Path.Combine(Data, "blobs"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var bytes = File.ReadAllBytes(blob);
        bytes[0] ^= 0x20;
        File.WriteAllBytes(blob, bytes);

        var result = await RunAsync("verify");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal($"FAILED: blob {Path.GetFileName(blob)[..12]}: its bytes were changed (SHA-256 no longer matches its name)", result.OutputLines[0]);
        Assert.True(result.HasNoStackTrace, result.ToString());
    }

    [Fact]
    public async Task Accepts_an_earlier_published_head_after_more_ingests()
    {
        await RunAsync("ingest", Samples, "--no-extract");
        var head = (await RunAsync("verify", "--head")).Output.Trim();
        WriteInput("later.txt", "A later report.\n");
        await RunAsync("ingest", Input, "--no-extract");

        var result = await RunAsync("verify", "--expect-head", head);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches($"^head: {SampleEntries + 1}:", result.OutputLines[^1]);
    }

    [Fact]
    public async Task Rejects_a_published_head_the_chain_does_not_contain()
    {
        await RunAsync("ingest", Samples, "--no-extract");
        var forged = $"3:{new string('a', 64)}";

        var result = await RunAsync("verify", "--expect-head", forged);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal($"FAILED: audit log: entry 3 no longer has the published head hash {new string('a', 64)}: the chain was rewritten", result.OutputLines[0]);
    }

    [Fact]
    public async Task Rejects_a_malformed_expected_head()
    {
        var result = await RunAsync("verify", "--expect-head", "12-abc");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["error: --expect-head: expected SEQUENCE:HASH (a number, a colon, 64 hex digits), got '12-abc'"], result.ErrorLines);
    }

    [Fact]
    public async Task An_empty_store_verifies()
    {
        var result = await RunAsync("verify", "--head");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"0:{new string('0', 64)}", result.Output.Trim());
        Assert.Matches(new Regex("^[0-9]+:[0-9a-f]{64}$"), result.Output.Trim());
    }
}
