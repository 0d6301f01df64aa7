using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;

namespace Vigil.Web.Tests.Security;

/// <summary>Holes 5 and 9: the audit page after a merge and on odd pages; viewers and unconfirmed incidents.</summary>
public sealed class ReadingLimitsTests
{
    [Fact]
    public async Task The_audit_page_shows_a_merge_and_odd_page_numbers()
    {
        await using var factory = new VigilWebFactory();
        var a = await Seed.IncidentAsync(factory, "Security forces killed 3 protesters in Izeh on 2022-11-16.", "merge a");
        var b = await Seed.IncidentAsync(factory, "Police arrested 8 students in Babol on 2022-10-02.", "merge b");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            Assert.Equal(Vigil.Storage.Outcome.Ok, await new MergeIncidents(db, TimeProvider.System).RunAsync(a, b, "test"));
        }

        var editor = await factory.ClientAsync("editor");
        var page = await editor.GetAsync("/audit");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("incident.deleted", await page.Content.ReadAsStringAsync());
        foreach (var path in new[] { "/audit?page=-1", "/audit?page=0", "/audit?page=2147483647", "/reports?page=-1", "/reports?page=2147483647" })
        {
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task Viewers_see_no_machine_values_of_unconfirmed_incidents_on_report_pages_or_the_api()
    {
        await using var factory = new VigilWebFactory();
        var (reportId, incident) = await WitnessProtectionTests.SubmitFileAsync(factory, "bulletin.txt", "Security forces killed 17 protesters in Zahedan on 2022-09-30.", evidence: null);
        var viewer = await factory.ClientAsync("viewer");
        var editor = await factory.ClientAsync("editor");

        Assert.Equal(0, await MentionCountAsync(viewer, reportId));
        Assert.Equal(1, await MentionCountAsync(editor, reportId));
        var page = await viewer.GetStringAsync($"/reports/{reportId}");
        Assert.DoesNotContain("class=\"fig\"", page);
        Assert.DoesNotContain("incident 1:", page);
        Assert.Contains("class=\"fig\"", await editor.GetStringAsync($"/reports/{reportId}"));

        await WitnessProtectionTests.ConfirmAsync(factory, incident);
        Assert.Equal(1, await MentionCountAsync(viewer, reportId));
        Assert.Contains("class=\"fig\"", await viewer.GetStringAsync($"/reports/{reportId}"));
    }

    private static async Task<int> MentionCountAsync(HttpClient client, string reportId)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/reports/{reportId}"));
        return json.RootElement.GetProperty("mentions").GetArrayLength();
    }
}
