using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Users;

namespace Vigil.Web.Tests.Security;

/// <summary>Hole 4: a token expires, and is revoked when its user's password is reset, role changes or account is disabled.</summary>
public sealed class ApiTokenLifetimeTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public ApiTokenLifetimeTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var name = await _factory.UserAsync("viewer");
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var user = db.Users.Single(u => u.Name == name);
        var (_, secret) = await new ApiTokens(db, new Clock(DateTimeOffset.UtcNow.AddDays(-3))).CreateAsync(user.Id, "old", "test", ApiTokenScope.Read, TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(secret).GetAsync("/api/v1/reports")).StatusCode);
        var (_, fresh) = await new ApiTokens(db, TimeProvider.System).CreateAsync(user.Id, "new", "test");
        Assert.Equal(HttpStatusCode.OK, (await Bearer(fresh).GetAsync("/api/v1/reports")).StatusCode);
    }

    [Theory]
    [InlineData("reset")]
    [InlineData("role")]
    [InlineData("disable")]
    public async Task Tokens_die_with_the_trust_they_were_made_under(string change)
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var added = await new AddUser(db, TimeProvider.System).RunAsync("token-" + change, UserRole.Editor, "test");
        var (_, secret) = await new ApiTokens(db, TimeProvider.System).CreateAsync(added.User!.Id, "script", "test", ApiTokenScope.Write, TimeSpan.FromDays(30));
        Assert.Equal(HttpStatusCode.OK, (await Bearer(secret).GetAsync("/api/v1/reports")).StatusCode);

        var edit = new EditUser(db, TimeProvider.System);
        switch (change)
        {
            case "reset": Assert.NotNull((await edit.ResetPasswordAsync(added.User.Id, "test")).Value); break;
            case "role": Assert.Equal(Vigil.Storage.Outcome.Ok, await edit.SetAsync(added.User.Id, UserRole.Viewer, disabled: false, "test")); break;
            default: Assert.Equal(Vigil.Storage.Outcome.Ok, await edit.SetAsync(added.User.Id, UserRole.Editor, disabled: true, "test")); break;
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(secret).GetAsync("/api/v1/reports")).StatusCode);
        Assert.All(db.ApiTokens.Where(t => t.UserId == added.User.Id).ToList(), t => Assert.NotNull(t.RevokedAt));
        if (change != "disable")
        {
            Assert.Equal(Vigil.Storage.Outcome.Ok, await edit.SetAsync(added.User.Id, UserRole.Editor, disabled: false, "test"));
            Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(secret).GetAsync("/api/v1/reports")).StatusCode);
        }
    }

    private HttpClient Bearer(string secret)
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
