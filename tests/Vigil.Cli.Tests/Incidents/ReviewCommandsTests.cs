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
        Assert.Matches("^split 1 mentions into new incident [0-9a-f-]{36}$", split.OutputLines.Single());
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

    public static TheoryData<string[], string> BadActions => new()
    {
        { ["merge", "SHIRAZ", "SHIRAZ"], "error: cannot merge an incident with itself" },
        { ["merge", "SHIRAZ", "000000000000"], "error: no incident ends in 000000000000" },
        { ["split", "SHIRAZ", "--mentions", "first"], "error: --mentions: 'first' is not a mention id (see vigil incident ID)" },
        { ["split", "SHIRAZ", "--mentions", "01234567-89ab-7cde-8f01-23456789abcd"], "error: mention 01234567-89ab-7cde-8f01-23456789abcd is not part of incident SHIRAZ" },
        { ["split", "000000000000", "--mentions", "01234567-89ab-7cde-8f01-23456789abcd"], "error: no incident ends in 000000000000" },
        { ["mention", "01234567-89ab-7cde-8f01-23456789abcd", "--credibility", "9"], "error: credibility: 9 is not a grade 1–6" },
        { ["mention", "01234567-89ab-7cde-8f01-23456789abcd", "--credibility", "3"], "error: no mention 01234567-89ab-7cde-8f01-23456789abcd" },
        { ["mention", "first", "--credibility", "3"], "error: 'first' is not a mention id" },
        { ["sources", "Nowhere News", "--reliability", "A"], "error: no source named 'Nowhere News' (see vigil sources)" },
        { ["sources", "Radio Zamaneh", "--reliability", "Z"], "error: reliability: 'Z' is not an Admiralty grade A–F" },
        { ["sources", "Radio Zamaneh", "--kind", "blog"], "error: kind: 'blog' is not one of news_agency, newspaper, broadcaster, ngo, state_media, party_affiliated, government, witness, social_media, other" },
        { ["sources", "Radio Zamaneh"], "error: give at least one of --kind, --affiliation, --reliability to edit a source" },
        { ["export", "incidents", "--from", "17/11/2019"], "error: --from: '17/11/2019' is not a date YYYY-MM-DD" },
        { ["incidents", "--type", "massacre"], "error: --type: 'massacre' is not an incident type" },
        { ["incidents", "--status", "approved"], "error: --status: 'approved' is not one of unreviewed, confirmed, disputed, rejected" },
    };

    [Theory]
    [MemberData(nameof(BadActions))]
    public async Task Bad_input_gives_one_error_line_a_non_zero_exit_and_changes_nothing(string[] args, string error)
    {
        await IngestReportsAsync();
        var shiraz = await IdOfAsync("killing");
        var head = (await RunAsync("verify", "--head")).Output;

        AssertOneErrorLine(await RunAsync([.. args.Select(a => a.Replace("SHIRAZ", shiraz, StringComparison.Ordinal))]), error.Replace("SHIRAZ", shiraz, StringComparison.Ordinal));

        Assert.Equal(head, (await RunAsync("verify", "--head")).Output);
    }
}
