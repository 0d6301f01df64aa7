using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.Storage.Database;
using Vigil.Storage.Media;
using Vigil.Storage.Tests.Media;

namespace Vigil.Web.Tests.Media;

/// <summary>Without ffmpeg the app still runs: photos are fingerprinted, and it says so on start and on the media page.</summary>
public sealed class NoFfmpegTests
{
    [Fact]
    public async Task Without_ffmpeg_the_app_says_so_on_start_and_on_the_media_page_and_still_fingerprints_photos()
    {
        await using var factory = new VigilWebFactory { FfmpegFolder = Directory.CreateTempSubdirectory("vigil-no-ffmpeg-").FullName };
        var client = await factory.ClientAsync("contributor");
        Assert.Contains(factory.Logs, l => l.Level == LogLevel.Warning && l.Message == MediaReader.NoFfmpegNotice);

        var token = await VigilWebFactory.TokenAsync(client, "/submit");
        var photo = DrawnPhotos.Jpeg(77);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Students marched in Sanandaj on 2022-10-08, witnesses said.") , "Text" },
            { new ByteArrayContent(photo), "Evidence", "sanandaj.jpg" },
        };
        (await client.PostAsync("/submit", form)).EnsureSuccessStatusCode();
        var id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(photo));
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            var print = db.EvidenceFingerprints.Single(f => f.EvidenceId == id);
            Assert.Equal((1, null), (print.FrameCount, print.Error));
        }

        var page = await (await factory.ClientAsync("viewer")).GetStringAsync($"/media/{id}");
        Assert.Contains(MediaReader.NoFfmpegNotice, page);
        Directory.Delete(factory.FfmpegFolder!, recursive: true);
    }

    [Fact]
    public async Task With_ffmpeg_there_is_no_notice()
    {
        await using var factory = new VigilWebFactory();
        _ = factory.Server;
        Assert.DoesNotContain(factory.Logs, l => l.Message == MediaReader.NoFfmpegNotice);
    }
}
