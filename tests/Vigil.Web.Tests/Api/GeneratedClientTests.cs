using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Users;

namespace Vigil.Web.Tests.Api;

/// <summary>A client generated from the OpenAPI document (swagger-typescript-api, pinned in tools/api) works against the live app over HTTP.</summary>
public sealed class GeneratedClientTests : IAsyncLifetime, IDisposable
{
    private readonly VigilWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    public Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Lists_filters_and_reads_incidents_and_gets_a_400_naming_a_bad_parameter()
    {
        await Seed.ReportWithEvidenceAsync(_factory);
        await Seed.SubmitAsync(_factory, "Security forces arrested 9 teachers in Sanandaj on 2022-10-12.", "arrests");
        var baseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        string secret;
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            var name = await _factory.UserAsync(UserRole.Editor);
            var user = await db.Users.SingleAsync(u => u.Name == name);
            secret = (await new ApiTokens(db, TimeProvider.System).CreateAsync(user.Id, "generated client", "test")).Secret;
        }

        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        var spec = Path.Combine(_factory.DataDirectory, "openapi.json");
        await File.WriteAllTextAsync(spec, await http.GetStringAsync("/api/v1/openapi.json"));
        var folder = await NodeTools.EnsureInstalledAsync();

        var (code, output) = await NodeTools.RunAsync("node", [Path.Combine(folder, "client-check.mjs"), spec, baseUrl, secret, Path.Combine(_factory.DataDirectory, "client")], TimeSpan.FromMinutes(2));

        Assert.True(code == 0, output);
        using var seen = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        var root = seen.RootElement;
        // One client module per tag, its methods named by the document's operationIds.
        Assert.Subset(root.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!).ToHashSet(), new HashSet<string> { "evidence", "exports", "incidents", "reports", "sources", "statements" });
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        Assert.Equal(["killing"], root.GetProperty("killings").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["killed Test Outlet 66"], root.GetProperty("incident").GetProperty("figures").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal((400, "from"), (root.GetProperty("badStatus").GetInt32(), root.GetProperty("badParameter").GetString()));
    }
}
