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

    [Fact]
    public async Task Attach_and_detach_take_the_short_ids_lists_show_and_name_a_bad_one()
    {
        await IngestReportsAsync();
        MediaSetGenerator.Write(Path.Combine(Input, "photos"), images: 1, videos: 0, seed: 3);
        Assert.Equal(0, (await RunAsync("ingest", Input, "--no-extract")).ExitCode);
        string photo;
        await using (var db = new VigilDbContext(SqliteDatabase.Options(Path.Combine(Data, "vigil.db"))))
        {
            photo = await db.Evidence.Where(e => e.FileName == "img000-original.jpg").Select(e => e.Id).SingleAsync();
        }

        // As `vigil incidents` and `vigil media duplicates` show them: an incident's last 12 hex digits, a file's first 12.
        var shiraz = (await IdOfAsync("killing")).Replace("-", string.Empty, StringComparison.Ordinal)[^12..];
        var attach = await RunAsync("media", "attach", shiraz, photo[..12]);

        Assert.True(attach.ExitCode == 0, attach.ToString());
        Assert.Equal([photo], (await ExportedAsync("--type", "killing")).Single().GetProperty("media").EnumerateArray().Select(m => m.GetString()));
        AssertOneErrorLine(await RunAsync("media", "attach", "shiraz", photo[..12]), "error: incident: 'shiraz' is not an incident id (a UUID, or its last 6 to 12 hex digits)");
        AssertOneErrorLine(await RunAsync("media", "attach", shiraz, "abc"), "error: evidence: 'abc' is not an evidence file id (a SHA-256, or its first 6 or more hex digits)");
        AssertOneErrorLine(await RunAsync("media", "attach", shiraz, "000000000000"), "error: no evidence file starts with 000000000000");
        Assert.Equal(0, (await RunAsync("media", "detach", shiraz, photo[..12])).ExitCode);
        Assert.Empty((await ExportedAsync("--type", "killing")).Single().GetProperty("media").EnumerateArray());
    }
}
