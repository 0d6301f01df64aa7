using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Users;

namespace Vigil.Web.Tests.Auth;

/// <summary>Every endpoint × every role × signed out, with the status each must get.</summary>
public sealed class AuthorizationMatrixTests : IClassFixture<VigilWebFactory>
{
    private const int Ok = 200, Redirect = 302, Unauthorized = 401, Forbidden = 403;

    private readonly VigilWebFactory _factory;

    public AuthorizationMatrixTests(VigilWebFactory factory) => _factory = factory;

    // Columns: signed out, admin, editor, contributor, viewer.
    public static TheoryData<string, string, int[]> Endpoints => new()
    {
        { "GET", "/", [Redirect, Ok, Ok, Redirect, Ok] },
        { "GET", "/incidents", [Redirect, Ok, Ok, Forbidden, Ok] },
        { "GET", "/incidents/{mention}", [Redirect, Ok, Ok, Forbidden, Ok] },
        { "GET", "/reports", [Redirect, Ok, Ok, Forbidden, Ok] },
        { "GET", "/reports/{report}", [Redirect, Ok, Ok, Forbidden, Ok] },
        { "GET", "/sources", [Redirect, Ok, Ok, Forbidden, Ok] },
        { "GET", "/submit", [Redirect, Ok, Ok, Ok, Forbidden] },
        { "GET", "/review", [Redirect, Ok, Ok, Forbidden, Forbidden] },
        { "GET", "/audit", [Redirect, Ok, Ok, Forbidden, Forbidden] },
        { "GET", "/users", [Redirect, Ok, Forbidden, Forbidden, Forbidden] },
        { "GET", "/account/tokens", [Redirect, Ok, Ok, Ok, Ok] },
        { "GET", "/account/password", [Redirect, Ok, Ok, Ok, Ok] },
        { "GET", "/account/signin", [Ok, Ok, Ok, Ok, Ok] },
        { "GET", "/api/v1/reports", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/reports/{report}", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "POST", "/api/v1/reports", [Unauthorized, 201, 201, 201, Forbidden] },
        { "GET", "/api/v1/incidents", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/incidents/{mention}", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/statements", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/sources", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/evidence", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/evidence/{evidence}/content", [Unauthorized, Ok, Ok, Forbidden, Forbidden] },
        { "GET", "/api/v1/exports/incidents.csv", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/exports/incidents.json", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/stats", [Unauthorized, Ok, Ok, Forbidden, Ok] },
        { "GET", "/api/v1/openapi.json", [Unauthorized, Ok, Ok, Ok, Ok] },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Each_role_gets_the_expected_status(string method, string path, int[] expected)
    {
        var ids = await SeedAsync();
        var url = path.Replace("{report}", ids.Report).Replace("{mention}", ids.Mention).Replace("{evidence}", ids.Evidence);
        string?[] roles = [null, UserRole.Admin, UserRole.Editor, UserRole.Contributor, UserRole.Viewer];
        var actual = new int[roles.Length];
        for (var i = 0; i < roles.Length; i++)
        {
            var client = await _factory.ClientAsync(roles[i]);
            using var response = method == "GET"
                ? await client.GetAsync(url)
                : await client.PostAsJsonAsync(url, new { text = $"Security forces arrested 12 students in Tabriz on 2022-10-0{i + 1}.", title = $"matrix {i}" });
            actual[i] = (int)response.StatusCode;
        }

        Assert.Equal(expected, actual);
    }

    private async Task<(string Report, string Mention, string Evidence)> SeedAsync()
    {
        var report = await Seed.ReportWithEvidenceAsync(_factory);
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var mention = db.Mentions.First(m => m.ReportId == report);
        var evidence = db.Evidence.First(e => e.ReportId == report);
        return (report, mention.Id.ToString(), evidence.Id);
    }
}
