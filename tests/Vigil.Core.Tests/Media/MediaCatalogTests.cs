using Vigil.Core.Media;

namespace Vigil.Core.Tests.Media;

public class MediaCatalogTests
{
    private static MediaFrame Frame(double seconds, ulong hash) => new(seconds, hash, hash, Enumerable.Repeat(hash, MediaFrame.CropRegions.Count).ToArray());

    private static ulong Near(ulong hash, params int[] bits) => bits.Aggregate(hash, (h, b) => h ^ (1UL << b));

    [Fact]
    public void A_still_matches_the_video_it_was_grabbed_from_and_chains_join_one_item()
    {
        var shots = new ulong[] { 0x0F0F_1234_5678_9ABCUL, 0xF0F0_AAAA_5555_0F0FUL, 0x1357_9BDF_2468_ACE0UL };
        var video = new MediaFingerprint(true, shots.Select((h, i) => Frame(i * 0.5, h)).ToList());
        var trimmed = new MediaFingerprint(true, shots.Skip(1).Select((h, i) => Frame(i * 0.5, Near(h, 3, 40))).ToList());
        var still = new MediaFingerprint(false, [Frame(0, Near(shots[2], 1, 2, 3))]);
        var unrelated = new MediaFingerprint(false, [Frame(0, 0x5A5A_5A5A_5A5A_5A5AUL)]);
        var catalog = new MediaCatalog([video, unrelated, trimmed, null, still]);

        var matches = catalog.MatchesOf(4);
        Assert.Equal([0, 2], matches.Select(m => m.Other).Order());
        Assert.Equal(1.0, matches.Single(m => m.Other == 0).Match.Frames.Single().OtherSeconds);

        var groups = catalog.Groups();
        var group = Assert.Single(groups);
        Assert.Equal([0, 2, 4], group.Members);
        Assert.Equal(2, catalog.MatchesOf(0).Single(m => m.Other == 2).Match.Frames.Count);
    }

    [Fact]
    public void Two_videos_sharing_one_frame_of_many_are_not_the_same_footage()
    {
        var random = new Random(4);
        var a = new MediaFingerprint(true, Enumerable.Range(0, 10).Select(i => Frame(i, (ulong)random.NextInt64())).ToList());
        var b = new MediaFingerprint(true, [a.Frames[0], .. Enumerable.Range(1, 9).Select(i => Frame(i, (ulong)random.NextInt64()))]);
        Assert.Null(new MediaMatcher().Compare(a, b));
    }

    [Fact]
    public void One_file_looked_up_alone_finds_the_photo_it_was_cropped_from()
    {
        var original = new MediaFingerprint(false, [MediaFrame.Of(Scenes.Draw(21, 600, 400))]);
        var crop = new MediaFingerprint(false, [MediaFrame.Of(Scenes.CropLeft(Scenes.Draw(21, 600, 400), 60))]);
        var catalog = new MediaCatalog([original, new MediaFingerprint(false, [MediaFrame.Of(Scenes.Draw(22, 600, 400))]), crop]);
        Assert.Equal([0], catalog.MatchesOf(2).Select(m => m.Other));
        Assert.Equal([2], catalog.MatchesOf(0).Select(m => m.Other));
    }
}
