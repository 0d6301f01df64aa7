using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Users;

namespace Vigil.Web.Tests.Auth;

/// <summary>Every endpoint × every role × signed out, with the status each must get.</summary>
public sealed class AuthorizationMatrixTests : IClassFixture<VigilWebFactory>
{
    private const int Ok = 200, Redirect = 302, Unauthorized = 401, Forbidden = 403, NotFound = 404;

    private readonly VigilWebFactory _factory;

    public AuthorizationMatrixTests(VigilWebFactory factory) => _factory = factory;

    // Columns: signed out, admin, editor, contributor, viewer. A page POST is "path|form fields" (sent with the
    // client's own antiforgery token). The public view is off here, so it is 404 for everyone.
    public static TheoryData<string, string, int[]> Endpoints => new()
    {
        { "GET", "/", [Redirect, Ok, Ok, Redirect, Ok] },
        { "GET", "/incidents", [Redirect, Ok, Ok, Forbidden, Ok] },
        { "GET", "/incidents/{incident}", [Redirect, Ok, Ok, Forbidden, Ok] },
        { "GET", "/incidents?q=Zahedan&status=confirmed&corroboration=1", [Redirect, Ok, Ok, Forbidden, Ok] },
        { "GET", "/reports", [Redirect, Ok, Ok, Forbidden, Ok] },
        { "GET", "/reports/{report}", [Redirect, Ok, Ok, Forbidden, Ok] },
        { "GET", "/sources", [Redirect, Ok, Ok, Forbidden, Ok] },
        { "GET", "/sources?edit={source}", [Redirect, Ok, Ok, Forbidden, Ok] },
        { "POST", "/sources?handler=edit|id={source}&kind=ngo&affiliation=&reliability=B", [Redirect, Redirect, Redirect, Forbidden, Forbidden] },
        { "GET", "/speakers", [Redirect, Ok, Ok, Forbidden, Ok] },
        { "GET", "/speakers/{speaker}", [Redirect, Ok, Ok, Forbidden, Ok] },
        { "GET", "/submit", [Redirect, Ok, Ok, Ok, Forbidden] },
        { "GET", "/review", [Redirect, Ok, Ok, Forbidden, Forbidden] },
        { "GET", "/review?id={review}", [Redirect, Ok, Ok, Forbidden, Forbidden] },
        { "GET", "/review?after={review}", [Redirect, Ok, Ok, Forbidden, Forbidden] },
        { "POST", "/review?handler=status|id={review}&status=disputed", [Redirect, Redirect, Redirect, Forbidden, Forbidden] },
        { "POST", "/review?handler=edit|id={review}&field=notes&value=checked", [Redirect, Redirect, Redirect, Forbidden, Forbidden] },
        { "POST", "/review?handler=merge|id={review}&into=000000000000", [Redirect, Ok, Ok, Forbidden, Forbidden] },
        { "GET", "/public", [NotFound, NotFound, NotFound, NotFound, NotFound] },
        { "GET", "/public/incidents/{incident}", [NotFound, NotFound, NotFound, NotFound, NotFound] },
        { "GET", "/audit", [Redirect, Ok, Ok, Forbidden, Forbidden] },
        { "GET", "/users", [Redirect, Ok, Forbidden, Forbidden, Forbidden] },
        { "GET", "/account/tokens", [Redirect, Ok, Ok, Ok, Ok] },
        { "GET", "/account/password", [Redirect, Ok, Ok, Ok, Ok] },
        { "GET", "/account/signin", [Ok, Ok, Ok, Ok, Ok] },
        { "GET", "/api/v1/reports", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/reports/{report}", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "POST", "/api/v1/reports", [Unauthorized, 201, 201, 201, Forbidden] },
        { "GET", "/api/v1/incidents", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/incidents/{incident}", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/incidents?q=Zahedan&status=confirmed", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/statements?speaker={speaker}", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/statements", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/persons", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/sources", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/evidence", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/evidence/{evidence}/content", [Unauthorized, Ok, Ok, Forbidden, Forbidden] },
        { "GET", "/api/v1/exports/incidents.csv", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/exports/incidents.json", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/exports/incidents.geojson", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/exports/counts.csv", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/stats", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/openapi.json", [Unauthorized, Ok, Ok, Ok, Ok] },
        { "PUT", "/api/v1/incidents/{review}/status", [Unauthorized, Ok, Ok, Forbidden, Forbidden] },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Each_role_gets_the_expected_status(string method, string path, int[] expected)
    {
        var ids = await SeedAsync();
        var url = path.Replace("{report}", ids.Report).Replace("{incident}", ids.Incident).Replace("{review}", ids.Review)
            .Replace("{evidence}", ids.Evidence).Replace("{source}", ids.Source).Replace("{speaker}", ids.Speaker);
        string?[] roles = [null, UserRole.Admin, UserRole.Editor, UserRole.Contributor, UserRole.Viewer];
        var actual = new int[roles.Length];
        for (var i = 0; i < roles.Length; i++)
        {
            var client = await _factory.ClientAsync(roles[i]);
            using var response = method == "GET"
                ? await client.GetAsync(url)
                : method == "PUT"
                    ? await client.PutAsJsonAsync(url, new { status = "disputed" })
                : url.Contains('|', StringComparison.Ordinal)
                    ? await PostFormAsync(client, roles[i] is null, url)
                    : await client.PostAsJsonAsync(url, new { text = $"Security forces arrested 12 students in Tabriz on 2022-10-0{i + 1}.", title = $"matrix {i}" });
            actual[i] = (int)response.StatusCode;
        }

        Assert.Equal(expected, actual);
    }

    // API tokens, by scope. Columns: admin, editor, contributor, viewer. A token is accepted under /api/v1 only
    // (pages answer as to no one signed in: 401), and a read-only token cannot write whatever its user's role.
    public static TheoryData<string, string, string, int[]> TokenEndpoints => new()
    {
        { "GET", "/api/v1/reports", ApiTokenScope.Read, [Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/incidents", ApiTokenScope.Read, [Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/evidence/{evidence}/content", ApiTokenScope.Read, [Ok, Ok, Forbidden, Forbidden] },
        { "POST", "/api/v1/reports", ApiTokenScope.Read, [Forbidden, Forbidden, Forbidden, Forbidden] },
        { "POST", "/api/v1/reports", ApiTokenScope.Write, [201, 201, 201, Forbidden] },
        { "PUT", "/api/v1/incidents/{review}/status", ApiTokenScope.Read, [Forbidden, Forbidden, Forbidden, Forbidden] },
        { "PUT", "/api/v1/incidents/{review}/status", ApiTokenScope.Write, [Ok, Ok, Forbidden, Forbidden] },
        { "GET", "/", ApiTokenScope.Write, [Unauthorized, Unauthorized, Unauthorized, Unauthorized] },
        { "GET", "/users", ApiTokenScope.Write, [Unauthorized, Unauthorized, Unauthorized, Unauthorized] },
        { "GET", "/account/tokens", ApiTokenScope.Write, [Unauthorized, Unauthorized, Unauthorized, Unauthorized] },
        { "GET", "/audit", ApiTokenScope.Write, [Unauthorized, Unauthorized, Unauthorized, Unauthorized] },
        { "POST", "/users?handler=add|name=minted&role=admin", ApiTokenScope.Write, [Unauthorized, Unauthorized, Unauthorized, Unauthorized] },
    };

    [Theory]
    [MemberData(nameof(TokenEndpoints))]
    public async Task Each_roles_token_gets_the_expected_status(string method, string path, string scope, int[] expected)
    {
        var ids = await SeedAsync();
        var url = path.Replace("{evidence}", ids.Evidence).Replace("{review}", ids.Review);
        string[] roles = [UserRole.Admin, UserRole.Editor, UserRole.Contributor, UserRole.Viewer];
        var actual = new int[roles.Length];
        for (var i = 0; i < roles.Length; i++)
        {
            var name = await _factory.UserAsync(roles[i]);
            string secret;
            using (var scopeServices = _factory.Services.CreateScope())
            {
                var db = scopeServices.ServiceProvider.GetRequiredService<VigilDbContext>();
                var user = db.Users.Single(u => u.Name == name);
                (_, secret) = await new ApiTokens(db, TimeProvider.System).CreateAsync(user.Id, "matrix", "test", scope, TimeSpan.FromDays(1));
            }

            var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
            using var response = method == "GET"
                ? await client.GetAsync(url)
                : method == "PUT"
                    ? await client.PutAsJsonAsync(url, new { status = "disputed" })
                : url.Contains('|', StringComparison.Ordinal)
                    ? await client.PostAsync(url[..url.IndexOf('|', StringComparison.Ordinal)], new StringContent(url[(url.IndexOf('|', StringComparison.Ordinal) + 1)..], System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"))
                    : await client.PostAsJsonAsync(url, new { text = $"Security forces arrested 14 students in Tabriz on 2022-10-1{i + 1}.", title = $"token matrix {scope} {i}" });
            actual[i] = (int)response.StatusCode;
        }

        Assert.Equal(expected, actual);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, bool signedOut, string url)
    {
        var (path, body) = (url[..url.IndexOf('|', StringComparison.Ordinal)], url[(url.IndexOf('|', StringComparison.Ordinal) + 1)..]);
        var fields = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery("?" + body).ToDictionary(kv => kv.Key, kv => kv.Value.ToString());
        fields["__RequestVerificationToken"] = await VigilWebFactory.TokenAsync(client, signedOut ? "/account/signin" : "/account/tokens");
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private async Task<(string Report, string Incident, string Review, string Evidence, string Source, string Speaker)> SeedAsync()
    {
        var report = await Seed.ReportWithEvidenceAsync(_factory);
        var review = await Seed.IncidentAsync(_factory, "Riot police beat workers on strike at the Haft Tappeh sugar factory in Shush on 2022-11-15.", "matrix review");
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var incident = db.Mentions.First(m => m.ReportId == report).IncidentId!.Value;
        if (db.Incidents.Single(i => i.Id == incident).Status != IncidentStatus.Confirmed)
        {
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new ReviewIncident(db, TimeProvider.System).SetStatusAsync(incident, IncidentStatus.Confirmed, "test"));
        }

        var evidence = db.Evidence.First(e => e.ReportId == report);
        var source = db.Reports.Where(r => r.Id == report).Select(r => r.SourceId).First()!.Value;
        var speaker = db.Speakers.OrderBy(s => s.Id).First().Id;
        return (report, incident.ToString(), review.ToString(), evidence.Id, source.ToString(), speaker.ToString());
    }
}
