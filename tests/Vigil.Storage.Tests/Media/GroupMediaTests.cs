using Microsoft.EntityFrameworkCore;
using Vigil.Core.Media;
using Vigil.Storage.Evidence;
using Vigil.Storage.Media;
using Vigil.Storage.Tests.Database;

namespace Vigil.Storage.Tests.Media;

/// <summary>Media items kept at ingest: a new file joins the item of the files it matches, starts one, or merges two.</summary>
public abstract class GroupMediaTests : StoreTest
{
    [StoreFact]
    public async Task A_file_cropped_from_a_stored_photo_joins_its_item_when_ingested_alone()
    {
        var original = WriteInput("izeh-original.jpg", DrawnPhotos.Jpeg(3));
        var unrelated = WriteInput("zahedan.jpg", DrawnPhotos.Jpeg(4));
        await IngestAsync(original, unrelated);
        var crop = WriteInput("later/izeh-cropped.jpg", DrawnPhotos.Jpeg(3, cropLeft: 64));
        var outcome = Assert.Single(await IngestAsync(crop));

        await using var db = OpenDb();
        var item = await new FindMediaItems(db).OfAsync(outcome.Id!);
        Assert.NotNull(item);
        Assert.Equal(["izeh-original.jpg", "izeh-cropped.jpg"], item.Files.Select(f => f.FileName));
        Assert.Equal(Sha256(File.ReadAllBytes(original)), item.Id);
        Assert.Equal(item.Id, item.Files[1].MatchedEvidenceId);
        Assert.InRange(item.Files[1].Distance!.Value, 0, 9);
        Assert.Null(await new FindMediaItems(db).OfAsync(Sha256(File.ReadAllBytes(unrelated))));
        Assert.Equal([1, 2], await db.MediaItems.OrderBy(i => i.FileCount).Select(i => i.FileCount).ToListAsync());
        Assert.Equal(item.Id, Assert.Single(await new FindMediaItems(db).AllAsync()).Id);
    }

    [StoreFact]
    public async Task A_file_matching_two_items_merges_them()
    {
        // A and B are 12 bits apart (two items); X is 6 bits from each, so it bridges them.
        const ulong a = 0x0F0F_1234_5678_9ABCUL;
        var b = a ^ 0xFFFUL;
        var x = a ^ 0x3FUL;
        await using (var db = OpenDb())
        {
            foreach (var (id, hash) in new[] { ("a", a), ("b", b), ("x", x) })
            {
                var evidenceId = id.PadLeft(64, '0');
                db.Evidence.Add(new EvidenceFile { Id = evidenceId, FileName = id + ".jpg", MediaType = "image/jpeg", MetadataJson = "{}", IngestedAt = StoredAt });
                db.EvidenceFingerprints.Add(new EvidenceFingerprint { EvidenceId = evidenceId, Frames = new MediaFingerprint(false, [new MediaFrame(0, hash, hash, Enumerable.Repeat(hash, MediaFrame.CropRegions.Count).ToArray())]).ToBytes(), FrameCount = 1, FactsJson = "{}" });
            }

            await db.SaveChangesAsync();
            var grouping = new GroupMedia(db, Clock);
            Assert.Equal(2, await grouping.AddAsync(["a".PadLeft(64, '0'), "b".PadLeft(64, '0')]));
            Assert.Equal(2, await db.MediaItems.CountAsync());
            Assert.Equal(1, await grouping.AddAsync(["x".PadLeft(64, '0')]));
        }

        await using (var db = OpenDb())
        {
            var stored = await db.MediaItems.SingleAsync();
            Assert.Equal(3, stored.FileCount);
            var item = await new FindMediaItems(db).OfAsync("b".PadLeft(64, '0'));
            Assert.Equal(["a.jpg", "b.jpg", "x.jpg"], item!.Files.Select(f => f.FileName).Order());
            Assert.Equal(6, item.Files.Single(f => f.FileName == "x.jpg").Distance);
            // Already grouped: nothing joins twice.
            Assert.Equal(0, await new GroupMedia(db, Clock).CatchUpAsync());
        }
    }
}
