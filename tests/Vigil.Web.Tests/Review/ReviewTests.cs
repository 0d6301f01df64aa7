using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

namespace Vigil.Web.Tests.Review;

/// <summary>The review queue: each action is the audited Storage operation, the machine value stays, viewers see confirmed incidents only.</summary>
public sealed class ReviewTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public ReviewTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task The_queue_shows_an_unreviewed_incident_with_its_evidence_and_the_keys()
    {
        var id = await Seed.IncidentAsync(_factory, "Security forces arrested 14 teachers in Saqqez on 2022-10-12, the union said.", "queue");
        var client = await _factory.ClientAsync("editor");
        var html = await client.GetStringAsync($"/review?id={id}");
        Assert.Contains($"data-incident=\"{id}\"", html);
        Assert.Contains("class=\"hl hl-incident", html);
        Assert.True(html.Contains("Saqqez", StringComparison.Ordinal), html[html.IndexOf("<section class=\"card\" id=\"mentions\"", StringComparison.Ordinal)..]);
        Assert.Contains("<kbd>c</kbd>confirm", html);
        Assert.Contains("<script src=\"/js/review.js\"></script>", html);

        var first = await client.GetStringAsync("/review");
        Assert.Contains("data-incident=", first);
        Assert.Contains("unreviewed incident", first);
    }

    [Theory]
    [InlineData("confirmed")]
    [InlineData("disputed")]
    [InlineData("rejected")]
    public async Task A_status_action_sets_the_status_and_appends_an_audit_entry_under_the_editor(string status)
    {
        var id = await Seed.IncidentAsync(_factory, $"Police detained 9 students in Rasht on 2022-10-1{IncidentStatus.All.ToList().IndexOf(status)}.", "status " + status);
        var client = await _factory.ClientAsync("editor");
        using var response = await PostAsync(client, "status", new() { ["id"] = id.ToString(), ["status"] = status });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"/review?after={id}&done={status}", response.Headers.Location!.OriginalString);

        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        Assert.Equal(status, db.Incidents.Single(i => i.Id == id).Status);
        var entry = await db.AuditEntries.Where(e => e.SubjectType == "incident" && e.SubjectId == id.ToString()).OrderBy(e => e.Sequence).LastAsync();
        Assert.Equal(("web:editor-user", $"incident.{status}"), (entry.Actor, entry.Action));
        var page = await client.GetStringAsync($"/incidents/{id}");
        Assert.Contains($"incident.{status}", page);
    }

    [Fact]
    public async Task Editing_a_field_keeps_the_machine_value_beside_the_editors()
    {
        var id = await Seed.IncidentAsync(_factory, "Security forces killed 4 protesters in Javanrud on 2022-11-21, Hengaw said.", "edit", source: "Hengaw");
        var client = await _factory.ClientAsync("admin");
        using var response = await PostAsync(client, "edit", new() { ["id"] = id.ToString(), ["field"] = "killed", ["value"] = "5-7" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var scope = _factory.Services.CreateScope();
        var incident = scope.ServiceProvider.GetRequiredService<VigilDbContext>().Incidents.Single(i => i.Id == id);
        Assert.Equal(4, incident.KilledMin);
        Assert.Equal("5-7", IncidentOverrides.Of(incident)["killed"]);
        var html = await client.GetStringAsync($"/incidents/{id}");
        Assert.Matches("<th>Killed</th><td>4</td><td>5-7</td>", html);

        using var bad = await PostAsync(client, "edit", new() { ["id"] = id.ToString(), ["field"] = "killed", ["value"] = "many" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("killed: &#x27;many&#x27; is not a figure", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Merging_moves_the_mentions_into_the_other_incident_by_its_short_id()
    {
        var target = await Seed.IncidentAsync(_factory, "Riot police fired tear gas at protesters in Ahvaz on 2022-09-25.", "merge target");
        var other = await Seed.IncidentAsync(_factory, "Farmers protested over water rights in Isfahan on 2021-11-19.", "merge other");
        var client = await _factory.ClientAsync("editor");
        using var response = await PostAsync(client, "merge", new() { ["id"] = other.ToString(), ["into"] = target.ToString("N")[^12..] });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        Assert.False(db.Incidents.Any(i => i.Id == other));
        Assert.Equal(2, db.Incidents.Single(i => i.Id == target).MentionCount);
        Assert.Contains(db.AuditEntries.Where(e => e.SubjectId == target.ToString()).Select(e => e.Action), a => a == "incident.merged");
    }

    [Fact]
    public async Task Viewers_see_confirmed_incidents_only_in_the_list_the_page_the_api_and_the_counts()
    {
        var id = await Seed.IncidentAsync(_factory, "Security forces arrested 21 workers at the Asaluyeh gas field on 2022-10-10.", "viewer");
        var viewer = await _factory.ClientAsync("viewer");
        var before = await viewer.GetFromJsonAsync<Stats>("/api/v1/stats");
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/incidents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync($"/api/v1/incidents/{id}")).StatusCode);
        Assert.DoesNotContain($"/incidents/{id}", await viewer.GetStringAsync("/incidents?q=Asaluyeh"));

        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new ReviewIncident(db, TimeProvider.System).SetStatusAsync(id, IncidentStatus.Confirmed, "test"));
            Assert.All(await db.Incidents.Where(i => i.Status != IncidentStatus.Confirmed).ToListAsync(), i => Assert.NotEqual(id, i.Id));
        }

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/incidents/{id}")).StatusCode);
        Assert.Contains($"/incidents/{id}", await viewer.GetStringAsync("/incidents?q=Asaluyeh"));
        var api = await viewer.GetFromJsonAsync<Page>("/api/v1/incidents");
        Assert.All(api!.Items, r => Assert.Equal("confirmed", r.Status));
        var after = await viewer.GetFromJsonAsync<Stats>("/api/v1/stats");
        Assert.Equal(before!.Incidents + 1, after!.Incidents);
    }

    [Fact]
    public async Task After_an_edit_the_list_filters_and_the_dashboard_count_the_incident_by_the_editors_values()
    {
        var id = await Seed.IncidentAsync(_factory, "Security forces arrested 6 bakers in Bukan on 2022-10-25, Hengaw said.", "effective values");
        var editor = await _factory.ClientAsync("editor");
        var before = (await editor.GetFromJsonAsync<TypeStats>("/api/v1/stats"))!.ByType;
        Assert.Contains(id, (await editor.GetFromJsonAsync<Page>("/api/v1/incidents?type=arrest&from=2022-10-25&to=2022-10-25"))!.Items.Select(r => r.Id));

        // Edited through the review page, as an editor does it.
        foreach (var (field, value) in new[] { ("type", "strike"), ("date", "2022-11-02"), ("admin1", "Kurdistan") })
        {
            using var response = await PostAsync(editor, "edit", new() { ["id"] = id.ToString(), ["field"] = field, ["value"] = value });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        async Task<List<Guid>> IdsAsync(string query) => (await editor.GetFromJsonAsync<Page>("/api/v1/incidents?" + query))!.Items.Select(r => r.Id).ToList();
        Assert.DoesNotContain(id, await IdsAsync("type=arrest"));
        Assert.DoesNotContain(id, await IdsAsync("from=2022-10-25&to=2022-10-25"));
        Assert.Contains(id, await IdsAsync("type=strike&from=2022-11-02&to=2022-11-02&province=Kurdistan"));
        Assert.Contains(id, await IdsAsync("q=bakers&type=strike"));
        Assert.Contains($"/incidents/{id}", await editor.GetStringAsync("/incidents?type=strike&province=Kurdistan"));
        Assert.Contains("<option value=\"Kurdistan\"", await editor.GetStringAsync("/incidents"));

        var after = (await editor.GetFromJsonAsync<TypeStats>("/api/v1/stats"))!.ByType;
        Assert.Equal(before.GetValueOrDefault("arrest") - 1, after.GetValueOrDefault("arrest"));
        Assert.Equal(before.GetValueOrDefault("strike") + 1, after.GetValueOrDefault("strike"));
        Assert.Equal(1, (await editor.GetFromJsonAsync<TypeStats>("/api/v1/stats?type=strike&province=Kurdistan&from=2022-11-02&to=2022-11-02"))!.ByType["strike"]);
    }

    [Fact]
    public async Task An_incident_an_editor_re_dated_is_filtered_by_its_new_date_and_searched_in_its_order()
    {
        var yazd = await Seed.IncidentAsync(_factory, "Police arrested 7 tailors in Yazd on 2017-02-02, HRANA said.", "re-dated yazd");
        var kerman = await Seed.IncidentAsync(_factory, "Police arrested 9 tailors in Kerman on 2017-02-05, HRANA said.", "re-dated kerman");
        var editor = await _factory.ClientAsync("editor");
        async Task<List<Guid>> IdsAsync(string query) => (await editor.GetFromJsonAsync<Page>("/api/v1/incidents?" + query))!.Items.Select(r => r.Id).ToList();
        Assert.Equal([kerman, yazd], await IdsAsync("q=tailors"));
        Assert.Equal([kerman, yazd], await IdsAsync("from=2017-02-01&to=2017-02-06"));

        using (var response = await PostAsync(editor, "edit", new() { ["id"] = yazd.ToString(), ["field"] = "date", ["value"] = "2017-02-09" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        Assert.Equal([yazd, kerman], await IdsAsync("q=tailors"));
        Assert.Equal([kerman], await IdsAsync("from=2017-02-01&to=2017-02-06"));
        Assert.Equal([yazd], await IdsAsync("from=2017-02-07&to=2017-02-28"));

        // A search under a date filter finds it by its new date too, and orders it by it.
        Assert.Equal([yazd], await IdsAsync("q=tailors&from=2017-02-07&to=2017-02-28"));
        Assert.Equal([kerman], await IdsAsync("q=tailors&from=2017-02-01&to=2017-02-06"));
        Assert.Equal([yazd, kerman], await IdsAsync("q=tailors&from=2017-02-01&to=2017-02-28"));
        Assert.Equal([yazd], await IdsAsync("q=tailors&province=Yazd&from=2017-02-07"));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await VigilWebFactory.TokenAsync(client, "/account/tokens");
        return await client.PostAsync($"/review?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private sealed record Stats(int Incidents);

    private sealed record TypeStats(Dictionary<string, int> ByType);

    private sealed record Page(int Total, List<Row> Items);

    private sealed record Row(Guid Id, string Status);
}
