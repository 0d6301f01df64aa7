using Spectre.Console;

namespace Vigil.Cli;

/// <summary>Where a command writes: standard output and error, and whether output is a terminal (progress bars, colours) or a pipe (JSON lines).</summary>
internal sealed class CliConsole
{
    private readonly Lazy<IAnsiConsole> _ansi;

    public CliConsole(TextWriter output, TextWriter error, bool isTerminal, IReadOnlyDictionary<string, string?>? environment = null)
    {
        Output = output;
        Error = error;
        IsTerminal = isTerminal;
        Environment = environment ?? new Dictionary<string, string?>();
        // Built on first use: a command that writes only JSON lines (`extract --json`, piped `ingest`) never needs it,
        // and creating it JIT-compiles Spectre.Console's start-up, its colour table's large static constructor included.
        _ansi = new Lazy<IAnsiConsole>(() =>
        {
            var ansi = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = isTerminal ? InteractionSupport.Yes : InteractionSupport.No,
                Out = new AnsiConsoleOutput(output),
            });
            if (!isTerminal)
            {
                ansi.Profile.Width = 200;
            }

            return ansi;
        });
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public bool IsTerminal { get; }

    public IAnsiConsole Ansi => _ansi.Value;

    /// <summary>True once something has written through <see cref="Ansi"/> (a JSON-only command never does).</summary>
    internal bool AnsiCreated => _ansi.IsValueCreated;

    /// <summary>Environment variables the app reads (VIGIL_DATA, VIGIL_DB, VIGIL_BLOBS, USER).</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; }

    public static CliConsole System() => new(
        // Piped output is buffered (JSON lines by the thousand); a terminal sees each line at once.
        Console.IsOutputRedirected ? new StreamWriter(Console.OpenStandardOutput(), new global::System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false } : Console.Out,
        Console.Error,
        !Console.IsOutputRedirected,
        new Dictionary<string, string?>
        {
            ["VIGIL_DATA"] = global::System.Environment.GetEnvironmentVariable("VIGIL_DATA"),
            ["VIGIL_DB"] = global::System.Environment.GetEnvironmentVariable("VIGIL_DB"),
            ["VIGIL_BLOBS"] = global::System.Environment.GetEnvironmentVariable("VIGIL_BLOBS"),
            ["USER"] = global::System.Environment.UserName,
            ["VIGIL_DEBUG"] = global::System.Environment.GetEnvironmentVariable("VIGIL_DEBUG"),
        });

    /// <summary>Writes one error line ("error: …") to standard error.</summary>
    public void Fail(string message) => Error.WriteLine($"error: {message}");

    /// <summary>
    /// The one mapping of an operation's refusal to what a script sees: an "error: field: problem" line and the exit
    /// code of its kind (<see cref="ExitCodes"/>): 2 invalid value, 3 not found, 4 conflict; 0 (and nothing written) on success.
    /// </summary>
    public int Fail(Vigil.Storage.Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            Fail(outcome.ToString());
        }

        return ExitCodes.Of(outcome);
    }
}
