using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Vigil.Storage.Database;

namespace Vigil.Web.Tests.Browser;

/// <summary>An editor corrects a person on the person page in headless Chromium: an editor's fate, a merge, a split.</summary>
public sealed class PersonBrowserTests : IClassFixture<BrowserFixture>
{
    private const string Report = """
        Security forces shot dead Hadis Najafi, 22, in Karaj on 21 September 2022.

        Nika Shakarami was arrested in Tehran on 20 September 2022.
        """;

    private readonly BrowserFixture _fixture;

    public PersonBrowserTests(BrowserFixture fixture) => _fixture = fixture;

    [BrowserFact]
    public async Task An_editor_sets_a_fate_merges_and_splits_a_person_on_its_page_and_a_viewer_sees_no_forms()
    {
        await Seed.IncidentAsync(_fixture.Factory, Report, "person browser test", "HRANA");
        var (hadis, nika) = (await IdNamedAsync("Hadis Najafi"), await IdNamedAsync("Nika Shakarami"));
        var (page, errors) = await _fixture.SignInAsync("editor");

        await page.GotoAsync($"/persons/{hadis}");
        await page.SelectOptionAsync("#edit-field", "fate");
        await page.FillAsync("#edit-value", "killed; other");
        await page.ClickAsync("#edit button[type=submit]");
        await Assertions.Expect(page.Locator("p.done")).ToHaveTextAsync("Editor's value saved beside the machine's.");
        await Assertions.Expect(page.Locator("#edited-fate .edited")).ToHaveTextAsync("Killed, Other fate");

        await page.FillAsync("#merge-other", nika.ToString("N")[^12..]);
        await page.ClickAsync("#merge button[type=submit]");
        await Assertions.Expect(page.Locator("p.done")).ToContainTextAsync("Merged");
        await Assertions.Expect(page.Locator("#person-mentions > li")).ToHaveCountAsync(2);

        await page.Locator("#person-mentions > li", new() { HasText = "Nika Shakarami" }).Locator("input[name=mentions]").CheckAsync();
        await page.ClickAsync("#split button[type=submit]");
        await Assertions.Expect(page.Locator("p.done")).ToContainTextAsync("Split");
        Assert.DoesNotContain(hadis.ToString(), page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#person-mentions > li")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Nika Shakarami");
        Assert.Empty(errors);

        var (viewerPage, _) = await _fixture.SignInAsync("viewer");
        var response = await viewerPage.GotoAsync($"/persons/{hadis}");
        Assert.Equal(404, response!.Status); // not confirmed and publishable: viewers do not see it, let alone its forms
    }

    private async Task<Guid> IdNamedAsync(string name)
    {
        using var scope = _fixture.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<VigilDbContext>().Persons.AsNoTracking().Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
    }
}
