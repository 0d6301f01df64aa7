using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;

namespace Vigil.Cli;

/// <summary>
/// <c>--help</c> as System.CommandLine writes it, with one correction: its list of subcommands shows every argument
/// as required (<c>sources &lt;name&gt;</c>), though its own usage line brackets optional ones. Here optional
/// arguments are bracketed in the list too (<c>sources [&lt;name&gt;]</c>) and the descriptions realigned.
/// </summary>
internal sealed class OptionalArgumentsHelp(SynchronousCommandLineAction help) : SynchronousCommandLineAction
{
    /// <summary>Puts this help in place of the stock one on <paramref name="root"/> (its help option is recursive).</summary>
    public static void Install(RootCommand root)
    {
        var option = root.Options.OfType<System.CommandLine.Help.HelpOption>().Single();
        option.Action = new OptionalArgumentsHelp((SynchronousCommandLineAction)option.Action!);
    }

    public override int Invoke(ParseResult parseResult)
    {
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        var written = new StringWriter();
        configuration.Output = written;
        int code;
        try
        {
            code = help.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
        }

        output.Write(Fix(written.ToString(), parseResult.CommandResult.Command));
        return code;
    }

    /// <summary>The help text of <paramref name="command"/> with its subcommands' optional arguments bracketed.</summary>
    internal static string Fix(string help, Command command)
    {
        var labels = command.Subcommands.Where(c => !c.Hidden && c.Arguments.Any(a => a.Arity.MinimumNumberOfValues == 0))
            .ToDictionary(c => Label(c, bracketOptional: false), c => Label(c, bracketOptional: true), StringComparer.Ordinal);
        var lines = help.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd('\r') == "Commands:");
        if (labels.Count == 0 || start < 0)
        {
            return help;
        }

        var end = start + 1;
        while (end < lines.Length && lines[end].StartsWith("  ", StringComparison.Ordinal))
        {
            end++;
        }

        // The description column: where the first row's description starts (two or more spaces after its label).
        var first = lines[start + 1];
        var column = IndexOfGutter(first) is var gutter and > 0 ? first.Length - first[gutter..].TrimStart().Length : 0;
        if (column == 0)
        {
            return help;
        }

        var rows = new List<(string Label, string Text)>();
        for (var i = start + 1; i < end; i++)
        {
            var line = lines[i];
            var label = line.Length > 2 && line[2] != ' ' ? line[2..Math.Min(line.Length, IndexOfGutter(line) is var g and > 0 ? g : line.Length)] : null;
            rows.Add(label is null ? (string.Empty, line.Length > column ? line[column..] : line.TrimStart()) : (labels.GetValueOrDefault(label, label), line.Length > column ? line[column..] : string.Empty));
        }

        var width = Math.Max(column, rows.Max(r => r.Label.Length) + 4);
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, text) = rows[i];
            lines[start + 1 + i] = text.Length == 0 ? "  " + label : ("  " + label).PadRight(width) + text;
        }

        return string.Join('\n', lines);
    }

    private static int IndexOfGutter(string line)
    {
        var at = line.IndexOf("  ", 2, StringComparison.Ordinal);
        return at;
    }

    private static string Label(Command command, bool bracketOptional)
    {
        var label = new StringBuilder(command.Name);
        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
        {
            var name = $"<{argument.HelpName ?? argument.Name}>";
            label.Append(' ').Append(bracketOptional && argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}]" : name);
        }

        return label.ToString();
    }
}
