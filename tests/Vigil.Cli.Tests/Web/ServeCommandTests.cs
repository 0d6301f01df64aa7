using System.Net;
using System.Net.Sockets;

namespace Vigil.Cli.Tests.Web;

/// <summary><c>vigil serve</c> when it cannot start: one clear line, not an "internal error".</summary>
public sealed class ServeCommandTests : CliTest
{
    [Fact]
    public async Task A_port_already_in_use_gives_one_clear_error_line()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var result = await RunAsync("serve", "--urls", url);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"error: cannot listen on {url}: ", line);
        Assert.Contains("address already in use", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_directory_open_to_other_users_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Directory.CreateDirectory(Data);
        File.SetUnixFileMode(Data, (UnixFileMode)0b111_101_101);

        var result = await RunAsync("serve", "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: refusing to serve: the data directory ", line);
        Assert.Contains("mode 0755", line);
        Assert.Contains("chmod 700", line);
    }

    [Fact]
    public async Task A_new_data_directory_is_created_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var result = await RunAsync("ingest", WriteInput("report.txt", "Police arrested 8 students in Babol on 2022-10-02."));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal((UnixFileMode)0b111_000_000, File.GetUnixFileMode(Data));
        Assert.Equal((UnixFileMode)0b110_000_000, File.GetUnixFileMode(Path.Combine(Data, "vigil.db")));
        var blob = Directory.EnumerateFiles(Path.Combine(Data, "blobs"), "*", SearchOption.AllDirectories).Single();
        Assert.Equal((UnixFileMode)0b110_000_000, File.GetUnixFileMode(blob));
        Assert.Equal((UnixFileMode)0b111_000_000, File.GetUnixFileMode(Path.GetDirectoryName(blob)!));
    }
}
