using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Incidents;
using Vigil.Storage.Reports;
using Vigil.Web.Incidents;

namespace Vigil.Web.Tests.Search;

public sealed class SearchTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public SearchTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task Finds_reports_and_incidents_by_words_of_the_text_in_English_and_Persian()
    {
        await Seed.SubmitAsync(_factory, "Security forces arrested 40 striking workers at the Haft Tappeh sugar factory in Shush on 2022-11-15.", title: "Haft Tappeh");
        await Seed.SubmitAsync(_factory, "نیروهای امنیتی در زاهدان به معترضان شلیک کردند و ده‌ها نفر کشته شدند.", title: "زاهدان");
        var client = await _factory.ClientAsync("viewer");

        var english = await client.GetFromJsonAsync<ReportPage>("/api/v1/reports?q=sugar%20factory");
        Assert.Equal(["Haft Tappeh"], english!.Items.Select(r => r.Title));
        var persian = await client.GetFromJsonAsync<ReportPage>("/api/v1/reports?q=" + Uri.EscapeDataString("معترضان"));
        Assert.Equal(["زاهدان"], persian!.Items.Select(r => r.Title));
        Assert.Equal(0, (await client.GetFromJsonAsync<ReportPage>("/api/v1/reports?q=sugar%20Zahedan"))!.Total);

        // Incidents having a mention in a matching report: editors see unreviewed ones; viewers only once confirmed.
        var editor = await _factory.ClientAsync("editor");
        var found = await editor.GetFromJsonAsync<IncidentPage>("/api/v1/incidents?q=sugar");
        var row = Assert.Single(found!.Items);
        Assert.Equal("Shush", row.Place);
        Assert.Empty((await client.GetFromJsonAsync<IncidentPage>("/api/v1/incidents?q=sugar"))!.Items);
        var html = await editor.GetStringAsync("/incidents?q=sugar");
        Assert.Contains($"/incidents/{row.Id}", html);
        Assert.DoesNotContain("زاهدان", html);
    }

    [Fact]
    public async Task A_search_shows_every_write_at_once_though_its_matches_are_cached()
    {
        // Each test's words are its own, so reports other tests submit to this factory match none of them.
        await Seed.SubmitAsync(_factory, "Police arrested 12 saffron traders at the bazaar in Mashhad on 2022-10-03.", title: "Saffron one");
        var editor = await _factory.ClientAsync("editor");
        var viewer = await _factory.ClientAsync("viewer");
        var first = (await editor.GetFromJsonAsync<IncidentPage>("/api/v1/incidents?q=saffron%20traders"))!;
        Assert.Equal(["Mashhad"], first.Items.Select(r => r.Place));
        Assert.Equal(first.Total, (await editor.GetFromJsonAsync<IncidentPage>("/api/v1/incidents?q=saffron%20traders"))!.Total);

        // A new matching report: the same search (answered from the cache a moment ago) now finds its incident too.
        await Seed.SubmitAsync(_factory, "Security forces arrested 30 saffron traders in Tabriz on 2022-12-20.", title: "Saffron two");
        var second = (await editor.GetFromJsonAsync<IncidentPage>("/api/v1/incidents?q=saffron%20traders"))!;
        Assert.Equal(["Tabriz", "Mashhad"], second.Items.Select(r => r.Place));
        Assert.Equal(2, second.Total);

        // Confirming one shows it to viewers at once; rejecting the other drops it from the editor's search at once.
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Vigil.Storage.Database.VigilDbContext>();
            Assert.Empty((await viewer.GetFromJsonAsync<IncidentPage>("/api/v1/incidents?q=saffron%20traders"))!.Items);
            var review = new ReviewIncident(db, TimeProvider.System);
            Assert.Equal(Vigil.Storage.Outcome.Ok, await review.SetStatusAsync(second.Items[1].Id, IncidentStatus.Confirmed, "test"));
            Assert.Equal(Vigil.Storage.Outcome.Ok, await review.SetStatusAsync(second.Items[0].Id, IncidentStatus.Rejected, "test"));
        }

        Assert.Equal(["Mashhad"], (await viewer.GetFromJsonAsync<IncidentPage>("/api/v1/incidents?q=saffron%20traders"))!.Items.Select(r => r.Place));
        Assert.Equal(["Mashhad"], (await editor.GetFromJsonAsync<IncidentPage>("/api/v1/incidents?q=saffron%20traders"))!.Items.Select(r => r.Place));
        Assert.Equal(["Tabriz"], (await editor.GetFromJsonAsync<IncidentPage>("/api/v1/incidents?q=saffron%20traders&status=rejected"))!.Items.Select(r => r.Place));
    }

    [Fact]
    public async Task A_search_with_a_start_date_finds_an_incident_stored_since_that_began_years_before_it()
    {
        // A search with a start date reads the incidents that began up to the longest span of any incident before it: that span is
        // read once per audit-log head, so an incident longer than every other, stored since, is found at the next head.
        await Seed.SubmitAsync(_factory, "Police detained 9 quince growers in Sanandaj on 2022-10-04.", title: "Quince one");
        var editor = await _factory.ClientAsync("editor");
        const string url = "/api/v1/incidents?q=quince%20growers&from=2022-10-01";
        Assert.Equal(["Sanandaj"], (await editor.GetFromJsonAsync<IncidentPage>(url))!.Items.Select(r => r.Place));

        var id = Guid.NewGuid();
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Vigil.Storage.Database.VigilDbContext>();
            var at = DateTime.UtcNow;
            db.Reports.Add(new Vigil.Storage.Reports.Report { Id = "quince-years", FileName = "quince.txt", Format = "txt", Body = "Quince growers in Bushehr protested from 2015 to October 2022.", IngestedAt = at });
            db.Incidents.Add(new Incident
            {
                Id = id, Type = "protest", Place = "Bushehr", Date = "2015-01-01", DateEnd = "2022-10-05",
                DateFrom = new DateOnly(2015, 1, 1), DateTo = new DateOnly(2022, 10, 5), UpdatedAt = at,
            });
            db.Mentions.Add(new Vigil.Storage.Mentions.Mention { Id = Guid.NewGuid(), ReportId = "quince-years", Ordinal = 0, Type = "protest", IncidentId = id });
            await db.SaveChangesAsync();

            // Rows written past Vigil's operations change no head; the review that follows does (an audit entry).
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new ReviewIncident(db, TimeProvider.System).SetStatusAsync(id, IncidentStatus.Confirmed, "test"));
        }

        Assert.Equal(["Sanandaj", "Bushehr"], (await editor.GetFromJsonAsync<IncidentPage>(url))!.Items.Select(r => r.Place));
    }

    [Fact]
    public void A_search_is_cached_by_everything_that_chooses_its_matches_but_not_by_the_page()
    {
        var filter = new IncidentFilter { Q = " Zahedan teachers ", Type = "protest", Page = 1 };
        var next = new IncidentFilter { Q = "Zahedan teachers", Type = "protest", Page = 2 };
        Assert.Equal(filter.MatchKey, next.MatchKey);
        Assert.NotEqual(filter.MatchKey, new IncidentFilter { Q = "Zahedan teachers", Type = "strike" }.MatchKey);
        Assert.NotEqual(filter.MatchKey, new IncidentFilter { Q = "Zahedan teachers", Type = "protest", Status = "rejected" }.MatchKey);
        Assert.NotEqual(filter.MatchKey, new IncidentFilter { Q = "Zahedan", Type = "protest" }.MatchKey);
    }

    [Theory]
    [InlineData("\"unbalanced", "\"unbalanced\"")]
    [InlineData("a AND (b OR c*) NEAR", "\"a\" \"AND\" \"b\" \"OR\" \"c\" \"NEAR\"")]
    [InlineData("  -- ;", "\"\"")]
    public void Search_syntax_in_the_input_is_only_words(string query, string match) =>
        Assert.Equal(match, SearchReports.SqliteMatch(query));

    [Fact]
    public async Task Hostile_search_input_never_fails_the_page()
    {
        var client = await _factory.ClientAsync("viewer");
        foreach (var q in new[] { "\"", "a OR", "*", "NEAR(", "'; DROP TABLE reports; --" })
        {
            var response = await client.GetAsync("/reports?q=" + Uri.EscapeDataString(q));
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }
    }

    private sealed record ReportRow(string Id, string? Title);

    private sealed record ReportPage(int Total, List<ReportRow> Items);

    private sealed record IncidentPage(int Total, List<IncidentRow> Items);

    private sealed record IncidentRow(Guid Id, string Type, string? Place);
}
