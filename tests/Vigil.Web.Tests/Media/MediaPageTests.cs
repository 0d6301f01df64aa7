using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Core.Media;
using Vigil.Storage.Database;
using Vigil.Storage.Evidence;
using Vigil.Storage.Media;

namespace Vigil.Web.Tests.Media;

/// <summary>The media page: the other files of a media item, facts by role, attaching to an incident, footage on the incident page.</summary>
public sealed class MediaPageTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public MediaPageTests(VigilWebFactory factory) => _factory = factory;

    private async Task<(Guid Incident, string First, string Copy)> SeedAsync()
    {
        var incident = await Seed.IncidentAsync(_factory, "Security forces shot protesters in Izeh on 2022-11-16, witnesses said.", "media incident");
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var reportId = await db.Mentions.Where(m => m.IncidentId == incident).Select(m => m.ReportId).FirstAsync();
        var first = new string('a', 63) + "1";
        var copy = new string('b', 63) + "2";
        if (!await db.Evidence.AnyAsync(e => e.Id == first))
        {
            var frame = new MediaFrame(0, 0x0F0F_1234_5678_9ABCUL, 0x1111_2222_3333_4444UL, Enumerable.Repeat(0x5555_6666_7777_8888UL, MediaFrame.CropRegions.Count).ToArray());
            foreach (var (id, name, hash, report) in new[] { (first, "izeh-original.jpg", frame.Dct, reportId), (copy, "izeh-repost.jpg", frame.Dct ^ 0b1011, null) })
            {
                db.Evidence.Add(new EvidenceFile { Id = id, ReportId = report, FileName = name, MediaType = "image/jpeg", MetadataJson = "{}", IngestedAt = DateTime.UtcNow });
                db.EvidenceFingerprints.Add(new EvidenceFingerprint
                {
                    EvidenceId = id,
                    Frames = new MediaFingerprint(false, [frame with { Dct = hash, Centre = frame.Centre ^ (hash ^ frame.Dct) }]).ToBytes(),
                    FrameCount = 1,
                    FactsJson = """{"format":"jpeg","width":640,"height":480,"device":"Apple iPhone 12","location":"31.8 N, 49.8 E"}""",
                    Thumbnail = Seed.Png,
                });
            }

            await db.SaveChangesAsync();
            await new GroupMedia(db, TimeProvider.System).AddAsync([first, copy]);
        }

        return (incident, first, copy);
    }

    [Fact]
    public async Task A_viewer_sees_the_other_files_of_the_media_item_but_not_file_names_device_or_location()
    {
        var (_, first, copy) = await SeedAsync();
        var viewer = await _factory.ClientAsync("viewer");
        var html = await viewer.GetStringAsync($"/media/{copy}");
        Assert.DoesNotContain("izeh-original.jpg", html);
        Assert.DoesNotContain("izeh-repost.jpg", html);
        Assert.Contains($"evidence {first[..12]}", html);
        Assert.Contains($"/media/{first}", html);
        Assert.Contains("<td>3</td>", html);
        Assert.DoesNotContain("iPhone", html);
        Assert.DoesNotContain("49.8 E", html);
        Assert.Contains("640 × 480", html);

        var editor = await _factory.ClientAsync("editor");
        var editorHtml = await editor.GetStringAsync($"/media/{copy}");
        Assert.Contains("Apple iPhone 12", editorHtml);
        Assert.Contains("izeh-original.jpg", editorHtml);
        Assert.Contains("31.8 N, 49.8 E", editorHtml);

        using var thumbnail = await viewer.GetAsync($"/api/v1/evidence/{first}/thumbnail");
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType!.MediaType);
        var api = await viewer.GetStringAsync($"/api/v1/media/{first}");
        Assert.DoesNotContain("iPhone", api);
        Assert.DoesNotContain("izeh-repost.jpg", api);
        Assert.Contains("izeh-repost.jpg", await editor.GetStringAsync($"/api/v1/media/{first}"));
    }

    [Fact]
    public async Task An_editor_attaches_the_media_item_to_a_suggested_incident_and_the_incident_page_shows_it()
    {
        var (incident, first, _) = await SeedAsync();
        var editor = await _factory.ClientAsync("editor");
        var page = await editor.GetStringAsync($"/media/{first}");
        Assert.Contains($"<option value=\"{incident}\"", page);

        var fields = new Dictionary<string, string> { ["incident"] = incident.ToString(), ["__RequestVerificationToken"] = await VigilWebFactory.TokenAsync(editor, "/account/tokens") };
        using var response = await editor.PostAsync($"/media/{first}?handler=attach", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var incidentPage = await editor.GetStringAsync($"/incidents/{incident}");
        Assert.Contains("Footage and photos (1)", incidentPage);
        Assert.Contains($"/api/v1/evidence/{first}/thumbnail", incidentPage);
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
        var entry = await db.AuditEntries.Where(e => e.SubjectType == "incident_media").OrderBy(e => e.Sequence).LastAsync();
        Assert.Equal(("web:editor-user", "media.attached"), (entry.Actor, entry.Action));

        var viewer = await _factory.ClientAsync("viewer");
        fields["__RequestVerificationToken"] = await VigilWebFactory.TokenAsync(viewer, "/account/tokens");
        using var refused = await viewer.PostAsync($"/media/{first}?handler=detach", new FormUrlEncodedContent(fields));
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.True(await db.IncidentMedia.AnyAsync(l => l.IncidentId == incident));
    }
}
