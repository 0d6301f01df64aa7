using System.Numerics;

namespace Vigil.Core.Media;

/// <summary>
/// 64-bit perceptual hashes of a picture. Two copies of one picture (re-encoded, resized, lightly
/// watermarked) have hashes a few bits apart; unrelated pictures differ in about half of the 64 bits.
/// </summary>
public static class PerceptualHash
{
    private const int Size = 32;
    private const int Low = 8;
    private static readonly float[] Cosines = BuildCosines();

    /// <summary>
    /// The DCT hash (pHash): the picture averaged down to 32 × 32, its 8 × 8 lowest-frequency DCT
    /// coefficients, one bit per coefficient set when it is above their median. Robust to
    /// compression, scaling, brightness and contrast; a crop shifts it by a few bits per percent.
    /// </summary>
    public static ulong Dct(LumaImage image) => FromGrid(image.Grid(Size));

    /// <summary>
    /// The DCT hash of the central region (<paramref name="margin"/> cut from every side, default 10 %).
    /// Borders are where re-posters put logos, captions, letterboxing and crops; the centre survives them,
    /// so this second hash still matches when the whole-picture hash has drifted.
    /// </summary>
    public static ulong Centre(LumaImage image, float margin = 0.1f) => FromGrid(image.Grid(Size, margin, margin, 1 - margin, 1 - margin));

    /// <summary>The DCT hash of a region given as fractions of the width and height.</summary>
    public static ulong Region(LumaImage image, float left, float top, float right, float bottom) => FromGrid(image.Grid(Size, left, top, right, bottom));

    /// <summary>The number of bits in which two hashes differ (0–64).</summary>
    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    private static ulong FromGrid(float[] grid)
    {
        // Rows first, then columns: only the 8 lowest frequencies of each are needed.
        Span<float> rows = stackalloc float[Low * Size];
        for (var v = 0; v < Low; v++)
        {
            for (var x = 0; x < Size; x++)
            {
                var sum = 0f;
                for (var y = 0; y < Size; y++)
                {
                    sum += grid[y * Size + x] * Cosines[v * Size + y];
                }

                rows[v * Size + x] = sum;
            }
        }

        Span<float> coefficients = stackalloc float[Low * Low];
        for (var v = 0; v < Low; v++)
        {
            for (var u = 0; u < Low; u++)
            {
                var sum = 0f;
                for (var x = 0; x < Size; x++)
                {
                    sum += rows[v * Size + x] * Cosines[u * Size + x];
                }

                coefficients[v * Low + u] = sum;
            }
        }

        // The DC term (overall brightness) says nothing about the picture's layout: leave it out of
        // the median, or a dark and a light picture of the same scene would disagree on many bits.
        Span<float> sorted = stackalloc float[Low * Low - 1];
        coefficients[1..].CopyTo(sorted);
        sorted.Sort();
        var median = (sorted[31] + sorted[30]) / 2;
        ulong hash = 0;
        for (var i = 1; i < Low * Low; i++)
        {
            if (coefficients[i] > median)
            {
                hash |= 1UL << i;
            }
        }

        // Bit 0 (DC) stays clear: a constant, so it never adds distance.
        return hash;
    }

    private static float[] BuildCosines()
    {
        var table = new float[Low * Size];
        for (var u = 0; u < Low; u++)
        {
            for (var x = 0; x < Size; x++)
            {
                table[u * Size + x] = MathF.Cos((2 * x + 1) * u * MathF.PI / (2 * Size));
            }
        }

        return table;
    }
}
