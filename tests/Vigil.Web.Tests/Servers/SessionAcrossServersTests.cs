using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Users;

namespace Vigil.Web.Tests.Servers;

/// <summary>
/// Two app servers over one PostgreSQL database, each keeping the session cookie's user check under the audit head it reads
/// (<see cref="Vigil.Web.Auth.SessionUser"/>): a user disabled through one is refused by the other on the next request.
/// </summary>
public sealed partial class SessionAcrossServersTests
{
    [PostgresFact]
    public async Task A_user_disabled_through_one_server_is_refused_by_the_other_at_once()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var one = new VigilWebFactory { Db = database.ConnectionString, Blobs = "database", MasterKey = key };
        await using var two = new VigilWebFactory { Db = database.ConnectionString, Blobs = "database", MasterKey = key };
        var onTwo = two.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var session = await SignInAsync(onTwo, await one.UserAsync("editor"));

        // Server two has checked the session (and kept the user's row under the head it read) twice.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(onTwo, "/incidents", session)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(onTwo, "/", session)).StatusCode);

        using (var scope = one.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            var editor = db.Users.Single(u => u.Name == "editor-user");
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new EditUser(db, TimeProvider.System).SetAsync(editor.Id, UserRole.Editor, true, "test"));
        }

        var refused = await GetAsync(onTwo, "/incidents", session);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/account/signin", refused.Headers.Location!.AbsolutePath);
    }

    [PostgresFact]
    public async Task A_SQLite_store_and_a_PostgreSQL_store_are_served_side_by_side_in_one_process()
    {
        // The compiled queries of a page (the audit head, the session's user, the list's rows) are compiled once per model: EF
        // refuses to run one compiled for SQLite's model against PostgreSQL's.
        await using var database = await PostgresDatabase.CreateAsync();
        await using var sqlite = new VigilWebFactory();
        await using var postgres = new VigilWebFactory { Db = database.ConnectionString, Blobs = "database" };
        foreach (var app in new[] { sqlite, postgres, sqlite, postgres })
        {
            var client = await app.ClientAsync("editor");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/incidents")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/incidents?q=teachers")).StatusCode);
        }
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string cookies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookies);
        return await client.SendAsync(request);
    }

    private static async Task<string> SignInAsync(HttpClient client, string name)
    {
        using var page = await client.GetAsync("/account/signin");
        var token = Token().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        var cookies = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)]));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Name"] = name,
                ["Password"] = VigilWebFactory.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Add("Cookie", cookies);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("vigil_session=", StringComparison.Ordinal));
        return session[..session.IndexOf(';', StringComparison.Ordinal)];
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
