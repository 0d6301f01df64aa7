using Vigil.Core.Media;

namespace Vigil.Core.Tests.Media;

/// <summary>Drawn test pictures.</summary>
internal static class Scenes
{
    // A scene of bright and dark blocks placed by the seed, drawn at any size.
    public static LumaImage Draw(int seed, int width, int height, int noise = 0)
    {
        var random = new Random(seed);
        var blocks = Enumerable.Range(0, 12).Select(_ => (X: random.NextDouble(), Y: random.NextDouble(), W: 0.1 + random.NextDouble() * 0.3, H: 0.1 + random.NextDouble() * 0.3, V: (byte)random.Next(256))).ToList();
        var grain = new Random(seed * 7 + noise);
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                double fx = (double)x / width, fy = (double)y / height;
                var value = 40 + 100 * fx;
                foreach (var b in blocks)
                {
                    if (fx >= b.X && fx < b.X + b.W && fy >= b.Y && fy < b.Y + b.H)
                    {
                        value = b.V;
                    }
                }

                pixels[y * width + x] = (byte)Math.Clamp(value + (noise > 0 ? grain.Next(-noise, noise + 1) : 0), 0, 255);
            }
        }

        return new LumaImage(width, height, pixels);
    }

    /// <summary>The picture with <paramref name="left"/> pixels cut off its left side.</summary>
    public static LumaImage CropLeft(LumaImage image, int left)
    {
        var width = image.Width - left;
        var pixels = new byte[width * image.Height];
        for (var y = 0; y < image.Height; y++)
        {
            Array.Copy(image.Pixels, y * image.Width + left, pixels, y * width, width);
        }

        return new LumaImage(width, image.Height, pixels);
    }
}
