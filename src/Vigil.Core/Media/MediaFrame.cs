namespace Vigil.Core.Media;

/// <summary>One picture of a media file: a photo's only one, or a video frame sampled at <see cref="Seconds"/>.</summary>
/// <param name="Seconds">Time in the video (0 for a photo).</param>
/// <param name="Dct">Whole-picture DCT hash (<see cref="PerceptualHash.Dct"/>).</param>
/// <param name="Centre">Central-region DCT hash (<see cref="PerceptualHash.Centre"/>).</param>
/// <param name="Crops">DCT hashes of the picture as the usual crops would leave it (<see cref="CropRegions"/>), in that order.</param>
public readonly record struct MediaFrame(double Seconds, ulong Dct, ulong Centre, ulong[] Crops)
{
    /// <summary>
    /// The crops re-posters make, as (left, top, right, bottom) fractions: 10 % off one side, 5 % off
    /// every side, 8 % off two sides at a corner. A copy cropped so has a whole-picture hash close to
    /// the original's hash of that region, which a whole-to-whole comparison would miss.
    /// </summary>
    public static IReadOnlyList<(float Left, float Top, float Right, float Bottom)> CropRegions { get; } =
    [
        (0.1f, 0, 1, 1), (0, 0, 0.9f, 1), (0, 0.1f, 1, 1), (0, 0, 1, 0.9f),
        (0.05f, 0.05f, 0.95f, 0.95f),
        (0.08f, 0.08f, 1, 1), (0, 0.08f, 0.92f, 1), (0.08f, 0, 1, 0.92f), (0, 0, 0.92f, 0.92f),
    ];

    /// <summary>All hashes of <paramref name="image"/>, taken at <paramref name="seconds"/>.</summary>
    public static MediaFrame Of(LumaImage image, double seconds = 0)
    {
        // Eleven hashes read the same picture: average it down once (128 × 128 keeps crops exact to under 1 %).
        var small = image.Width * image.Height > 128 * 128 ? image.Reduce(128) : image;
        return new(seconds, PerceptualHash.Dct(small), PerceptualHash.Centre(small), CropRegions.Select(r => PerceptualHash.Region(small, r.Left, r.Top, r.Right, r.Bottom)).ToArray());
    }

    /// <summary>
    /// How far apart two pictures are (bits): the least of whole against whole, centre against centre
    /// (borders captioned or letterboxed), and each one's whole against the other's crops (one is a
    /// cropped copy of the other).
    /// </summary>
    public int DistanceTo(MediaFrame other)
    {
        var best = Math.Min(PerceptualHash.Distance(Dct, other.Dct), PerceptualHash.Distance(Centre, other.Centre));
        for (var i = 0; i < Crops.Length && i < other.Crops.Length; i++)
        {
            best = Math.Min(best, Math.Min(PerceptualHash.Distance(Dct, other.Crops[i]), PerceptualHash.Distance(Crops[i], other.Dct)));
        }

        return best;
    }
}
