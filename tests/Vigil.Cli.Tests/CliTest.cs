using System.Security.Cryptography;
using System.Text;

namespace Vigil.Cli.Tests;

/// <summary>
/// Runs the real <c>vigil</c> command line in-process, as a user would type it, against a data
/// directory of the test's own; output and error are captured.
/// </summary>
public abstract class CliTest : IDisposable
{
    protected CliTest()
    {
        Folder = Directory.CreateTempSubdirectory("vigil-cli-tests-").FullName;
        Data = Path.Combine(Folder, "data");
        Input = Directory.CreateDirectory(Path.Combine(Folder, "input")).FullName;
    }

    /// <summary>The test's temporary folder.</summary>
    protected string Folder { get; }

    /// <summary>The <c>--data</c> directory.</summary>
    protected string Data { get; }

    /// <summary>Where the test writes the files it ingests.</summary>
    protected string Input { get; }

    /// <summary>The repository's bundled sample reports.</summary>
    protected static string Samples => Path.Combine(RepositoryRoot, "samples");

    protected static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Runs <c>vigil ARGS --data DATA</c> with output to a pipe (not a terminal) and USER=alice.</summary>
    protected Task<CliResult> RunAsync(params string[] args) => RunWithoutDataAsync([.. args, "--data", Data]);

    protected static async Task<CliResult> RunWithoutDataAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, isTerminal: false, new Dictionary<string, string?> { ["USER"] = "alice" });
        var exitCode = await VigilApp.RunAsync(args, console);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    protected string WriteInput(string name, string text) => WriteInput(name, Encoding.UTF8.GetBytes(text));

    protected string WriteInput(string name, byte[] bytes)
    {
        var path = Path.Combine(Input, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    protected static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The body of a text report: everything after the closing front-matter line, or all of it.</summary>
    protected static string BodyOf(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return text;
        }

        var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return text[(close + "\n---\n".Length)..];
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Vigil.slnx above {AppContext.BaseDirectory}");
    }
}
