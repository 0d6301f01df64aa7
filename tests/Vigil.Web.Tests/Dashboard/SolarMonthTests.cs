using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Vigil.Web.Tests.Dashboard;

/// <summary>Over three years the timeline counts months: Solar Hijri months for Solar readers, Gregorian ones otherwise.</summary>
public sealed class SolarMonthTests(VigilWebFactory factory) : IClassFixture<VigilWebFactory>
{
    [Fact]
    public async Task Month_buckets_follow_the_readers_calendar()
    {
        // 22 September 2022 is 31 Shahrivar 1401 and 23 September 1 Mehr 1401: one Gregorian month, two Solar ones.
        await Seed.SubmitAsync(factory, "Security forces arrested 9 teachers in Sanandaj on 2018-01-06.", "early", published: new DateOnly(2018, 1, 7));
        await Seed.SubmitAsync(factory, "Security forces arrested 12 students in Tabriz on 2022-09-22.", "shahrivar", published: new DateOnly(2022, 9, 23));
        await Seed.SubmitAsync(factory, "Security forces arrested 30 protesters in Rasht on 2022-09-23.", "mehr", published: new DateOnly(2022, 9, 24));
        var editor = await factory.ClientAsync("editor");

        var gregorian = await editor.GetFromJsonAsync<JsonElement>("/api/v1/stats");
        var solar = await editor.GetFromJsonAsync<JsonElement>("/api/v1/stats?calendar=solar_hijri");

        Assert.Equal("month", gregorian.GetProperty("timelineUnit").GetString());
        Assert.Equal("gregorian", gregorian.GetProperty("timelineCalendar").GetString());
        Assert.Equal(2, Count(gregorian, "2022-09-01"));
        Assert.Equal("solar_hijri", solar.GetProperty("timelineCalendar").GetString());
        Assert.Equal(1, Count(solar, "2022-08-23")); // 1 Shahrivar 1401
        Assert.Equal(1, Count(solar, "2022-09-23")); // 1 Mehr 1401
        Assert.Equal(1, Count(solar, "2017-12-22")); // 1 Dey 1396
        // Every Solar month between is listed, empty ones too: Dey 1396 to Mehr 1401 is 58 months.
        Assert.Equal(58, solar.GetProperty("weeks").GetArrayLength());
        Assert.Equal(0, Count(solar, "2018-01-21")); // 1 Bahman 1396

        // The Persian page asks for Solar buckets and labels them with Solar month names in Persian digits.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("fa");
        var page = await (await editor.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("data-stats=\"/api/v1/stats?calendar=solar_hijri\"", page);
        Assert.Equal("مهر ۱۴۰۱", Periods(page).GetProperty("2022-09-23").GetString());
        Assert.Equal("شهریور ۱۴۰۱", Periods(page).GetProperty("2022-08-23").GetString());
        var english = await editor.GetStringAsync("/");
        Assert.Contains("data-stats=\"/api/v1/stats?calendar=gregorian\"", english);
        Assert.Equal("Sep 2022", Periods(english).GetProperty("2022-09-01").GetString());
    }

    [Fact]
    public async Task An_unknown_calendar_is_refused_naming_the_parameter()
    {
        var editor = await factory.ClientAsync("editor");

        using var response = await editor.GetAsync("/api/v1/stats?calendar=lunar");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("calendar: 'lunar' is not one of gregorian, solar_hijri", await response.Content.ReadAsStringAsync());
    }

    private static JsonElement Periods(string html)
    {
        var block = Regex.Match(html, "<div id=\"dashboard-text\" hidden data-text=\"([^\"]*)\"");
        Assert.True(block.Success, "the dashboard renders its script's words");
        return JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(block.Groups[1].Value)).RootElement.GetProperty("periods");
    }

    private static int Count(JsonElement stats, string month) =>
        stats.GetProperty("weeks").EnumerateArray().Single(w => w.GetProperty("week").GetString() == month).GetProperty("byType").EnumerateObject().Sum(t => t.Value.GetInt32());
}
