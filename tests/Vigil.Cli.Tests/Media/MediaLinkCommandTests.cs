using Microsoft.EntityFrameworkCore;
using Vigil.Cli.Bench;
using Vigil.Cli.Tests.Incidents;
using Vigil.Storage.Database;
using Vigil.Storage.Sqlite;

namespace Vigil.Cli.Tests.Media;

public sealed class MediaLinkCommandTests : IncidentCliTest
{
    [Fact]
    public async Task An_older_store_is_fingerprinted_and_an_attached_item_travels_in_the_json_export()
    {
        await IngestReportsAsync();
        MediaSetGenerator.Write(Path.Combine(Input, "photos"), images: 1, videos: 0, seed: 3);
        Assert.Equal(0, (await RunAsync("ingest", Input, "--no-extract")).ExitCode);

        // A store from before fingerprints: no fingerprint rows and no media items at all.
        var options = SqliteDatabase.Options(Path.Combine(Data, "vigil.db"));
        string photo;
        await using (var db = new VigilDbContext(options))
        {
            await db.EvidenceFingerprints.ExecuteDeleteAsync();
            await db.MediaItemMembers.ExecuteDeleteAsync();
            await db.MediaItems.ExecuteDeleteAsync();
            photo = await db.Evidence.Where(e => e.FileName == "img000-original.jpg").Select(e => e.Id).SingleAsync();
        }

        Assert.Contains("no two evidence files", (await RunAsync("media", "duplicates")).Output, StringComparison.Ordinal);
        var fingerprint = await RunAsync("media", "fingerprint");
        Assert.Equal(0, fingerprint.ExitCode);
        Assert.Equal($"{1 + MediaSetGenerator.ImageTransforms.Length} fingerprinted, 0 not fingerprinted, {1 + MediaSetGenerator.ImageTransforms.Length} put into media items", fingerprint.OutputLines[^1]);
        Assert.Contains("img000-watermark.jpg", (await RunAsync("media", "duplicates")).Output, StringComparison.Ordinal);

        var shiraz = await IdOfAsync("killing");
        var attach = await RunAsync("media", "attach", shiraz, photo);
        Assert.True(attach.ExitCode == 0, attach.Error);
        Assert.Equal(4, (await RunAsync("media", "attach", shiraz, photo)).ExitCode); // already attached: a conflict
        var exported = (await ExportedAsync("--type", "killing")).Single();
        Assert.Equal([photo], exported.GetProperty("media").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(0, (await RunAsync("verify")).ExitCode);

        Assert.Equal(0, (await RunAsync("media", "detach", shiraz, photo)).ExitCode);
        Assert.Empty((await ExportedAsync("--type", "killing")).Single().GetProperty("media").EnumerateArray());
        Assert.Equal(0, (await RunAsync("verify")).ExitCode);
    }
}
