using System.Globalization;
using CsvHelper;

namespace Vigil.Cli.Tests.Incidents;

public sealed class IncidentCommandTests : IncidentCliTest
{
    [Fact]
    public async Task Shows_the_figures_by_source_with_the_most_reliable_marked()
    {
        await IngestReportsAsync();
        Assert.Equal(0, (await RunAsync("sources", "Kurdistan Press Agency", "--reliability", "A")).ExitCode);
        var id = await IdOfAsync("killing");

        var result = await RunAsync("incident", id[^12..]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"incident {id} — unreviewed", result.Output);
        Assert.Contains("figures by source", result.Output);
        Assert.Matches(@"killed\s+12–40 \(best 15\)", result.Output);
        Assert.Matches(@"corroboration\s+3 independent of 3 sources", result.Output);
        Assert.Single(result.OutputLines, l => l.Contains("most reliable", StringComparison.Ordinal));
        Assert.Matches(@"^killed\s+Kurdistan Press Agency\s+15\s+A\s+6\s+most reliable$", result.OutputLines.Single(l => l.Contains("most reliable", StringComparison.Ordinal)));
        Assert.Contains(result.OutputLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^killed\s+Iran Human Rights Monitor\s+12\+\s+F\s+6$"));
        Assert.Contains(result.OutputLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^killed\s+Radio Zamaneh\s+40\s+F\s+6$"));
    }

    [Fact]
    public async Task Confirm_and_set_are_shown_beside_the_machine_value_and_exported()
    {
        await IngestReportsAsync();
        var id = await IdOfAsync("killing");

        var result = await RunAsync("incident", id, "--confirm", "--set", "killed=20");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"incident {id} — confirmed", result.Output);
        Assert.Matches(@"killed\s+12–40 \(best 40\)\s+20", result.Output);
        Assert.Matches(@"incident\.edited", result.Output);
        Assert.Matches(@"incident\.confirmed", result.Output);
        var acled = await RunAsync("export", "incidents", "--format", "acled", "--type", "killing");
        using var csv = new CsvReader(new StringReader(acled.Output), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        Assert.True(csv.Read());
        Assert.Equal(("20", "confirmed"), (csv.GetField("fatalities"), csv.GetField("review_status")));
        Assert.Equal(0, (await RunAsync("verify")).ExitCode);
    }

    [Fact]
    public async Task The_list_filters_by_and_shows_the_editors_type_marked_as_the_editors()
    {
        await IngestReportsAsync();
        var id = await IdOfAsync("killing");
        Assert.Equal(0, (await RunAsync("incident", id, "--set", "type=execution")).ExitCode);

        var executions = await RunAsync("incidents", "--type", "execution");
        var killings = await RunAsync("incidents", "--type", "killing");

        Assert.True(executions.ExitCode == 0, executions.ToString());
        Assert.Contains(executions.OutputLines, l => l.Contains("execution*", StringComparison.Ordinal));
        Assert.Contains("* an editor's value", executions.Output);
        Assert.Contains("1 incident", executions.OutputLines);
        Assert.Contains("0 incidents", killings.OutputLines);
    }

    public static TheoryData<string[], string> BadReviews => new()
    {
        { ["--set", "colour=red"], "error: --set: unknown field 'colour' (one of: type, date, date_end, place, admin1, country, killed, injured, arrested, actors, victims, notes)" },
        { ["--set", "killed=many"], "error: --set: killed: 'many' is not a figure (N, N-M or N+)" },
        { ["--set", "killed"], "error: --set: expected field=value, got 'killed'" },
        { ["--set", "date=yesterday"], "error: --set: date: 'yesterday' is not YYYY-MM-DD, YYYY-MM or YYYY" },
        { ["--confirm", "--reject"], "error: choose one of --confirm, --reject, --dispute" },
        { ["--dispute", "--confirm", "--set", "killed=20"], "error: choose one of --confirm, --reject, --dispute" },
    };

    [Theory]
    [MemberData(nameof(BadReviews))]
    public async Task Bad_review_input_gives_one_error_line_and_changes_nothing(string[] args, string error)
    {
        await IngestReportsAsync();
        var id = await IdOfAsync("killing");
        var head = (await RunAsync("verify", "--head")).Output;

        AssertOneErrorLine(await RunAsync(["incident", id, .. args]), error);

        Assert.Equal(head, (await RunAsync("verify", "--head")).Output);
    }

    [Fact]
    public async Task Unknown_or_malformed_ids_give_one_error_line()
    {
        await IngestReportsAsync();

        AssertOneErrorLine(await RunAsync("incident", "000000000000"), "error: no incident ends in 000000000000");
        AssertOneErrorLine(await RunAsync("incident", "01234567-89ab-7cde-8f01-23456789abcd", "--confirm"), "error: no incident 01234567-89ab-7cde-8f01-23456789abcd");
        AssertOneErrorLine(await RunAsync("incident", "shiraz"), "error: id: 'shiraz' is not an incident id (a UUID, or its last 6 to 12 hex digits)");
    }
}
