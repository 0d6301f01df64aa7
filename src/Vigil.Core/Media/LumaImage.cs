namespace Vigil.Core.Media;

/// <summary>
/// A picture reduced to its brightness: one byte per pixel, row by row. Decoders (in Storage) produce
/// it from photos and video frames; <see cref="PerceptualHash"/> reads it. Colour is left out on
/// purpose: re-posts change saturation, white balance and colour profiles far more than brightness.
/// </summary>
public sealed class LumaImage
{
    /// <summary>Wraps <paramref name="pixels"/> (width × height bytes, row-major) without copying.</summary>
    public LumaImage(int width, int height, byte[] pixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfNotEqual(pixels.Length, width * height);
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>Brightness 0–255, row-major.</summary>
    public byte[] Pixels { get; }

    /// <summary>
    /// Brightness from interleaved 8-bit colour (<paramref name="channels"/> 3 for RGB, 4 for RGBA/BGRA
    /// whose first three are R,G,B or B,G,R — the weights below differ little enough for either order not
    /// to matter to a hash), using BT.601 weights.
    /// </summary>
    public static LumaImage FromRgb(int width, int height, ReadOnlySpan<byte> rgb, int channels, bool bgr = false)
    {
        var pixels = new byte[width * height];
        var (wr, wb) = bgr ? (29, 77) : (77, 29);
        for (int i = 0, p = 0; i < pixels.Length; i++, p += channels)
        {
            pixels[i] = (byte)((rgb[p] * wr + rgb[p + 1] * 150 + rgb[p + 2] * wb) >> 8);
        }

        return new LumaImage(width, height, pixels);
    }

    /// <summary>
    /// Whether the picture is (nearly) one flat tone — a black frame, a blank page: its hash would be noise,
    /// so it must not be matched against anything.
    /// </summary>
    public bool IsBlank()
    {
        var grid = Grid(16);
        var mean = grid.Average();
        var variance = grid.Sum(v => (v - mean) * (v - mean)) / grid.Length;
        return variance < 4;
    }

    /// <summary>The picture averaged down to <paramref name="size"/> × <paramref name="size"/> (the aspect ratio is not kept: hashes ignore it).</summary>
    public LumaImage Reduce(int size)
    {
        var grid = Grid(size);
        var pixels = new byte[grid.Length];
        for (var i = 0; i < grid.Length; i++)
        {
            pixels[i] = (byte)Math.Clamp(MathF.Round(grid[i]), 0, 255);
        }

        return new LumaImage(size, size, pixels);
    }

    /// <summary>The picture turned clockwise by <paramref name="quarterTurns"/> × 90° (how a camera's orientation tag says to show it).</summary>
    public LumaImage Rotate(int quarterTurns)
    {
        var turns = ((quarterTurns % 4) + 4) % 4;
        if (turns == 0)
        {
            return this;
        }

        var (w, h) = turns == 2 ? (Width, Height) : (Height, Width);
        var pixels = new byte[Pixels.Length];
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var (nx, ny) = turns switch
                {
                    1 => (Height - 1 - y, x),
                    2 => (Width - 1 - x, Height - 1 - y),
                    _ => (y, Width - 1 - x),
                };
                pixels[ny * w + nx] = Pixels[y * Width + x];
            }
        }

        return new LumaImage(w, h, pixels);
    }

    /// <summary>
    /// The area-averaged <paramref name="size"/> × <paramref name="size"/> grid of the region
    /// (fractions of width and height). Every source pixel contributes with the share of it that falls
    /// into each cell, so the result does not depend on how large the picture was.
    /// </summary>
    internal float[] Grid(int size, float left = 0, float top = 0, float right = 1, float bottom = 1)
    {
        var x0 = left * Width;
        var y0 = top * Height;
        var cellW = (right - left) * Width / size;
        var cellH = (bottom - top) * Height / size;
        // Column sums per output column, then rows: separable box filter with fractional edges.
        var columns = new float[Height * size];
        for (var y = 0; y < Height; y++)
        {
            var row = y * Width;
            for (var c = 0; c < size; c++)
            {
                columns[y * size + c] = Span<byte>(Pixels.AsSpan(row, Width), x0 + c * cellW, x0 + (c + 1) * cellW);
            }
        }

        var grid = new float[size * size];
        var column = new float[Height];
        for (var c = 0; c < size; c++)
        {
            for (var y = 0; y < Height; y++)
            {
                column[y] = columns[y * size + c];
            }

            for (var r = 0; r < size; r++)
            {
                grid[r * size + c] = Span<float>(column, y0 + r * cellH, y0 + (r + 1) * cellH) / (cellW * cellH);
            }
        }

        return grid;
    }

    // The sum of line[from..to) with fractional ends weighted by the share of the sample they cover; for
    // pixel rows (bytes) and for column sums (floats) alike, specialised per type by the JIT.
    private static float Span<T>(ReadOnlySpan<T> line, float from, float to)
        where T : System.Numerics.INumberBase<T>
    {
        var sum = 0f;
        var first = (int)MathF.Floor(from);
        var last = Math.Min(line.Length - 1, (int)MathF.Ceiling(to) - 1);
        for (var i = Math.Max(0, first); i <= last; i++)
        {
            var share = MathF.Min(to, i + 1) - MathF.Max(from, i);
            sum += float.CreateTruncating(line[i]) * share;
        }

        return sum;
    }
}
