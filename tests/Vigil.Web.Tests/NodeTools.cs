using System.Diagnostics;

namespace Vigil.Web.Tests;

/// <summary>
/// The npm tools the tests use (Redocly's OpenAPI linter, axe-core), pinned in <c>tools/api/package-lock.json</c>
/// and installed with <c>npm ci</c> on first use, so a fresh clone (and CI) needs nothing installed by hand.
/// </summary>
internal static class NodeTools
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>The folder holding <c>package.json</c> and, once installed, <c>node_modules</c>.</summary>
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "tools", "api");

    /// <summary>Installs the pinned packages unless they are there already; returns the folder.</summary>
    public static async Task<string> EnsureInstalledAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (!File.Exists(Path.Combine(Folder, "node_modules", ".package-lock.json")))
            {
                var (code, output) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
                Assert.True(code == 0, $"npm ci in {Folder} failed ({code}):\n{output}");
            }

            return Folder;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Runs a program in <see cref="Folder"/>; returns its exit code and its output and errors together.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Redocly prints a banner about Node's support window and may try to check for updates: neither belongs in a test.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("no Vigil.slnx above " + AppContext.BaseDirectory);
    }
}
