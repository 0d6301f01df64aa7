using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Vigil.Web.Tests.Browser;

/// <summary>The app in headless Chromium: the paths a documenter takes, and what a contributor cannot reach.</summary>
public sealed partial class BrowserTests : IClassFixture<BrowserFixture>
{
    private const string Report = """
        Security forces arrested 35 students at Sharif University in Tehran on 2022-10-02, witnesses said.
        Later that evening riot police fired tear gas at protesters in Mashhad, injuring at least 12 people.
        «ما تا آخر ایستاده‌ایم» یکی از دانشجویان گفت.
        """;

    private readonly BrowserFixture _fixture;

    public BrowserTests(BrowserFixture fixture) => _fixture = fixture;

    [BrowserFact]
    public async Task A_submitted_report_shows_its_incident_is_found_by_search_and_counted_on_the_map_and_timeline()
    {
        var (page, errors) = await _fixture.SignInAsync("editor");
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);

        // Submit.
        await page.GotoAsync("/submit");
        await page.FillAsync("#Title", "Arrests at Sharif University");
        await page.FillAsync("#Source", "Browser Test Agency");
        await page.FillAsync("#Published", "2022-10-03");
        await page.FillAsync("#Text", Report);
        await page.ClickAsync("form.submit button[type=submit]");
        await Assertions.Expect(page.Locator("#outcome")).ToContainTextAsync("stored");

        // The report page: text with the extracted spans highlighted.
        await page.ClickAsync("#stored-report");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Arrests at Sharif University");
        await Assertions.Expect(page.Locator(".report-text .hl-incident").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".report-text .hl-figure").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("ol.mentions li").First).ToContainTextAsync("arrest");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "report.png"), FullPage = true });

        // Its incident: machine values, figures by source, the evidence highlighted in the report text.
        await page.ClickAsync("ol.mentions li a >> text=arrest");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("arrest");
        await Assertions.Expect(page.Locator("h1 .status")).ToHaveTextAsync("unreviewed");
        await Assertions.Expect(page.Locator("#fields")).ToContainTextAsync("35");
        await Assertions.Expect(page.Locator("#figures")).ToContainTextAsync("Browser Test Agency");
        await Assertions.Expect(page.Locator("#corroboration")).ToContainTextAsync("1 independent source");
        var evidence = string.Concat(await page.Locator("#mentions .report-text .hl-incident").AllTextContentsAsync());
        Assert.Contains("arrested 35 students at Sharif University in Tehran", evidence);
        var incidentUrl = page.Url;
        var incidentId = incidentUrl[(incidentUrl.LastIndexOf('/') + 1)..];
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "incident.png"), FullPage = true });

        // Confirm it in the review queue with the keyboard.
        await page.ClickAsync("#review-this");
        await Assertions.Expect(page.Locator("#review")).ToHaveAttributeAsync("data-incident", incidentId);
        await Assertions.Expect(page.Locator("#keys")).ToContainTextAsync("confirm");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "review.png"), FullPage = true });
        await page.Keyboard.PressAsync("c");
        await Assertions.Expect(page.Locator("#done")).ToContainTextAsync("Confirmed.");
        await page.GotoAsync(incidentUrl);
        await Assertions.Expect(page.Locator("h1 .status")).ToHaveTextAsync("confirmed");
        await Assertions.Expect(page.Locator("#history")).ToContainTextAsync("incident.confirmed");

        // Found by search over the report text, among confirmed incidents.
        await page.GotoAsync("/incidents");
        await page.FillAsync("input[name=q]", "Sharif");
        await page.SelectOptionAsync("select[name=status]", "confirmed");
        await page.ClickAsync("form.filters button[type=submit]");
        await Assertions.Expect(page.Locator("#incidents tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($"#incidents tbody tr a[href='/incidents/{incidentId}']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#incidents tbody tr").First).ToContainTextAsync("confirmed");

        // Counted on the dashboard: the province table, the map (drawn, with the province shaded) and the timeline.
        await page.GotoAsync("/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(errors);
        await Assertions.Expect(page.Locator("#by-province")).ToContainTextAsync("Sistan and Baluchestan");
        await Assertions.Expect(page.Locator("#by-province")).ToContainTextAsync("Tehran");
        await Assertions.Expect(page.Locator("#map[data-ready=true] path.leaflet-interactive").First).ToBeVisibleAsync();
        // 31 province shapes plus one point per located town (the fixture's four and whatever extraction placed).
        Assert.InRange(await page.Locator("#map path.leaflet-interactive").CountAsync(), 31 + 4, 31 + 200);
        await Assertions.Expect(page.Locator("#timeline[data-ready=true]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#map-legend")).ToContainTextAsync("Incidents per province");
        var stats = await page.EvaluateAsync<string>("fetch('/api/v1/stats?q=Sharif&status=confirmed').then(r => r.text())");
        Assert.Matches(WeekOf20221001().ToString(), stats);
        Assert.Contains("\"arrest\":1", stats);
        Assert.Contains("\"Tehran\":1", stats);
        var all = await page.EvaluateAsync<string>("fetch('/api/v1/stats').then(r => r.text())");
        Assert.Contains("\"Tehran\":", all);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "dashboard.png"), FullPage = true });

        Assert.Empty(errors);
    }

    [BrowserFact]
    public async Task A_contributor_cannot_reach_the_review_queue_or_the_users_admin()
    {
        var (page, _) = await _fixture.SignInAsync("contributor");
        Assert.EndsWith("/submit", page.Url);
        await Assertions.Expect(page.Locator("header nav")).Not.ToContainTextAsync("Review");
        await Assertions.Expect(page.Locator("header nav")).Not.ToContainTextAsync("Users");
        foreach (var path in new[] { "/review", "/users", "/audit", "/incidents" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(403, response!.Status);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Not allowed");
        }
    }

    [GeneratedRegex("\"week\":\"2022-10-01\"")]
    private static partial Regex WeekOf20221001();
}
