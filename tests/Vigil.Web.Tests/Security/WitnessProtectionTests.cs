using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Incidents;
using Vigil.Storage.Tests.Evidence;
using Vigil.Web.Submissions;

namespace Vigil.Web.Tests.Security;

/// <summary>Holes 1 and 2 of the adversarial test: file names and location/device metadata can identify a witness.</summary>
public sealed class WitnessProtectionTests
{
    private const string Witness = "maryam-rezaei-testimony";

    [Fact]
    public async Task A_reports_file_name_never_reaches_viewers_the_public_view_or_exports()
    {
        await using var factory = new VigilWebFactory { Public = true };
        var (reportId, incident) = await SubmitFileAsync(factory, Witness + ".txt", "Security forces killed 3 protesters in Izeh on 2022-11-16.", evidence: null);
        await ConfirmAsync(factory, incident);

        var viewer = await factory.ClientAsync("viewer");
        var anonymous = await factory.ClientAsync(null);
        string[] viewerPaths =
        [
            "/reports", $"/reports/{reportId}", "/incidents", $"/incidents/{incident}", "/api/v1/reports", $"/api/v1/reports/{reportId}",
            "/api/v1/incidents", $"/api/v1/incidents/{incident}", "/api/v1/evidence", "/api/v1/statements",
            "/api/v1/exports/incidents.csv", "/api/v1/exports/incidents.json", "/api/v1/exports/incidents.geojson",
        ];
        foreach (var path in viewerPaths)
        {
            var body = await viewer.GetStringAsync(path);
            Assert.False(body.Contains("maryam", StringComparison.OrdinalIgnoreCase), $"{path} shows the file name to a viewer");
        }

        foreach (var path in new[] { "/public", $"/public/incidents/{incident}" })
        {
            var body = await anonymous.GetStringAsync(path);
            Assert.False(body.Contains("maryam", StringComparison.OrdinalIgnoreCase), $"{path} shows the file name publicly");
            Assert.Contains("unattributed", body);
        }

        // Editors still see it where they work on the report.
        var editor = await factory.ClientAsync("editor");
        Assert.Contains(Witness, await editor.GetStringAsync($"/reports/{reportId}"));
    }

    [Fact]
    public async Task Gps_and_camera_metadata_reach_editors_only()
    {
        await using var factory = new VigilWebFactory();
        var (reportId, _) = await SubmitFileAsync(factory, "upload.txt", "Police arrested 8 students in Babol on 2022-10-02.", evidence: ExifJpeg.WithGps());

        var viewer = await factory.ClientAsync("viewer");
        foreach (var path in new[] { "/api/v1/evidence", $"/reports/{reportId}" })
        {
            var body = await viewer.GetStringAsync(path);
            Assert.DoesNotContain("TestCam", body);
            Assert.DoesNotContain("GPS Latitude\\u0022:", body);
            Assert.DoesNotContain("35\\u00B0", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("35°", body);
        }

        var editor = await factory.ClientAsync("editor");
        var full = await editor.GetStringAsync("/api/v1/evidence");
        Assert.Contains("TestCam", full);
        Assert.Contains("GPS Latitude", full);
    }

    internal static async Task<(string ReportId, Guid Incident)> SubmitFileAsync(VigilWebFactory factory, string fileName, string text, byte[]? evidence)
    {
        _ = factory.Server;
        using var scope = factory.Services.CreateScope();
        var submit = scope.ServiceProvider.GetRequiredService<SubmitReport>();
        var (_, id) = await submit.RunAsync(new SubmitRequest
        {
            File = new SubmittedFile(fileName, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))),
            Evidence = evidence is null ? [] : [new SubmittedFile(Witness + ".jpg", new MemoryStream(evidence))],
        }, "test");
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var incident = db.Mentions.Where(m => m.ReportId == id).OrderBy(m => m.Ordinal).Select(m => m.IncidentId).First()!.Value;
        return (id!, incident);
    }

    internal static async Task ConfirmAsync(VigilWebFactory factory, Guid incident)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        Assert.Equal(Vigil.Storage.Outcome.Ok, await new ReviewIncident(db, TimeProvider.System).SetStatusAsync(incident, IncidentStatus.Confirmed, "test"));
    }
}
