using Microsoft.EntityFrameworkCore;
using Vigil.Core.Media;
using Vigil.Storage.Evidence;
using Vigil.Storage.Ingest;
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
            // What the bench's time breakdown counts: one look-up per file; only x's finds anything (a and b).
            Assert.Equal(3, grouping.Times.Lookups);
            Assert.Equal(2, grouping.Times.Candidates);
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

    [StoreFact]
    public async Task A_file_bridging_two_items_started_in_the_same_call_merges_them()
    {
        // As above, but all three files grouped in one call: the merge happens among items not yet stored.
        await AddPrintsAsync(("a", Bridge.A), ("b", Bridge.B), ("x", Bridge.X));
        await using var db = OpenDb();
        Assert.Equal(3, await new GroupMedia(db, Clock).AddAsync([Id("a"), Id("b"), Id("x")]));
        var stored = await db.MediaItems.SingleAsync();
        Assert.Equal(3, stored.FileCount);
        Assert.Equal([stored.Id, stored.Id, stored.Id], await db.MediaItemMembers.Select(m => m.MediaItemId).ToListAsync());
    }

    [StoreFact]
    public async Task A_copy_grouped_while_another_writer_groups_its_original_waits_and_joins_the_same_item()
    {
        await AddPrintsAsync(("a", Bridge.A), ("near-a", Bridge.A ^ 0x7UL));
        await using var first = OpenDb();
        await using var second = OpenDb();
        // The first writer has grouped its file but not committed (an ingest transaction still open).
        await using (var transaction = await first.Database.BeginTransactionAsync())
        {
            Assert.Equal(1, await new GroupMedia(first, Clock).AddAsync([Id("a")]));
            var other = Task.Run(() => new GroupMedia(second, Clock).AddAsync([Id("near-a")]));
            await Task.Delay(500);
            Assert.False(other.IsCompleted, "the second writer must wait for the first one's media lock");
            await transaction.CommitAsync();
            Assert.Equal(1, await other);
        }

        await using var db = OpenDb();
        var item = await db.MediaItems.SingleAsync();
        Assert.Equal(2, item.FileCount);
        Assert.Equal(Id("a"), (await db.MediaItemMembers.SingleAsync(m => m.EvidenceId == Id("near-a"))).MatchedEvidenceId);
    }

    [StoreFact]
    public async Task Two_ingests_of_copies_of_the_same_photos_run_at_the_same_time_give_one_item_per_photo()
    {
        var seeds = new[] { 21, 22, 23, 24 };
        var originals = seeds.Select(s => WriteInput($"one/photo{s}.jpg", DrawnPhotos.Jpeg(s))).ToArray();
        var crops = seeds.Select(s => WriteInput($"two/photo{s}-cropped.jpg", DrawnPhotos.Jpeg(s, cropLeft: 48))).ToArray();

        var outcomes = await Task.WhenAll(Task.Run(() => IngestAsync(originals)), Task.Run(() => IngestAsync(crops)));

        Assert.All(outcomes.SelectMany(o => o), o => Assert.Equal(IngestStatus.Stored, o.Status));
        await using var db = OpenDb();
        Assert.Equal([2, 2, 2, 2], await db.MediaItems.Select(i => i.FileCount).ToListAsync());
        foreach (var seed in seeds)
        {
            var item = await new FindMediaItems(db).OfAsync(Sha256(File.ReadAllBytes(originals[seed - 21])));
            Assert.Equal([$"photo{seed}.jpg", $"photo{seed}-cropped.jpg"], item!.Files.Select(f => f.FileName).Order(StringComparer.Ordinal).Reverse());
        }
    }

    private static string Id(string name) => name.PadLeft(64, '0');

    private async Task AddPrintsAsync(params (string Name, ulong Hash)[] files)
    {
        await using var db = OpenDb();
        foreach (var (name, hash) in files)
        {
            db.Evidence.Add(new EvidenceFile { Id = Id(name), FileName = name + ".jpg", MediaType = "image/jpeg", MetadataJson = "{}", IngestedAt = StoredAt });
            db.EvidenceFingerprints.Add(new EvidenceFingerprint { EvidenceId = Id(name), Frames = new MediaFingerprint(false, [new MediaFrame(0, hash, hash, Enumerable.Repeat(hash, MediaFrame.CropRegions.Count).ToArray())]).ToBytes(), FrameCount = 1, FactsJson = "{}" });
        }

        await db.SaveChangesAsync();
    }

    // A and B are 12 bits apart (two items); X is 6 bits from each, so it bridges them.
    private static class Bridge
    {
        public const ulong A = 0x0F0F_1234_5678_9ABCUL;
        public const ulong B = A ^ 0xFFFUL;
        public const ulong X = A ^ 0x3FUL;
    }
}
