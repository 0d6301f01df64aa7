using System.Text.Json;

namespace Vigil.Cli.Tests.Extraction;

/// <summary><c>vigil extract</c> run as a user would, on reports in a language with and without a pack.</summary>
public sealed class ExtractCommandTests : CliTest
{
    [Fact]
    public async Task A_report_in_a_language_without_a_pack_gets_a_note_and_an_english_one_its_date_source()
    {
        File.WriteAllText(Path.Combine(Input, "a-ru.txt"), "---\npublished: 2023-05-06\nlanguage: ru\n---\nПолиция задержала 12 студентов в Тегеране.\n");
        File.WriteAllText(Path.Combine(Input, "b-en.txt"), "---\npublished: 2023-05-06\n---\nZahedan, 5 May 2023 - Security forces killed 3 worshippers after prayers.\n");

        var result = await RunWithoutDataAsync("extract", Input, "--json");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("no extraction for language ru", lines[0].GetProperty("note").GetString());
        Assert.Equal(0, lines[0].GetProperty("incidents").GetArrayLength());
        Assert.False(lines[1].TryGetProperty("note", out _));
        var arrest = lines[1].GetProperty("incidents")[0];
        Assert.Equal(("2023-05-05", "text"), (arrest.GetProperty("date").GetString(), arrest.GetProperty("date_source").GetString()));

        var table = await RunWithoutDataAsync("extract", Path.Combine(Input, "a-ru.txt"));
        Assert.Contains("no extraction for language ru", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_lines_are_written_without_building_the_console_for_tables()
    {
        File.WriteAllText(Path.Combine(Input, "d-en.txt"), "---\npublished: 2022-12-20\n---\nSecurity forces arrested 40 students in Tehran on 18 December.\n");
        using var output = new StringWriter();
        using var tablesOutput = new StringWriter();
        var json = new CliConsole(output, TextWriter.Null, isTerminal: false);
        var tables = new CliConsole(tablesOutput, TextWriter.Null, isTerminal: false);

        var jsonExit = await VigilApp.RunAsync(["extract", Input, "--json"], json);
        var tablesExit = await VigilApp.RunAsync(["extract", Input], tables);

        Assert.Equal((0, 0), (jsonExit, tablesExit));
        Assert.Equal("arrest", JsonDocument.Parse(output.ToString()).RootElement.GetProperty("incidents")[0].GetProperty("type").GetString());
        Assert.False(json.AnsiCreated);
        Assert.True(tables.AnsiCreated);
        Assert.Contains("1 incident", tablesOutput.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Named_victims_come_out_as_a_persons_list_in_json_and_a_table()
    {
        File.WriteAllText(Path.Combine(Input, "c-en.txt"), "---\npublished: 2022-12-20\n---\nMajid-Reza Rahnavard, 23, was publicly executed in Mashhad on December 12, 2022.\n");

        var result = await RunWithoutDataAsync("extract", Input, "--json");

        Assert.Equal(0, result.ExitCode);
        var person = Assert.Single(JsonDocument.Parse(result.Output).RootElement.GetProperty("persons").EnumerateArray());
        Assert.Equal(
            ("Majid-Reza Rahnavard", 23, "executed", "2022-12-12", "Mashhad", "Majid-Reza Rahnavard, 23, was publicly executed"),
            (person.GetProperty("name").GetString(), person.GetProperty("age").GetInt32(), person.GetProperty("fate").GetString(),
             person.GetProperty("date").GetString(), person.GetProperty("location").GetProperty("name").GetString(),
             person.GetProperty("evidence").GetProperty("text").GetString()));
        Assert.Equal(JsonValueKind.Null, person.GetProperty("gender").ValueKind);
        Assert.Equal(0, person.GetProperty("incident").GetInt32());

        var table = await RunWithoutDataAsync("extract", Path.Combine(Input, "c-en.txt"));
        Assert.Contains("1 named person", table.Output, StringComparison.Ordinal);
        Assert.Contains("Majid-Reza Rahnavard", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_is_named_on_standard_error_and_the_other_reports_still_get_their_json_lines()
    {
        WriteInput("a-en.txt", "---\npublished: 2022-12-20\n---\nSecurity forces arrested 40 students in Tehran on 18 December.\n");
        WriteInput("b-empty.txt", "");
        WriteInput("c-en.txt", "---\npublished: 2022-12-20\n---\nMajid-Reza Rahnavard, 23, was publicly executed in Mashhad on December 12, 2022.\n");

        var result = await RunWithoutDataAsync("extract", Input, "--json");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a-en", "c-en"], lines.Select(l => l.GetProperty("doc").GetString()));
        Assert.Contains($"{Path.Combine(Input, "b-empty.txt")}: empty file", result.Error, StringComparison.Ordinal);
    }
}
