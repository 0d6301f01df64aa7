using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Vigil.Storage.Database;
using Vigil.Storage.Sqlite;

namespace Vigil.Cli.Tests.Reports;

/// <summary>
/// A <c>vigil ingest</c> killed mid-run leaves every report whole or absent: the real program runs
/// as a child process and is killed once it has reported about 100 stored files.
/// </summary>
public sealed class IngestCrashTests : CliTest
{
    private const int Files = 3000;
    private const int StoredBeforeKill = 100;

    [Fact]
    public async Task A_killed_ingest_leaves_each_report_whole_or_absent_and_the_store_verifies()
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Files; i++)
        {
            var name = $"report-{i:D5}.txt";
            var body = $"Report {i}: {i % 97} people were detained in district {i % 13} after a rally on day {i}.\n" +
                       $"Witnesses described {i % 7} arrests near the {i % 5} gate.\n";
            bodies[name] = body;
            WriteInput(Path.Combine($"batch-{i / 500}", name), $"---\ntitle: Report {i}\noutlet: Outlet {i % 4}\npublished: 2024-01-{1 + (i % 28):D2}\n---\n{body}");
        }

        var seen = await IngestUntilKilledAsync();

        Assert.True(seen >= StoredBeforeKill, $"only {seen} files reported stored before the process ended");
        var verify = await RunAsync("verify");
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.StartsWith("OK: ", verify.Output);

        List<(string FileName, string Body)> rows;
        var options = SqliteDatabase.Options(Path.Combine(Data, "vigil.db"));
        await using (var db = new VigilDbContext(options))
        {
            rows = (await db.Reports.AsNoTracking().Select(r => new { r.FileName, r.Body }).ToListAsync()).Select(r => (r.FileName, r.Body)).ToList();
        }

        Assert.InRange(rows.Count, seen, Files - 1);
        Assert.All(rows, row => Assert.Equal(bodies[row.FileName], row.Body));

        // The interrupted run can simply be repeated: what is stored is skipped, the rest goes in.
        var resumed = await RunAsync("ingest", Input, "--json");
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        Assert.Contains($"\"already_stored\":{rows.Count},", resumed.OutputLines[^1]);
        Assert.Contains($"\"stored\":{Files - rows.Count},", resumed.OutputLines[^1]);
        var final = await RunAsync("verify");
        Assert.True(final.ExitCode == 0, final.ToString());
        // Extraction and clustering add entries of their own; the blobs are exactly the reports.
        Assert.Matches($@"^OK: \d+ audit entries, \d+ rows, {Files} blobs", final.Output);
    }

    /// <summary>Starts <c>dotnet vigil.dll ingest</c>, reads its JSON lines, and kills it after <see cref="StoredBeforeKill"/> stored files. Returns how many it reported.</summary>
    private async Task<int> IngestUntilKilledAsync()
    {
        var vigil = Path.Combine(AppContext.BaseDirectory, "vigil.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { vigil, "ingest", Input, "--json", "--data", Data })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start vigil");
        var errors = process.StandardError.ReadToEndAsync();
        // A guard against a hung process only: a loaded machine (a Debug build, other builds beside it) took over 60 s.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(240));
        var stored = 0;
        try
        {
            while (stored < StoredBeforeKill && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Contains("\"status\":\"stored\"", StringComparison.Ordinal))
                {
                    stored++;
                }
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        Assert.True(stored >= StoredBeforeKill, $"vigil ended after {stored} stored files: {await errors}");
        return stored;
    }
}
