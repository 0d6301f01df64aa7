using System.Text.Json;

namespace Vigil.Cli.Tests.Incidents;

/// <summary><c>vigil merge</c>, <c>split</c>, <c>recluster</c>, <c>mention --credibility</c> and <c>sources</c>.</summary>
public sealed class ReviewCommandsTests : IncidentCliTest
{
    [Fact]
    public async Task Merge_then_split_then_recluster_keeps_the_editors_decisions()
    {
        await IngestReportsAsync();
        var shiraz = await IdOfAsync("killing");
        var mashhad = await IdOfAsync("arrest");

        var merge = await RunAsync("merge", shiraz, mashhad[^12..]);

        Assert.True(merge.ExitCode == 0, merge.ToString());
        Assert.Equal([$"merged {mashhad} into {shiraz}"], merge.OutputLines);
        var merged = (await ExportedAsync("--type", "killing")).Single();
        Assert.Equal((shiraz, 4), (merged.GetProperty("id").GetString(), merged.GetProperty("mentions").GetInt32()));
        Assert.Equal(2, (await ExportedAsync()).Count);
        var radio = merged.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("source").GetString() == "Radio Zamaneh").GetProperty("mention").GetString()!;

        var split = await RunAsync("split", shiraz, "--mentions", radio);

        Assert.True(split.ExitCode == 0, split.ToString());
        Assert.Matches("^split 1 mention into new incident [0-9a-f-]{36}$", split.OutputLines.Single());
        var recluster = await RunAsync("recluster");
        Assert.True(recluster.ExitCode == 0, recluster.ToString());
        Assert.Matches(@"^\d+ clusters; 0 incidents created, 0 created or changed, 0 dissolved in [0-9.]+ s$", recluster.OutputLines.Single());
        var after = await ExportedAsync();
        Assert.Equal(
            [("killing", 1, (int?)40), ("killing", 3, (int?)15), ("strike", 1, (int?)null)],
            after.Select(i => (i.GetProperty("type").GetString(), i.GetProperty("mentions").GetInt32(), i.GetProperty("killed").ValueKind == JsonValueKind.Null ? null : (int?)i.GetProperty("killed").GetProperty("best").GetInt32())).Order());
        var verify = await RunAsync("verify");
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }

    [Fact]
    public async Task Grading_a_mention_recomputes_its_incident()
    {
        await IngestReportsAsync();
        var incident = (await ExportedAsync("--type", "killing")).Single();
        var monitor = incident.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("source").GetString() == "Iran Human Rights Monitor").GetProperty("mention").GetString()!;

        var result = await RunAsync("mention", monitor, "--credibility", "2");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([$"mention {monitor}: credibility 2"], result.OutputLines);

        // All outlets are F; the better credibility wins the tie.
        Assert.Equal(12, (await ExportedAsync("--type", "killing")).Single().GetProperty("killed").GetProperty("best").GetInt32());
        Assert.Equal(0, (await RunAsync("verify")).ExitCode);
    }

    [Fact]
    public async Task Sources_lists_and_edits_outlets()
    {
        await IngestReportsAsync();

        var result = await RunAsync("sources", "Radio Zamaneh", "--kind", "broadcaster", "--affiliation", "Free Voice Foundation", "--reliability", "b");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"│ Radio Zamaneh\s+│ broadcaster\s+│ Free Voice Foundation\s+│ B\s+│\s+2 │", result.Output);
        Assert.Matches(@"│ Kurdistan Press Agency\s+│ other\s+│ —\s+│ F\s+│\s+2 │", result.Output);
        Assert.Equal("3 sources", result.OutputLines[^1]);
    }

    public static TheoryData<string[], string, int> BadActions => new()
    {
        { ["merge", "SHIRAZ", "SHIRAZ"], "error: b: cannot merge an incident with itself", 2 },
        { ["merge", "SHIRAZ", "000000000000"], "error: no incident ends in 000000000000", 3 },
        { ["split", "SHIRAZ", "--mentions", "first"], "error: --mentions: 'first' is not a mention id (a UUID, or its last 6 to 12 hex digits)", 2 },
        { ["split", "SHIRAZ", "--mentions", "01234567-89ab-7cde-8f01-23456789abcd"], "error: --mentions: mention 01234567-89ab-7cde-8f01-23456789abcd is not part of incident SHIRAZ", 2 },
        { ["split", "000000000000", "--mentions", "01234567-89ab-7cde-8f01-23456789abcd"], "error: no incident ends in 000000000000", 3 },
        { ["mention", "01234567-89ab-7cde-8f01-23456789abcd", "--credibility", "9"], "error: --credibility: 9 is not a grade 1–6", 2 },
        { ["mention", "01234567-89ab-7cde-8f01-23456789abcd", "--credibility", "3"], "error: no mention 01234567-89ab-7cde-8f01-23456789abcd", 3 },
        { ["mention", "first", "--credibility", "3"], "error: id: 'first' is not a mention id (a UUID, or its last 6 to 12 hex digits)", 2 },
        { ["sources", "Nowhere News", "--reliability", "A"], "error: no source named 'Nowhere News'", 3 },
        { ["sources", "Radio Zamaneh", "--reliability", "Z"], "error: --reliability: 'Z' is not an Admiralty grade A–F", 2 },
        { ["sources", "Radio Zamaneh", "--kind", "blog"], "error: --kind: 'blog' is not one of news_agency, newspaper, broadcaster, ngo, state_media, party_affiliated, government, witness, social_media, other", 2 },
        { ["sources", "Radio Zamaneh"], "error: give at least one of --kind, --affiliation, --reliability to edit a source", 2 },
        { ["export", "incidents", "--from", "17/11/2019"], "error: --from: '17/11/2019' is not a date YYYY-MM-DD", 2 },
        { ["incidents", "--type", "massacre"], "error: --type: 'massacre' is not an incident type", 2 },
        { ["incidents", "--status", "approved"], "error: --status: 'approved' is not one of unreviewed, confirmed, disputed, rejected", 2 },
    };

    [Theory]
    [MemberData(nameof(BadActions))]
    public async Task Bad_input_gives_one_error_line_the_exit_code_of_its_kind_and_changes_nothing(string[] args, string error, int exitCode)
    {
        await IngestReportsAsync();
        var shiraz = await IdOfAsync("killing");
        var head = (await RunAsync("verify", "--head")).Output;

        var result = await RunAsync([.. args.Select(a => a.Replace("SHIRAZ", shiraz, StringComparison.Ordinal))]);

        AssertOneErrorLine(result, error.Replace("SHIRAZ", shiraz, StringComparison.Ordinal));
        Assert.Equal(exitCode, result.ExitCode);

        Assert.Equal(head, (await RunAsync("verify", "--head")).Output);
    }
}
