using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Users;

namespace Vigil.Web.Tests.Auth;

/// <summary>
/// An API token's user and scope, kept under the audit log's head (<see cref="Vigil.Web.Auth.ApiTokenHandler"/>): a kept token
/// still stops at its expiry with no write in between, a revocation ends it on the next request, the token is not read again
/// while the head stays where it was, and an unknown secret's refusal is never kept.
/// </summary>
public sealed class ApiTokenCacheTests
{
    [Fact]
    public async Task A_kept_token_is_refused_once_it_expires_though_nothing_was_written()
    {
        using var factory = new VigilWebFactory();
        var clock = new MovableClock(DateTimeOffset.UtcNow);
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        var secret = await TokenAsync(app.Services, "viewer-expiring", TimeSpan.FromDays(1));

        Assert.Equal(HttpStatusCode.OK, (await Bearer(app, secret).GetAsync("/api/v1/stats")).StatusCode);
        clock.Now = clock.Now.AddHours(23);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(app, secret).GetAsync("/api/v1/stats")).StatusCode);
        clock.Now = clock.Now.AddHours(2);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(app, secret).GetAsync("/api/v1/stats")).StatusCode);
    }

    [Fact]
    public async Task A_token_revoked_after_it_was_checked_is_refused_on_the_next_request()
    {
        using var factory = new VigilWebFactory();
        var secret = await TokenAsync(factory.Services, "viewer-revoked", TimeSpan.FromDays(30));
        Assert.Equal(HttpStatusCode.OK, (await Bearer(factory, secret).GetAsync("/api/v1/stats")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(factory, secret).GetAsync("/api/v1/stats")).StatusCode);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            var token = db.ApiTokens.Single(t => t.SecretHash == ApiTokens.HashOf(secret));
            Assert.True(await new ApiTokens(db, TimeProvider.System).RevokeAsync(token.Id, token.UserId, "test"));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(factory, secret).GetAsync("/api/v1/stats")).StatusCode);
    }

    [Fact]
    public async Task The_token_is_read_again_only_when_the_audit_head_moves()
    {
        using var factory = new VigilWebFactory();
        var secret = await TokenAsync(factory.Services, "viewer-kept", TimeSpan.FromDays(30));
        Assert.Equal(HttpStatusCode.OK, (await Bearer(factory, secret).GetAsync("/api/v1/stats")).StatusCode);

        // Revoked behind Vigil's back (no audit entry): the head did not move, so the answer kept under it is used.
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            var hash = ApiTokens.HashOf(secret);
            Assert.Equal(1, await db.ApiTokens.Where(t => t.SecretHash == hash).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTime.UtcNow)));
        }

        Assert.Equal(HttpStatusCode.OK, (await Bearer(factory, secret).GetAsync("/api/v1/stats")).StatusCode);

        // Any audited write moves the head (here another user's creation): the token is read again, and refused.
        await factory.UserAsync("editor");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(factory, secret).GetAsync("/api/v1/stats")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_secret_is_refused_each_time_without_keeping_the_refusal()
    {
        using var factory = new VigilWebFactory();
        await factory.UserAsync("viewer");
        var secret = ApiTokens.Prefix + new string('7', 64);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(factory, secret).GetAsync("/api/v1/stats")).StatusCode);

        // The token appears with no audit entry (the head stays): a kept refusal would refuse it until the next write.
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            var viewer = db.Users.Single(u => u.Name == "viewer-user");
            db.ApiTokens.Add(new ApiToken
            {
                Id = Guid.CreateVersion7(), UserId = viewer.Id, Name = "by hand", SecretHash = ApiTokens.HashOf(secret),
                CreatedAt = DateTime.UtcNow, ExpiresAt = DateTime.UtcNow.AddDays(1),
            });
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await Bearer(factory, secret).GetAsync("/api/v1/stats")).StatusCode);
    }

    // A read token of a new viewer living `lifetime` from now (the app's clock).
    private static async Task<string> TokenAsync(IServiceProvider services, string name, TimeSpan lifetime)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var added = await new AddUser(db, clock).RunAsync(name, UserRole.Viewer, "test");
        var (_, secret) = await new ApiTokens(db, clock).CreateAsync(added.User!.Id, "script", "test", ApiTokenScope.Read, lifetime);
        return secret;
    }

    private static HttpClient Bearer(WebApplicationFactory<Program> factory, string secret)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private sealed class MovableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
