using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Storage.Database;

namespace Vigil.Web.Tests.Browser;

/// <summary>Every page, checked with axe-core (pinned in tools/api) in Chromium, and at a phone's width.</summary>
public sealed class AccessibilityTests : IClassFixture<BrowserFixture>
{
    private readonly BrowserFixture _fixture;

    public AccessibilityTests(BrowserFixture fixture) => _fixture = fixture;

    [BrowserFact]
    public async Task Axe_finds_no_serious_violation_on_any_page()
    {
        var axe = await File.ReadAllTextAsync(Path.Combine(await NodeTools.EnsureInstalledAsync(), "node_modules", "axe-core", "axe.min.js"));
        var (page, _) = await _fixture.SignInAsync("admin");
        var found = new List<string>();

        foreach (var path in await PagesAsync())
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            // Evaluated through the DevTools protocol, so the page's CSP (no inline script) does not block it.
            await page.EvaluateAsync(axe);
            var json = await page.EvaluateAsync<string>("""
                async () => JSON.stringify((await axe.run(document, { resultTypes: ['violations'] })).violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') + ')'))
                """);
            found.AddRange(JsonSerializer.Deserialize<List<string>>(json)!.Select(v => $"{path}: {v}"));
        }

        Assert.True(found.Count == 0, string.Join('\n', found));
    }

    [BrowserFact]
    public async Task At_390_pixels_no_page_scrolls_sideways_and_the_menu_reaches_every_section()
    {
        var (page, _) = await _fixture.SignInAsync("admin", width: 390, height: 844);
        var wide = new List<string>();

        foreach (var path in await PagesAsync())
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var (scroll, viewport) = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]") switch { var a => (a[0], a[1]) };
            if (scroll > viewport)
            {
                wide.Add($"{path}: {scroll} px wide in a {viewport} px viewport");
            }
        }

        Assert.True(wide.Count == 0, string.Join('\n', wide));

        // The menu: every section's link can be reached and followed at this width.
        await page.GotoAsync("/");
        foreach (var (link, heading) in new[] { ("Incidents", "Incidents"), ("Audit log", "Audit log") })
        {
            if (await page.Locator("header.top .menu-toggle").IsVisibleAsync())
            {
                await page.ClickAsync("header.top .menu-toggle");
            }

            await page.ClickAsync($"header.top nav a:text-is('{link}')");
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(heading);
        }
    }

    private async Task<List<string>> PagesAsync()
    {
        using var scope = _fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var incident = await db.Incidents.OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        var report = await db.Mentions.Where(m => m.IncidentId != null).OrderBy(m => m.Id).Select(m => m.ReportId).FirstAsync();
        var speaker = await db.Speakers.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var person = await db.PersonMentions.Where(m => m.PersonId != null && m.MentionId != null).OrderBy(m => m.Id).Select(m => m.PersonId).FirstAsync();
        var named = await db.Mentions.Where(m => db.PersonMentions.Any(pm => pm.MentionId == m.Id && pm.PersonId == person)).Select(m => m.IncidentId).FirstAsync();
        return ["/", "/incidents", $"/incidents/{incident}", $"/incidents/{named}", "/persons", $"/persons/{person}", "/reports", $"/reports/{report}", "/sources", "/speakers", $"/speakers/{speaker}", "/submit", "/review", "/audit", "/users", "/account/tokens", "/account/password"];
    }
}
