using System.Diagnostics;

namespace Vigil.Cli.Tests;

/// <summary>
/// Runs a script from the repository with the system's python3: Debian's /usr/bin/python3 where it exists, because
/// the packages the scripts use (python3-pandas) are Debian packages and another python3 first on the PATH (pyenv,
/// a virtualenv) does not see them; any python3 on the PATH otherwise.
/// </summary>
internal static class Python
{
    private static readonly string Interpreter = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public static async Task<(int Code, string Output)> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(Interpreter) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
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
