using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Audit;
using Vigil.Storage.Blobs;
using Vigil.Storage.Database;
using Vigil.Storage.Users;

namespace Vigil.Web.Tests.Auth;

public sealed class SignInTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public SignInTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var name = await _factory.UserAsync("viewer");
        var client = await _factory.ClientAsync(null);
        for (var i = 0; i < SignInUser.MaxFailures; i++)
        {
            var failed = await VigilWebFactory.SignInAsync(client, name, "wrong password " + i);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var html = await (await VigilWebFactory.SignInAsync(client, name, VigilWebFactory.Password)).Content.ReadAsStringAsync();
        Assert.Contains("too many failed attempts", html);
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        Assert.Contains(db.AuditEntries, e => e.Action == "user.locked_out");
    }

    [Fact]
    public async Task A_one_time_password_only_opens_the_change_password_page()
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var added = await new AddUser(db, TimeProvider.System).RunAsync("fresh", UserRole.Editor, "test");
        var client = await _factory.ClientAsync(null);
        var signIn = await VigilWebFactory.SignInAsync(client, "fresh", added.OneTimePassword!);
        Assert.Equal("/account/password", signIn.Headers.Location!.OriginalString);
        Assert.Equal("/account/password", (await client.GetAsync("/incidents")).Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/reports")).StatusCode);

        var token = await VigilWebFactory.TokenAsync(client, "/account/password");
        var changed = await client.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Current"] = added.OneTimePassword!,
            ["Next"] = "a much longer passphrase",
            ["Repeat"] = "a much longer passphrase",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/incidents")).StatusCode);
    }

    [Fact]
    public async Task A_demoted_user_loses_the_session_at_once()
    {
        var client = await _factory.ClientAsync("editor");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/audit")).StatusCode);
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            var editor = db.Users.Single(u => u.Name == "editor-user");
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new EditUser(db, TimeProvider.System).SetAsync(editor.Id, UserRole.Viewer, false, "test"));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/audit")).StatusCode);
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            var editor = db.Users.Single(u => u.Name == "editor-user");
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new EditUser(db, TimeProvider.System).SetAsync(editor.Id, UserRole.Editor, false, "test"));
        }
    }

    [Fact]
    public async Task An_api_token_acts_as_its_user_until_revoked_and_is_stored_hashed()
    {
        await _factory.UserAsync("viewer");
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var viewer = db.Users.Single(u => u.Name == "viewer-user");
        var tokens = new ApiTokens(db, TimeProvider.System);
        var (token, secret) = await tokens.CreateAsync(viewer.Id, "script", "test");
        Assert.DoesNotContain(db.ApiTokens, t => t.SecretHash.Contains(secret[ApiTokens.Prefix.Length..]));

        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync("/api/v1/reports", System.Net.Http.Json.JsonContent.Create(new { text = "x" }))).StatusCode);

        Assert.True(await tokens.RevokeAsync(token.Id, viewer.Id, "test"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/reports")).StatusCode);
    }

    [Fact]
    public async Task Account_writes_are_audited_and_verify()
    {
        await _factory.UserAsync("admin");
        await Seed.ReportWithEvidenceAsync(_factory);
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        Assert.Contains(db.AuditEntries, e => e.Action == "user.created" && e.SubjectType == "user");
        Assert.Contains(db.AuditEntries, e => e.Action == "user.password_changed");
        var result = await new VerifyStore(db, scope.ServiceProvider.GetRequiredService<BlobStore>()).RunAsync();
        Assert.True(result.Ok, string.Join("\n", result.Problems));

        // A role raised behind Vigil's back is found.
        var admin = db.Users.Single(u => u.Name == "admin-user");
        var viewerName = await _factory.UserAsync("viewer");
        var viewer = db.Users.Single(u => u.Name == viewerName);
        viewer.Role = UserRole.Admin;
        await db.SaveChangesAsync();
        var tampered = await new VerifyStore(db, scope.ServiceProvider.GetRequiredService<BlobStore>()).RunAsync();
        Assert.Contains(tampered.Problems, p => p.StartsWith("user ", StringComparison.Ordinal) && p.Contains("changed since audit entry"));
        viewer.Role = UserRole.Viewer;
        await db.SaveChangesAsync();
        Assert.NotEqual(admin.Id, viewer.Id);
    }
}
