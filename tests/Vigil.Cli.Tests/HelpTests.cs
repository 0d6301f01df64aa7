namespace Vigil.Cli.Tests;

/// <summary><c>vigil --help</c> tells optional arguments from required ones.</summary>
public sealed class HelpTests : CliTest
{
    [Fact]
    public async Task The_command_list_brackets_optional_arguments_and_keeps_the_descriptions_aligned()
    {
        var result = await RunWithoutDataAsync("--help");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Output.Split('\n').Select(l => l.TrimEnd('\r')).SkipWhile(l => l != "Commands:").Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Where(l => l.Length > 2 && l[2] != ' ').ToList();
        Assert.Contains(rows, l => l.StartsWith("  sources [<name>]  ", StringComparison.Ordinal));
        Assert.Contains(rows, l => l.StartsWith("  speakers [<name>]  ", StringComparison.Ordinal));
        Assert.Contains(rows, l => l.StartsWith("  settings [<setting>] [<value>]  ", StringComparison.Ordinal));
        Assert.Contains(rows, l => l.StartsWith("  incident <id>  ", StringComparison.Ordinal));
        Assert.Contains(rows, l => l.StartsWith("  ingest <paths>  ", StringComparison.Ordinal));
        var column = rows.Select(l => l.Length - l[2..].Split("  ", 2)[1].TrimStart().Length).Distinct();
        Assert.Single(column);
    }

    [Fact]
    public async Task A_commands_own_usage_line_is_left_as_it_was()
    {
        var result = await RunWithoutDataAsync("sources", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.OutputLines, l => l.EndsWith(" sources [<name>] [options]", StringComparison.Ordinal));
    }
}
