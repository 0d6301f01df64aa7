using System.Net.Http.Json;
using Vigil.Storage.Reports;

namespace Vigil.Web.Tests.Search;

public sealed class SearchTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public SearchTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task Finds_reports_and_incidents_by_words_of_the_text_in_English_and_Persian()
    {
        await Seed.SubmitAsync(_factory, "Riot police beat striking workers at the Haft Tappeh sugar factory in Shush on 2022-11-15.", title: "Haft Tappeh");
        await Seed.SubmitAsync(_factory, "نیروهای امنیتی در زاهدان به معترضان شلیک کردند و ده‌ها نفر کشته شدند.", title: "زاهدان");
        var client = await _factory.ClientAsync("viewer");

        var english = await client.GetFromJsonAsync<List<ReportRow>>("/api/v1/reports?q=sugar%20factory");
        Assert.Equal(["Haft Tappeh"], english!.Select(r => r.Title));
        var persian = await client.GetFromJsonAsync<List<ReportRow>>("/api/v1/reports?q=" + Uri.EscapeDataString("معترضان"));
        Assert.Equal(["زاهدان"], persian!.Select(r => r.Title));
        Assert.Empty((await client.GetFromJsonAsync<List<ReportRow>>("/api/v1/reports?q=sugar%20Zahedan"))!);

        // Incidents having a mention in a matching report: editors see unreviewed ones; viewers only once confirmed.
        var editor = await _factory.ClientAsync("editor");
        var found = await editor.GetFromJsonAsync<IncidentPage>("/api/v1/incidents?q=sugar");
        var row = Assert.Single(found!.Rows);
        Assert.Equal("Shush", row.Place);
        Assert.Empty((await client.GetFromJsonAsync<IncidentPage>("/api/v1/incidents?q=sugar"))!.Rows);
        var html = await editor.GetStringAsync("/incidents?q=sugar");
        Assert.Contains($"/incidents/{row.Id}", html);
        Assert.DoesNotContain("زاهدان", html);
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

    private sealed record IncidentPage(int Total, List<IncidentRow> Rows);

    private sealed record IncidentRow(Guid Id, string Type, string? Place);
}
