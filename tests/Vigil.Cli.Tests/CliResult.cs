namespace Vigil.Cli.Tests;

/// <summary>What one <c>vigil</c> invocation did.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>True when neither stream shows a .NET stack trace or exception type.</summary>
    public bool HasNoStackTrace =>
        !Output.Contains("   at ", StringComparison.Ordinal) && !Error.Contains("   at ", StringComparison.Ordinal)
        && !Output.Contains("Exception", StringComparison.Ordinal) && !Error.Contains("Exception", StringComparison.Ordinal);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
