namespace Vigil.Web.Tests.Dashboard;

/// <summary>The dashboard's words: counted nouns, and what the province table leaves out.</summary>
public sealed class DashboardPageTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public DashboardPageTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task By_province_says_how_many_incidents_have_no_province()
    {
        await Seed.SubmitAsync(_factory, "Security forces arrested 200 protesters across Iran on 1 October 2022, activists said.", "country-level", published: new DateOnly(2022, 10, 2));
        await Seed.SubmitAsync(_factory, "Security forces arrested 9 teachers in Sanandaj on 2022-10-12.", "province-level", published: new DateOnly(2022, 10, 13));
        var editor = await _factory.ClientAsync("editor");

        var html = await editor.GetStringAsync("/");

        Assert.Contains("<p class=\"hint\" id=\"unplaced\">1 incident has no province: known only to the country, outside Iran, or not located. It is counted in the total, not in this table or on the map&#x27;s shading.</p>", html);
        Assert.Contains("</span> incidents</a>", html);
    }
}
