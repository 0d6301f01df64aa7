using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Users;

namespace Vigil.Web.Tests.Auth;

/// <summary>
/// The session cookie's user check, kept under the audit log's head (<see cref="Vigil.Web.Auth.SessionUser"/>): every audited change
/// to a user ends their sessions on the next request; the row is not read again while the head stays where it was.
/// </summary>
public sealed class SessionUserCacheTests
{
    [Fact]
    public async Task A_user_disabled_after_their_session_was_checked_is_refused_on_the_next_request()
    {
        using var factory = new VigilWebFactory();
        var client = await factory.ClientAsync("editor");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/incidents")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/incidents")).StatusCode);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            var editor = db.Users.Single(u => u.Name == "editor-user");
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new EditUser(db, TimeProvider.System).SetAsync(editor.Id, UserRole.Editor, true, "test"));
        }

        var refused = await client.GetAsync("/incidents");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/account/signin", refused.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_password_changed_in_another_session_ends_this_one_at_once()
    {
        using var factory = new VigilWebFactory();
        var client = await factory.ClientAsync("viewer");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            var viewer = db.Users.Single(u => u.Name == "viewer-user");
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new ChangePassword(db, TimeProvider.System).RunAsync(viewer.Id, VigilWebFactory.Password, "another correct horse battery"));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/incidents")).StatusCode);
    }

    [Fact]
    public async Task The_row_is_read_again_only_when_the_audit_head_moves()
    {
        using var factory = new VigilWebFactory();
        var client = await factory.ClientAsync("editor");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/incidents")).StatusCode);

        // Disabled behind Vigil's back (no audit entry: what `vigil verify` reports): the head did not move, so the row checked
        // under it is the one used, and the session goes on.
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            Assert.Equal(1, await db.Users.Where(u => u.Name == "editor-user").ExecuteUpdateAsync(s => s.SetProperty(u => u.Disabled, true)));
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/incidents")).StatusCode);

        // Any audited write moves the head (here another user's creation): the row is read again, and the session ends.
        await factory.UserAsync("viewer");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/incidents")).StatusCode);
    }
}
