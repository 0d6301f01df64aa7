using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Vigil.Web.Tests.Servers;

/// <summary>
/// Two app servers, each with its own data directory, over one PostgreSQL database (what runs behind nginx): a session
/// begun on one continues on the other, and what one writes the other shows at once (the audit-head caches).
/// </summary>
public sealed partial class TwoServersTests
{
    [PostgresFact]
    public async Task A_sign_in_on_one_server_continues_on_the_other_and_writes_show_on_both()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        await using var one = new VigilWebFactory { Db = database.ConnectionString, Blobs = "database", MasterKey = key };
        await using var two = new VigilWebFactory { Db = database.ConnectionString, Blobs = "database", MasterKey = key };
        var onOne = one.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var onTwo = two.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var session = await SignInAsync(onOne, await one.UserAsync("editor"));

        // Server two serves the session server one began, and a form server one rendered posts to server two.
        using var page = await SendAsync(onTwo, HttpMethod.Get, "/incidents", session);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("editor-user", await page.Content.ReadAsStringAsync());
        var before = await StatsAsync(onTwo, session);

        using var form = await SendAsync(onOne, HttpMethod.Get, "/account/tokens", session);
        var html = await form.Content.ReadAsStringAsync();
        var antiforgery = Token().Match(html).Groups[1].Value;
        var cookies = session + "; " + string.Join("; ", form.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)]) : []);
        using var created = await SendAsync(onTwo, HttpMethod.Post, "/account/tokens?handler=create", cookies, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "script on server two",
            ["Scope"] = "read",
            ["Days"] = "30",
            ["__RequestVerificationToken"] = antiforgery,
        }));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("vigil_", await created.Content.ReadAsStringAsync());

        // A write through server one shows through server two, whose dashboard numbers were cached before it.
        using var stored = await SendAsync(onOne, HttpMethod.Post, "/api/v1/reports", session, JsonContent.Create(new { text = "Security forces arrested 9 teachers in Sanandaj on 2022-10-12.", title = "two servers", source = "Outlet One" }));
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        var id = JsonDocument.Parse(await stored.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();
        var after = await StatsAsync(onTwo, session);

        Assert.Equal((0, 0), (before.Reports, before.Incidents));
        Assert.Equal((1, 1), (after.Reports, after.Incidents));
        using var report = await SendAsync(onTwo, HttpMethod.Get, $"/api/v1/reports/{id}", session);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal(1, await ScalarAsync(database, "SELECT count(*) FROM data_protection_keys"));
        Assert.Equal(1, await ScalarAsync(database, "SELECT count(*) FROM blobs"));
    }

    [PostgresFact]
    public async Task A_replica_that_is_down_sends_reads_to_the_primary_with_a_log_line_and_no_error_page()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var app = new VigilWebFactory { Db = database.ConnectionString, DbRead = "Host=127.0.0.1;Port=1;Username=postgres;Password=hunter2;Database=vigil" };
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var session = await SignInAsync(client, await app.UserAsync("viewer"));

        using var list = await SendAsync(client, HttpMethod.Get, "/incidents", session);
        using var stats = await SendAsync(client, HttpMethod.Get, "/api/v1/stats", session);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (list.StatusCode, stats.StatusCode));
        var warning = Assert.Single(app.Logs, l => l.Message.Contains("read replica", StringComparison.Ordinal));
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
        Assert.StartsWith("read replica not used, reads go to the primary: it does not answer", warning.Message);
        Assert.DoesNotContain(app.Logs, l => l.Message.Contains("hunter2", StringComparison.Ordinal));
    }

    private static async Task<string> SignInAsync(HttpClient client, string name)
    {
        using var page = await client.GetAsync("/account/signin");
        var token = Token().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        var cookies = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)]));
        using var response = await SendAsync(client, HttpMethod.Post, "/account/signin", cookies, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Password"] = VigilWebFactory.Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("vigil_session=", StringComparison.Ordinal));
        return session[..session.IndexOf(';', StringComparison.Ordinal)];
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string cookies, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("Cookie", cookies);
        return await client.SendAsync(request);
    }

    private static async Task<(int Reports, int Incidents)> StatsAsync(HttpClient client, string session)
    {
        using var response = await SendAsync(client, HttpMethod.Get, "/api/v1/stats", session);
        var json = JsonDocument.Parse(await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync()).RootElement;
        return (json.GetProperty("reports").GetInt32(), json.GetProperty("incidents").GetInt32());
    }

    private static async Task<long> ScalarAsync(PostgresDatabase database, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
