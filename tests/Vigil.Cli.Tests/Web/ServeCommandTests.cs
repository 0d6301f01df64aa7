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
}
