using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;

namespace Vigil.Web.Tests.Api;

/// <summary>
/// An editor's decisions over the API: each operation's outcome answered once — 200/201/204 when done, 400 naming
/// the field, 404, 409 — as ProblemDetails, and nothing written when refused.
/// </summary>
public sealed class ReviewApiTests : IClassFixture<VigilWebFactory>
{
    private const string Isfahan = "Security forces shot dead 4 protesters in Isfahan on 16 November 2019, Radio Farda reported.";
    private const string Tabriz = "Police arrested 30 people in Tabriz on 16 November 2019, HRANA said.";

    private readonly VigilWebFactory _factory;

    public ReviewApiTests(VigilWebFactory factory) => _factory = factory;

    public static TheoryData<string, string, string, int, string?, string> Refusals => new()
    {
        // method, path (INCIDENT = a real incident, MISSING = a UUID that is none), JSON body, status, field, message
        { "PUT", "/api/v1/incidents/INCIDENT/status", """{"status":"approved"}""", 400, "status", "'approved' is not one of unreviewed, confirmed, disputed, rejected" },
        { "PUT", "/api/v1/incidents/MISSING/status", """{"status":"confirmed"}""", 404, null, "no incident MISSING" },
        { "PUT", "/api/v1/incidents/INCIDENT/fields/killed", """{"value":"many"}""", 400, "killed", "'many' is not a figure (N, N-M or N+)" },
        { "PUT", "/api/v1/incidents/INCIDENT/fields/colour", """{"value":"red"}""", 400, "field", "unknown field 'colour' (one of: type, date, date_end, place, admin1, country, killed, injured, arrested, actors, victims, notes)" },
        { "PUT", "/api/v1/incidents/INCIDENT/fields/date", """{"value":" "}""", 400, "value", "is required (DELETE the field to remove an editor's value)" },
        { "POST", "/api/v1/incidents/INCIDENT/merge", """{"other":"INCIDENT"}""", 400, "other", "cannot merge an incident with itself" },
        { "POST", "/api/v1/incidents/INCIDENT/merge", """{"other":"tabriz"}""", 400, "other", "'tabriz' is not an incident id (a UUID, or its last 6 to 12 hex digits)" },
        { "POST", "/api/v1/incidents/INCIDENT/merge", """{"other":"MISSING"}""", 404, null, "no incident MISSING" },
        { "POST", "/api/v1/incidents/INCIDENT/split", """{"mentions":[]}""", 400, "mentions", "choose some, but not all, of the incident's mentions to split off" },
        { "POST", "/api/v1/incidents/MISSING/split", """{"mentions":["MISSING"]}""", 404, null, "no incident MISSING" },
        { "PUT", "/api/v1/mentions/MISSING/credibility", """{"credibility":9}""", 400, "credibility", "9 is not a grade 1–6" },
        { "PUT", "/api/v1/mentions/MISSING/credibility", """{"credibility":3}""", 404, null, "no mention MISSING" },
        { "PATCH", "/api/v1/sources/SOURCE", """{"reliability":"Z"}""", 400, "reliability", "'Z' is not an Admiralty grade A–F" },
        { "PATCH", "/api/v1/sources/SOURCE", """{"kind":"blog"}""", 400, "kind", "'blog' is not one of news_agency, newspaper, broadcaster, ngo, state_media, party_affiliated, government, witness, social_media, other" },
        { "PATCH", "/api/v1/sources/MISSING", """{"kind":"ngo"}""", 404, null, "no source MISSING" },
        { "PUT", "/api/v1/incidents/MISSING/media/abc", "", 404, null, "no incident MISSING" },
        { "PUT", "/api/v1/incidents/INCIDENT/media/abc", "", 404, null, "no evidence file abc" },
        { "DELETE", "/api/v1/incidents/INCIDENT/media/abc", "", 404, null, "no such media item attached to the incident" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_operation_answers_problem_details_of_its_kind_and_writes_nothing(string method, string path, string body, int status, string? field, string message)
    {
        var incident = await Seed.IncidentAsync(_factory, Isfahan, "Isfahan", "Radio Farda");
        var source = await SourceIdAsync("Radio Farda");
        var missing = Guid.Parse("01234567-89ab-7cde-8f01-23456789abcd");
        string Fill(string s) => s.Replace("INCIDENT", incident.ToString(), StringComparison.Ordinal).Replace("MISSING", missing.ToString(), StringComparison.Ordinal).Replace("SOURCE", source.ToString(), StringComparison.Ordinal);
        var editor = await _factory.ClientAsync("editor");
        var entries = await AuditEntriesAsync();

        using var response = await SendAsync(editor, method, Fill(path), Fill(body));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        if (field is null)
        {
            Assert.Equal(Fill(message), problem.RootElement.GetProperty("detail").GetString());
        }
        else
        {
            Assert.Equal([Fill(message)], problem.RootElement.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));
            Assert.Equal($"{field}: {Fill(message)}", problem.RootElement.GetProperty("detail").GetString());
        }

        Assert.Equal(entries, await AuditEntriesAsync());
    }

    [Fact]
    public async Task Attaching_twice_answers_409()
    {
        var reportId = await Seed.ReportWithEvidenceAsync(_factory);
        var incident = await Seed.IncidentAsync(_factory, Seed.Text, "Zahedan report");
        string evidence;
        using (var scope = _factory.Services.CreateScope())
        {
            evidence = await scope.ServiceProvider.GetRequiredService<VigilDbContext>().Evidence.Where(e => e.ReportId == reportId).Select(e => e.Id).FirstAsync();
        }

        var editor = await _factory.ClientAsync("editor");

        using var first = await SendAsync(editor, "PUT", $"/api/v1/incidents/{incident}/media/{evidence}", "");
        using var second = await SendAsync(editor, "PUT", $"/api/v1/incidents/{incident}/media/{evidence}", "");
        using var detached = await SendAsync(editor, "DELETE", $"/api/v1/incidents/{incident}/media/{evidence}", "");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "application/problem+json"), (second.StatusCode, second.Content.Headers.ContentType?.MediaType));
        Assert.Equal("already attached", JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NoContent, detached.StatusCode);
    }

    [Fact]
    public async Task An_editor_reviews_merges_and_grades_over_the_api_and_each_change_is_audited()
    {
        var isfahan = await Seed.IncidentAsync(_factory, Isfahan, "Isfahan", "Radio Farda");
        var tabriz = await Seed.IncidentAsync(_factory, Tabriz, "Tabriz", "HRANA");
        var editor = await _factory.ClientAsync("editor");

        using var confirmed = await SendAsync(editor, "PUT", $"/api/v1/incidents/{isfahan}/status", """{"status":"confirmed"}""");
        using var edited = await SendAsync(editor, "PUT", $"/api/v1/incidents/{isfahan}/fields/killed", """{"value":"4-6"}""");
        var suffix = tabriz.ToString("N")[^8..];
        using var merged = await SendAsync(editor, "POST", $"/api/v1/incidents/{isfahan}/merge", $$"""{"other":"{{suffix}}"}""");

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("confirmed", JsonDocument.Parse(await confirmed.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var afterEdit = JsonDocument.Parse(await edited.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("4-6", afterEdit.GetProperty("editor").GetProperty("killed").GetString());
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var after = JsonDocument.Parse(await merged.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(2, after.GetProperty("mentions").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/api/v1/incidents/{tabriz}")).StatusCode);

        var mention = after.GetProperty("mentions")[1].GetProperty("id").GetGuid();
        using var graded = await SendAsync(editor, "PUT", $"/api/v1/mentions/{mention}/credibility", """{"credibility":2}""");
        using var split = await SendAsync(editor, "POST", $"/api/v1/incidents/{isfahan}/split", $$"""{"mentions":["{{mention}}"]}""");

        Assert.Equal(HttpStatusCode.NoContent, graded.StatusCode);
        Assert.Equal(HttpStatusCode.Created, split.StatusCode);
        var created = JsonDocument.Parse(await split.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/incidents/{created}", split.Headers.Location?.OriginalString);
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        Assert.Equal(
            ["incident.confirmed", "incident.edited", "incident.merged", "incident.split"],
            await db.AuditEntries.Where(e => e.SubjectId == isfahan.ToString() && e.Action != "incident.clustered" && e.Action != "incident.recomputed").OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync());
        Assert.All(await db.AuditEntries.Where(e => e.Action == "incident.merged" || e.Action == "mention.graded").Select(e => e.Actor).ToListAsync(), actor => Assert.StartsWith("web:", actor));
    }

    [Fact]
    public async Task A_source_edit_answers_the_source_and_viewers_may_not_review()
    {
        await Seed.IncidentAsync(_factory, Isfahan, "Isfahan", "Radio Farda");
        var source = await SourceIdAsync("Radio Farda");
        var editor = await _factory.ClientAsync("editor");
        var viewer = await _factory.ClientAsync("viewer");

        using var edited = await SendAsync(editor, "PATCH", $"/api/v1/sources/{source}", """{"kind":"broadcaster","reliability":"b"}""");
        using var refused = await SendAsync(viewer, "PATCH", $"/api/v1/sources/{source}", """{"kind":"ngo"}""");

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var body = JsonDocument.Parse(await edited.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("Radio Farda", "broadcaster", "B"), (body.GetProperty("name").GetString(), body.GetProperty("kind").GetString(), body.GetProperty("reliability").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body.Length > 0)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    private async Task<Guid> SourceIdAsync(string name)
    {
        using var scope = _factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<VigilDbContext>().Sources.Where(s => s.Name == name).Select(s => s.Id).FirstAsync();
    }

    private async Task<int> AuditEntriesAsync()
    {
        using var scope = _factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<VigilDbContext>().AuditEntries.CountAsync();
    }
}
