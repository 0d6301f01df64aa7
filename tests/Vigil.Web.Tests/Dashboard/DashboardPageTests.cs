using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

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

    [Fact]
    public async Task The_words_the_dashboard_script_draws_come_from_the_page_in_the_readers_language()
    {
        await Seed.SubmitAsync(_factory, "Security forces arrested 9 teachers in Sanandaj on 2022-10-12.", "words", published: new DateOnly(2022, 10, 13));
        var editor = await _factory.ClientAsync("editor");

        var english = Text(await editor.GetStringAsync("/"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("fa");
        var persian = Text(await (await editor.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Equal("Incidents per province:", english.GetProperty("legendTitle").GetString());
        Assert.Equal("arrest", english.GetProperty("types").GetProperty("arrest").GetString());
        Assert.False(english.GetProperty("persianDigits").GetBoolean());
        Assert.Equal("رویدادها در هر استان:", persian.GetProperty("legendTitle").GetString());
        Assert.Equal("{0} رویداد", persian.GetProperty("incidents").GetString());
        Assert.Equal("هفته از شنبه", persian.GetProperty("weekAxis").GetString());
        Assert.Equal("بازداشت", persian.GetProperty("types").GetProperty("arrest").GetString());
        Assert.True(persian.GetProperty("persianDigits").GetBoolean());

        // The timeline's week of 12 October 2022 (from Saturday 8 October) in the reader's calendar: Solar Hijri with Persian digits for the Persian reader.
        Assert.Equal("8 Oct 2022", english.GetProperty("periods").GetProperty("2022-10-08").GetString());
        Assert.Equal("۱۶ مهر ۱۴۰۱", persian.GetProperty("periods").GetProperty("2022-10-08").GetString());

        // The script itself holds none of those words.
        var script = await editor.GetStringAsync("/js/dashboard.js");
        foreach (var word in new[] { "Incidents per province", "\" incident", "week starting", "city (size", "Boundaries:", "\"none\"", "\"Oct\"" })
        {
            Assert.DoesNotContain(word, script);
        }
    }

    private static JsonElement Text(string html)
    {
        var block = Regex.Match(html, "<div id=\"dashboard-text\" hidden data-text=\"([^\"]*)\"");
        Assert.True(block.Success, "the dashboard renders its script's words");
        return JsonDocument.Parse(WebUtility.HtmlDecode(block.Groups[1].Value)).RootElement;
    }
}
