using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Vigil.Web.Tests.Api;

/// <summary>The API's shapes: its own response types, one page shape, lower-case values, ProblemDetails for every error.</summary>
public sealed class ApiContractTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public ApiContractTests(VigilWebFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/api/v1/incidents?from=2024-13-45", "from", "'2024-13-45' is not a valid date (YYYY-MM-DD)")]
    [InlineData("/api/v1/incidents?page=two", "page", "'two' is not a valid whole number")]
    [InlineData("/api/v1/incidents?page=-1", "page", "must be 1 or more")]
    [InlineData("/api/v1/incidents?type=massacre", "type", "'massacre' is not an incident type (protest, riot, killing, injury, arrest, execution, attack, property_destruction, graffiti_poster, strike, other)")]
    [InlineData("/api/v1/incidents?from=2022-10-02&to=2022-10-01", "to", "is before from")]
    [InlineData("/api/v1/stats?source=abc", "source", "'abc' is not a valid id (a UUID)")]
    [InlineData("/api/v1/statements?speaker=abc", "speaker", "'abc' is not a valid id (a UUID)")]
    [InlineData("/api/v1/exports/incidents.csv?to=yesterday", "to", "'yesterday' is not a valid date (YYYY-MM-DD)")]
    [InlineData("/api/v1/exports/incidents.csv?status=approved", "status", "'approved' is not a review status (unreviewed, confirmed, disputed, rejected)")]
    [InlineData("/api/v1/reports?page=0", "page", "must be 1 or more")]
    public async Task A_bad_query_value_answers_400_problem_details_naming_the_parameter(string url, string parameter, string problem)
    {
        var client = await _factory.ClientAsync("editor");

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, body.RootElement.GetProperty("status").GetInt32());
        Assert.Equal([problem], body.RootElement.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Not_found_and_forbidden_answer_problem_details()
    {
        var viewer = await _factory.ClientAsync("viewer");
        var id = Guid.NewGuid();

        using var missing = await viewer.GetAsync($"/api/v1/incidents/{id}");
        using var forbidden = await viewer.GetAsync("/api/v1/evidence/abc/content");
        using var signedOut = await _factory.CreateClient().GetAsync("/api/v1/incidents");

        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (missing.StatusCode, missing.Content.Headers.ContentType?.MediaType));
        Assert.Equal($"no incident {id}", JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        Assert.Equal((HttpStatusCode.Forbidden, "application/problem+json"), (forbidden.StatusCode, forbidden.Content.Headers.ContentType?.MediaType));
        Assert.Equal((HttpStatusCode.Unauthorized, "application/problem+json"), (signedOut.StatusCode, signedOut.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task An_incident_has_typed_figures_lists_and_mentions_not_stored_json()
    {
        await Seed.ReportWithEvidenceAsync(_factory);
        var editor = await _factory.ClientAsync("editor");
        var page = JsonDocument.Parse(await editor.GetStringAsync("/api/v1/incidents?type=killing")).RootElement;
        Assert.Equal((1, false, 1, 50), (page.GetProperty("total").GetInt32(), page.GetProperty("more").GetBoolean(), page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32()));
        var id = page.GetProperty("items")[0].GetProperty("id").GetGuid();

        var incident = JsonDocument.Parse(await editor.GetStringAsync($"/api/v1/incidents/{id}")).RootElement;

        Assert.False(incident.TryGetProperty("figuresJson", out _));
        Assert.False(incident.TryGetProperty("overridesJson", out _));
        var figure = incident.GetProperty("figures")[0];
        Assert.Equal(("killed", "Test Outlet", 66, JsonValueKind.Null, true), (figure.GetProperty("kind").GetString(), figure.GetProperty("source").GetString(), figure.GetProperty("min").GetInt32(), figure.GetProperty("max").ValueKind, figure.GetProperty("mostReliable").GetBoolean()));
        Assert.Equal((66, 66), (incident.GetProperty("killed").GetProperty("min").GetInt32(), incident.GetProperty("killed").GetProperty("best").GetInt32()));
        Assert.Equal(["Test Outlet"], incident.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        var mention = incident.GetProperty("mentions")[0];
        Assert.StartsWith("Security forces opened fire on protesters in Zahedan", mention.GetProperty("evidence").GetProperty("text").GetString());
        Assert.Equal("unreviewed", incident.GetProperty("status").GetString());
        Assert.StartsWith("incident.", incident.GetProperty("history")[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task Every_list_is_one_page_shape()
    {
        await Seed.ReportWithEvidenceAsync(_factory);
        var editor = await _factory.ClientAsync("editor");

        foreach (var list in new[] { "/api/v1/incidents", "/api/v1/reports", "/api/v1/statements", "/api/v1/sources", "/api/v1/evidence" })
        {
            var page = JsonDocument.Parse(await editor.GetStringAsync(list)).RootElement;
            // The incident list adds where the next and previous pages continue from (after=, before=).
            Assert.Equal(list == "/api/v1/incidents" ? ["total", "more", "page", "pageSize", "items", "next", "previous"] : ["total", "more", "page", "pageSize", "items"], page.EnumerateObject().Select(p => p.Name));
            Assert.True(page.GetProperty("items").GetArrayLength() > 0, list);
        }

        var evidence = JsonDocument.Parse(await editor.GetStringAsync("/api/v1/evidence")).RootElement.GetProperty("items")[0];
        Assert.Equal(JsonValueKind.Object, evidence.GetProperty("metadata").ValueKind);
    }

    [Fact]
    public async Task A_submission_answers_a_lower_case_status()
    {
        var client = await _factory.ClientAsync("editor");
        var text = "Security forces arrested 9 teachers in Sanandaj on 2022-10-12.";

        using var first = await client.PostAsJsonAsync("/api/v1/reports", new { text, title = "contract", source = "Contract Outlet" });
        using var again = await client.PostAsJsonAsync("/api/v1/reports", new { text, title = "contract", source = "Contract Outlet" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("stored", JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("already_stored", JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
    }
}
