using Vigil.Core.Media;

namespace Vigil.Core.Tests.Media;

public class PerceptualHashTests
{
    private static LumaImage Scene(int seed, int width, int height, int noise = 0) => Scenes.Draw(seed, width, height, noise);

    [Fact]
    public void The_same_scene_at_another_size_and_with_noise_is_a_few_bits_away()
    {
        var original = PerceptualHash.Dct(Scene(1, 640, 480));
        var copy = PerceptualHash.Dct(Scene(1, 320, 240, noise: 12));
        Assert.InRange(PerceptualHash.Distance(original, copy), 0, 4);
    }

    [Fact]
    public void Unrelated_scenes_differ_in_many_bits()
    {
        var distances = Enumerable.Range(2, 20).Select(seed => PerceptualHash.Distance(PerceptualHash.Dct(Scene(1, 320, 240)), PerceptualHash.Dct(Scene(seed, 320, 240)))).ToList();
        Assert.All(distances, d => Assert.InRange(d, 12, 64));
    }

    [Fact]
    public void A_flat_picture_is_blank_and_a_scene_is_not()
    {
        Assert.True(new LumaImage(64, 48, Enumerable.Repeat((byte)17, 64 * 48).ToArray()).IsBlank());
        Assert.False(Scene(3, 64, 48).IsBlank());
    }

    [Fact]
    public void A_copy_cropped_by_a_tenth_on_one_side_matches_through_the_crop_hashes()
    {
        var original = Scene(5, 600, 400);
        var pixels = new byte[540 * 400];
        for (var y = 0; y < 400; y++)
        {
            Array.Copy(original.Pixels, y * 600 + 60, pixels, y * 540, 540);
        }

        var cropped = new LumaImage(540, 400, pixels);
        var a = MediaFrame.Of(original);
        var b = MediaFrame.Of(cropped);
        Assert.InRange(a.DistanceTo(b), 0, 3);
        Assert.True(a.DistanceTo(b) < PerceptualHash.Distance(a.Dct, b.Dct));
    }

    [Fact]
    public void A_fingerprint_survives_its_bytes()
    {
        var fingerprint = new MediaFingerprint(true, [MediaFrame.Of(Scene(1, 100, 80), 0), MediaFrame.Of(Scene(2, 100, 80), 0.5)]);
        var back = MediaFingerprint.FromBytes(true, fingerprint.ToBytes())!;
        Assert.Equal(fingerprint.Frames.Select(f => (f.Seconds, f.Dct, f.Centre)), back.Frames.Select(f => (f.Seconds, f.Dct, f.Centre)));
        Assert.Equal(fingerprint.Frames[1].Crops, back.Frames[1].Crops);
        Assert.Null(MediaFingerprint.FromBytes(false, new byte[7]));
    }
}
