using Vigil.Web.Localization;

namespace Vigil.Web.Tests.Localization;

public sealed class ProvinceNamesTests(VigilWebFactory factory) : IClassFixture<VigilWebFactory>
{
    [Fact]
    public void A_province_reads_in_Persian_for_the_Persian_interface_and_as_stored_otherwise()
    {
        Assert.Equal("کردستان", ProvinceNames.Of("Kurdistan", persian: true));
        Assert.Equal("تهران", ProvinceNames.Of("Tehran", persian: true));
        Assert.Equal("Kurdistan", ProvinceNames.Of("Kurdistan", persian: false));
        Assert.Equal("Atlantis", ProvinceNames.Of("Atlantis", persian: true)); // unknown: as stored
        Assert.Equal(string.Empty, ProvinceNames.Of(null, persian: true));
    }

    [Fact]
    public void A_town_or_the_country_reads_in_Persian_for_the_Persian_interface_and_is_never_taken_from_another_province()
    {
        Assert.Equal("سنندج", PlaceNames.Of("Sanandaj", "Kurdistan", persian: true));
        Assert.Equal("ایران", PlaceNames.Of("Iran", null, persian: true));
        Assert.Equal("کردستان", PlaceNames.Of("Kurdistan", "Kurdistan", persian: true));
        Assert.Equal("Sanandaj", PlaceNames.Of("Sanandaj", "Kurdistan", persian: false));
        Assert.Equal("Sanandaj", PlaceNames.Of("Sanandaj", "Fars", persian: true)); // no Sanandaj in Fars: as stored
        Assert.Equal("Evin Prison", PlaceNames.Of("Evin Prison", "Tehran", persian: true)); // an editor's wording: as stored
        Assert.Equal(string.Empty, PlaceNames.Of(null, null, persian: true));
    }

    [Fact]
    public async Task The_incident_list_shows_provinces_in_Persian_and_keeps_the_stored_name_as_the_filter_value()
    {
        await Seed.IncidentAsync(factory, "Security forces arrested 9 teachers in Sanandaj on 2022-10-12.", "Sanandaj teachers");
        var client = await factory.ClientAsync("editor");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/incidents");
        request.Headers.AcceptLanguage.ParseAdd("fa");

        var html = System.Net.WebUtility.HtmlDecode(await (await client.SendAsync(request)).Content.ReadAsStringAsync());

        Assert.Contains("<td>کردستان</td>", html);
        Assert.Contains("<td dir=\"auto\">سنندج</td>", html);
        Assert.Contains("<option value=\"Kurdistan\">کردستان</option>", html);
        Assert.Contains("<td>Kurdistan</td>", await client.GetStringAsync("/incidents"));
    }
}
