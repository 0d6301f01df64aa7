using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage.Database;
using Vigil.Storage.Tests.Media;

namespace Vigil.Web.Tests.Media;

/// <summary>Photos submitted through the web form are fingerprinted and grouped like those of <c>vigil ingest</c>.</summary>
public sealed class SubmittedMediaTests : IClassFixture<VigilWebFactory>
{
    private readonly VigilWebFactory _factory;

    public SubmittedMediaTests(VigilWebFactory factory) => _factory = factory;

    private static async Task SubmitAsync(HttpClient client, string text, string fileName, byte[] photo)
    {
        var token = await VigilWebFactory.TokenAsync(client, "/submit");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(text), "Text" },
            { new ByteArrayContent(photo), "Evidence", fileName },
        };
        using var response = await client.PostAsync("/submit", form);
        response.EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_submitted_photo_is_fingerprinted_and_a_later_cropped_copy_joins_its_media_item()
    {
        var client = await _factory.ClientAsync("contributor");
        var original = DrawnPhotos.Jpeg(41);
        var crop = DrawnPhotos.Jpeg(41, cropLeft: 64);
        await SubmitAsync(client, "Crowds gathered on the main street of Izeh on 2022-11-16.", "street.jpg", original);
        await SubmitAsync(client, "A channel re-posted footage of the Izeh street on 2022-11-17.", "repost.jpg", crop);

        var (originalId, cropId) = (Convert.ToHexStringLower(SHA256.HashData(original)), Convert.ToHexStringLower(SHA256.HashData(crop)));
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            var prints = await db.EvidenceFingerprints.Where(f => f.EvidenceId == originalId || f.EvidenceId == cropId).ToListAsync();
            Assert.Equal(2, prints.Count);
            Assert.All(prints, p => Assert.Equal((1, null), (p.FrameCount, p.Error)));
        }

        var editor = await _factory.ClientAsync("editor");
        using var json = JsonDocument.Parse(await editor.GetStringAsync($"/api/v1/media/{cropId}"));
        var files = json.RootElement.GetProperty("item").EnumerateArray().ToList();
        Assert.Equal([originalId, cropId], files.Select(f => f.GetProperty("evidenceId").GetString()));
        Assert.Equal(originalId, files[1].GetProperty("matchedEvidenceId").GetString());
    }
}
