using SkiaSharp;

namespace Vigil.Storage.Tests.Media;

/// <summary>Photos drawn by the tests (no image files in the repository).</summary>
public static class DrawnPhotos
{
    /// <summary>A street-like scene of blocks placed by <paramref name="seed"/>, 640 × 420, as JPEG bytes; <paramref name="cropLeft"/> pixels cut off its left side.</summary>
    public static byte[] Jpeg(int seed, int cropLeft = 0)
    {
        const int width = 640, height = 420;
        var random = new Random(seed);
        using var surface = SKSurface.Create(new SKImageInfo(width - cropLeft, height));
        var canvas = surface.Canvas;
        canvas.Translate(-cropLeft, 0);
        using var paint = new SKPaint();
        using (var shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [new SKColor(30, 40, 60), new SKColor(200, 190, 170)], SKShaderTileMode.Clamp))
        {
            paint.Shader = shader;
            canvas.DrawRect(0, 0, width, height, paint);
        }

        paint.Shader = null;
        for (var i = 0; i < 14; i++)
        {
            paint.Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
            canvas.DrawRect(random.Next(width), random.Next(height), 40 + random.Next(200), 40 + random.Next(160), paint);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }
}
