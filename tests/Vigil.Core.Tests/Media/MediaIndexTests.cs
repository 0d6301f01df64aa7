using Vigil.Core.Media;

namespace Vigil.Core.Tests.Media;

public class MediaIndexTests
{
    private static MediaFingerprint Photo(LumaImage image) => new(false, [MediaFrame.Of(image)]);

    [Fact]
    public void A_new_file_cropped_from_an_indexed_photo_finds_it()
    {
        var index = new MediaIndex();
        for (var seed = 1; seed <= 30; seed++)
        {
            index.Add(seed, MediaKeys.Of(Photo(Scenes.Draw(seed, 600, 400))));
        }

        var crop = Photo(Scenes.CropLeft(Scenes.Draw(7, 600, 400), 60));
        Assert.Contains(7, index.Candidates(crop));
        Assert.NotNull(new MediaMatcher().Compare(crop, Photo(Scenes.Draw(7, 600, 400))));
    }

    [Fact]
    public void A_new_photo_finds_an_indexed_copy_cropped_from_it()
    {
        var index = new MediaIndex();
        index.Add(1, MediaKeys.Of(Photo(Scenes.CropLeft(Scenes.Draw(9, 600, 400), 60))));
        index.Add(2, MediaKeys.Of(Photo(Scenes.Draw(10, 600, 400))));
        Assert.Equal([1], index.Candidates(Photo(Scenes.Draw(9, 600, 400))));
    }

    [Fact]
    public void Keys_survive_their_bytes_and_reject_other_shapes()
    {
        var frames = Enumerable.Range(0, 40).Select(i => MediaFrame.Of(Scenes.Draw(100 + i, 64, 48), i * 0.5)).ToList();
        var keys = MediaKeys.Of(new MediaFingerprint(true, frames));
        // 40 distinct shots: every third is indexed (14 ≤ 16), and every fourth of those has its crops indexed.
        Assert.Equal(14, keys.Whole.Length);
        Assert.Equal(MediaKeys.CroppedKeyframes * MediaFrame.CropRegions.Count, keys.Crops.Length);
        var back = MediaKeys.FromBytes(keys.ToBytes())!;
        Assert.Equal(keys.Whole, back.Whole);
        Assert.Equal(keys.Centre, back.Centre);
        Assert.Equal(keys.Crops, back.Crops);
        Assert.Null(MediaKeys.FromBytes(keys.ToBytes().AsSpan(0, keys.ToBytes().Length - 8)));
        Assert.Null(MediaKeys.FromBytes([1, 2, 3]));
    }
}
