using System.Globalization;
using System.Text.RegularExpressions;
using CsvHelper;

namespace Vigil.Cli.Tests.Persons;

public sealed class PersonCommandTests : CliTest
{
    private const string Hrana = """
        ---
        title: "Zahedan: teenagers among the dead"
        outlet: "HRANA"
        published: 2022-11-20
        language: en
        ---
        Security forces shot dead Mohammadreza Rahimian, 16, in Zahedan on 30 September 2022.

        Ali Karimi was arrested in Tehran on 20 October 2022.
        """;

    private const string Amnesty = """
        ---
        title: "Names of the victims of Bloody Friday"
        outlet: "Amnesty International"
        published: 2022-12-01
        language: en
        ---
        Muhammad Reza Rahimian, 17, was killed by security forces in Zahedan on 30 September 2022.

        Ali Karimi was arrested in Rasht on 5 December 2022.
        """;

    [Fact]
    public async Task Persons_lists_one_person_per_identity_and_filters_children_by_any_spelling()
    {
        await IngestAsync();

        var all = await RunAsync("persons");
        var children = await RunAsync("persons", "--children", "--search", "محمد رضا رحیمیان");

        Assert.True(all.ExitCode == 0, all.ToString());
        Assert.Contains("3 persons", all.Output);
        Assert.Equal(2, all.OutputLines.Count(l => l.Contains("Ali Karimi", StringComparison.Ordinal)));
        Assert.Matches(@"Muhammad Reza Rahimian\s+│\s+16-17\s+│\s+killed\s+│\s+2022-09-30", children.Output);
        Assert.Contains("1 person", children.Output);
    }

    [Fact]
    public async Task Review_shows_editor_values_beside_the_machines_and_the_export_carries_them_with_the_reads_audited()
    {
        await IngestAsync();
        var id = await IdAsync("--fate", "killed");

        var shown = await RunAsync("person", id, "--confirm", "--publish", "--set", "age=16");

        Assert.True(shown.ExitCode == 0, shown.ToString());
        Assert.Matches(@"person [0-9a-f-]{36} — confirmed, publishable", shown.Output);
        Assert.Matches(@"age\s+16 \(HRANA\); 17 \(Amnesty International\)\s+16", shown.Output);
        Assert.Matches(@"killed\s+2022-09-30\s+Zahedan\s+Amnesty International; HRANA", shown.Output);
        Assert.Contains("same name skeleton 'mhmdrzrhmn'", shown.Output);
        var export = await RunAsync("export", "persons", "--format", "csv", "--public");
        using var csv = new CsvReader(new StringReader(export.Output), CultureInfo.InvariantCulture);
        var rows = csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal(("Muhammad Reza Rahimian", "16", "killed 2022-09-30 Zahedan", "confirmed"), ((string)row["name"], (string)row["age"], (string)row["fates"], (string)row["status"]));
        var reads = await RunAsync("person", id, "--reads");
        Assert.Equal(3, Regex.Count(reads.Output, @"person\.read")); // the show after review, the export, this show
        Assert.Equal(0, (await RunAsync("verify")).ExitCode);
    }

    [Fact]
    public async Task Persons_leaves_out_rejected_persons_unless_the_status_asks_for_them()
    {
        await IngestAsync();
        var rasht = await IdAsync("--province", "Gilan");
        Assert.Equal(0, (await RunAsync("person", rasht, "--reject")).ExitCode);

        var listed = await RunAsync("persons");
        var rejected = await RunAsync("persons", "--status", "rejected");

        Assert.Contains("2 persons", listed.Output);
        Assert.DoesNotContain(rasht, listed.Output, StringComparison.Ordinal);
        Assert.Contains("1 person", rejected.Output);
        Assert.Contains(rasht, rejected.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_and_split_move_mentions_and_verify()
    {
        await IngestAsync();
        var tehran = await IdAsync("--province", "Tehran");
        var rasht = await IdAsync("--province", "Gilan");

        var merged = await RunAsync("person", tehran, "--merge", rasht);

        Assert.True(merged.ExitCode == 0, merged.ToString());
        Assert.Contains("person.merged", merged.Output);
        Assert.Contains("2 persons", (await RunAsync("persons")).Output);
        var mention = Regex.Matches(merged.Output, @"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\s+Amnesty").Single().Groups[1].Value;
        var split = await RunAsync("person", tehran, "--split", mention);
        Assert.True(split.ExitCode == 0, split.ToString());
        Assert.Contains("split off into person", split.Error);
        Assert.Contains("3 persons", (await RunAsync("persons")).Output);
        Assert.Equal(0, (await RunAsync("verify")).ExitCode);
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_error_without_a_stack_trace_or_a_name()
    {
        await IngestAsync();
        var id = await IdAsync("--fate", "killed");

        var results = new[]
        {
            await RunAsync("persons", "--fate", "dead"),
            await RunAsync("persons", "--from", "30/09/2022"),
            await RunAsync("person", "123"),
            await RunAsync("person", "ffffffffffff"),
            await RunAsync("person", id, "--set", "age=sixteen or seventeen"),
            await RunAsync("person", id, "--set", "name"),
            await RunAsync("person", id, "--merge", id),
            await RunAsync("person", id, "--split", "not-a-mention"),
            await RunAsync("persons", "--from", "2022-12-01", "--to", "2022-01-01"),
            await RunAsync("persons", "--age-min", "18", "--age-max", "17"),
            await RunAsync("export", "persons", "--age-max", "-1"),
        };

        Assert.Equal([2, 2, 1, 1, 2, 2, 1, 2, 2, 2, 2], results.Select(r => r.ExitCode));
        Assert.All(results, r => Assert.True(r.HasNoStackTrace, r.ToString()));
        Assert.All(results, r => Assert.DoesNotContain("Rahimian", r.Error, StringComparison.Ordinal));
        Assert.Contains("age: not a whole number of years between 0 and 120", results[4].Error);
        Assert.Contains("a person cannot be merged with itself", results[6].Error);
        Assert.Contains("--to: is before --from", results[8].Error);
        Assert.Contains("--age-max: is below --age-min", results[9].Error);
        Assert.Contains("--age-max: a whole number of years between 0 and 120", results[10].Error);
    }

    private async Task IngestAsync()
    {
        var result = await RunAsync("ingest", WriteInput("hrana.txt", Hrana), WriteInput("amnesty.txt", Amnesty));
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    private async Task<string> IdAsync(params string[] filter)
    {
        var list = await RunAsync(["persons", .. filter]);
        return Regex.Matches(list.Output, @"│ ([0-9a-f]{12}) │").Single().Groups[1].Value;
    }
}
