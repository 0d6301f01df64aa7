using System.Net;

namespace Vigil.Web.Tests.Localization;

public sealed class CalendarFilterTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public CalendarFilterTests(VigilWebFactory factory) => _factory = factory;

    [Fact]
    public async Task The_incident_list_filters_by_a_Solar_Hijri_date_as_by_its_Gregorian_day_and_shows_dates_in_the_readers_calendar()
    {
        var id = await Seed.IncidentAsync(_factory, "Security forces arrested 25 lorry drivers in Bandar Abbas on 2022-09-16.", "Lorry drivers");
        var client = await _factory.ClientAsync("editor");

        var gregorian = await client.GetStringAsync("/incidents?from=2022-09-16&to=2022-09-16");
        var solar = await client.GetStringAsync("/incidents?from=1401-06-25&to=" + Uri.EscapeDataString("۱۴۰۱/۰۶/۲۵"));
        var dayAfter = await client.GetStringAsync("/incidents?from=1401-06-26");
        Assert.Contains($"/incidents/{id}", gregorian);
        Assert.Contains($"/incidents/{id}", solar);
        Assert.DoesNotContain($"/incidents/{id}", dayAfter);

        // A Persian reader sees the Solar Hijri date in Persian digits, and the filter box keeps it in that calendar.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/incidents?from=2022-09-16");
        request.Headers.AcceptLanguage.ParseAdd("fa");
        var persian = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("۲۵ شهریور ۱۴۰۱", persian);
        Assert.Contains("name=\"from\" value=\"۱۴۰۱/۰۶/۲۵\"", persian);
        Assert.Contains("2022-09-16", gregorian);
    }

    [Fact]
    public async Task The_lists_export_links_carry_a_Solar_filter_as_its_Gregorian_day_and_offer_a_CSV_with_a_byte_order_mark()
    {
        await Seed.IncidentAsync(_factory, "Security forces arrested 25 lorry drivers in Bandar Abbas on 2022-09-16.", "Lorry drivers");
        var client = await _factory.ClientAsync("editor");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/incidents?from=" + Uri.EscapeDataString("۱۴۰۱/۰۶/۲۵") + "&to=1401-06-25&type=arrest");
        request.Headers.AcceptLanguage.ParseAdd("fa");
        var html = System.Net.WebUtility.HtmlDecode(await (await client.SendAsync(request)).Content.ReadAsStringAsync());

        var link = System.Text.RegularExpressions.Regex.Match(html, "href=\"([^\"]*)\" id=\"export-csv-bom\"").Groups[1].Value;
        Assert.Equal("/api/v1/exports/incidents.csv?from=2022-09-16&to=2022-09-16&type=arrest&bom=true", link);
        Assert.Contains("CSV برای صفحه‌گسترده‌ها", html);

        var csv = await client.GetByteArrayAsync(link);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        Assert.Contains("Bandar Abbas", System.Text.Encoding.UTF8.GetString(csv));
    }

    [Fact]
    public async Task A_filter_date_that_is_no_day_in_either_calendar_is_refused_with_a_message_not_a_crash()
    {
        var client = await _factory.ClientAsync("editor");
        var response = await client.GetAsync("/incidents?from=1401-12-31");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("From: there is no day 31 in Esfand 1401: that month has 29 days.", await response.Content.ReadAsStringAsync());
        var nonsense = await client.GetStringAsync("/incidents?from=1401-13-01");
        Assert.Contains("From: &#x27;1401-13-01&#x27; is not a date (2022-09-21, or Solar Hijri 1401-06-30).", nonsense);
    }
}
