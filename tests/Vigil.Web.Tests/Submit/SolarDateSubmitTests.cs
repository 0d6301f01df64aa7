using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;

namespace Vigil.Web.Tests.Submit;

/// <summary>The submit form's publication date in the reader's calendar: Solar Hijri readers type (or pick) a Solar day.</summary>
public sealed class SolarDateSubmitTests(VigilWebFactory factory) : IClassFixture<VigilWebFactory>
{
    [Fact]
    public async Task A_Solar_reader_gets_a_Solar_date_box_and_an_English_Gregorian_reader_the_browsers_date_picker()
    {
        var contributor = await factory.ClientAsync("contributor");

        var persian = await GetAsync(contributor, "/submit", "fa");
        var english = await contributor.GetStringAsync("/submit");

        Assert.Contains("class=\"date solar-date\"", persian);
        Assert.Contains("placeholder=\"۱۴۰۱/۰۶/۳۰\"", persian);
        Assert.Contains("data-months=\"فروردین,اردیبهشت,خرداد,تیر,مرداد,شهریور,مهر,آبان,آذر,دی,بهمن,اسفند\"", persian);
        Assert.Contains("data-weekdays=\"ش ی د س چ پ ج\"", persian);
        Assert.Contains("/js/solar-date.js", persian);
        Assert.Contains("type=\"date\"", english);
        Assert.DoesNotContain("solar-date", english);
    }

    [Theory]
    [InlineData("۱۴۰۱/۰۶/۳۰", "Solar digits")]
    [InlineData("1401-06-30", "Solar latin")]
    [InlineData("۳۰ شهریور ۱۴۰۱", "Solar month name")]
    public async Task A_Solar_date_typed_in_Persian_or_Latin_digits_is_stored_as_its_Gregorian_day(string typed, string title)
    {
        var contributor = await factory.ClientAsync("contributor");

        var html = await PostAsync(contributor, typed, title, "Workers went on strike at the Abadan refinery, a union said. " + title);

        Assert.Contains("id=\"stored-report\"", html);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        Assert.Equal(new DateOnly(2022, 9, 21), await db.Reports.Where(r => r.Title == title).Select(r => r.Published).SingleAsync());
    }

    [Fact]
    public async Task An_impossible_Solar_day_is_refused_naming_the_field_and_the_month_and_nothing_is_stored()
    {
        var contributor = await factory.ClientAsync("contributor");

        // 1401 is not a leap year: Esfand 1401 has 29 days.
        var persian = await PostAsync(contributor, "۱۴۰۱/۱۲/۳۱", "Esfand 31", "Teachers protested in Tabriz, a union said.", "fa");
        var english = await PostAsync(contributor, "1401-12-31", "Esfand 31 en", "Teachers protested in Ardabil, a union said.", "en");

        Assert.Contains("تاریخ انتشار: روز ۳۱ در اسفند ۱۴۰۱ وجود ندارد: این ماه ۲۹ روز دارد.", persian);
        Assert.Contains("Published: there is no day 31 in Esfand 1401: that month has 29 days.", english);
        Assert.DoesNotContain("id=\"stored-report\"", persian);
        // The box keeps what was typed, so the submitter can mend it.
        Assert.Contains("value=\"۱۴۰۱/۱۲/۳۱\"", persian);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        Assert.False(await db.Reports.AnyAsync(r => r.Title == "Esfand 31" || r.Title == "Esfand 31 en"));
    }

    [Fact]
    public async Task Text_that_is_no_date_at_all_is_refused_in_the_readers_language()
    {
        var contributor = await factory.ClientAsync("contributor");

        var persian = await PostAsync(contributor, "دیروز", "Not a date", "Teachers protested in Yazd, a union said.", "fa");

        Assert.Contains("تاریخ انتشار: «دیروز» تاریخ نیست", persian);
        Assert.DoesNotContain("id=\"stored-report\"", persian);
    }

    private static async Task<string> GetAsync(HttpClient client, string url, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await (await client.SendAsync(request)).Content.ReadAsStringAsync();
    }

    private static async Task<string> PostAsync(HttpClient client, string published, string title, string text, string language = "fa")
    {
        var token = await VigilWebFactory.TokenAsync(client, "/submit");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/submit")
        {
            Content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new StringContent(title), "Title" },
                { new StringContent(text), "Text" },
                { new StringContent(published), "Published" },
            },
        };
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
