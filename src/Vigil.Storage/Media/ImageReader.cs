using SkiaSharp;
using Vigil.Core.Media;

namespace Vigil.Storage.Media;

/// <summary>Decodes photos with SkiaSharp into a fingerprint and a thumbnail, refusing oversized or broken ones with a reason.</summary>
internal static class ImageReader
{
    private const int HashSide = 256;
    private const int ThumbnailSide = 320;

    public static MediaReading Read(string path, MediaFormat format, MediaOptions options)
    {
        using var stream = File.OpenRead(path);
        using var codec = SKCodec.Create(stream, out var result);
        var facts = new MediaFacts { Format = format.ToString().ToLowerInvariant() };
        if (codec is null)
        {
            return MediaReading.Failed($"not a readable {facts.Format} image ({Describe(result)})", facts);
        }

        var info = codec.Info;
        var turns = codec.EncodedOrigin switch
        {
            SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftTop => 1,
            SKEncodedOrigin.BottomRight or SKEncodedOrigin.BottomLeft => 2,
            SKEncodedOrigin.LeftBottom or SKEncodedOrigin.RightBottom => 3,
            _ => 0,
        };
        facts = turns % 2 == 1 ? facts with { Width = info.Height, Height = info.Width } : facts with { Width = info.Width, Height = info.Height };
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > options.MaxImagePixels)
        {
            return MediaReading.Failed($"declares {info.Width} × {info.Height} pixels, more than the limit of {options.MaxImagePixels / 1e6:0.#} million: not decoded (a decompression bomb, or raise the limit)", facts);
        }

        // JPEG decodes at 1/2, 1/4 or 1/8 scale for free; the hash needs only 32 × 32.
        var scale = Math.Min(1f, (float)HashSide / Math.Min(info.Width, info.Height));
        var size = codec.GetScaledDimensions(scale);
        var target = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(target);
        var decoded = codec.GetPixels(target, bitmap.GetPixels());
        if (decoded == SKCodecResult.IncompleteInput)
        {
            return MediaReading.Failed($"truncated {facts.Format}: the image data ends early", facts);
        }

        if (decoded != SKCodecResult.Success)
        {
            return MediaReading.Failed($"cannot decode the {facts.Format} image ({Describe(decoded)})", facts);
        }

        var luma = LumaImage.FromRgb(size.Width, size.Height, bitmap.GetPixelSpan(), 4).Rotate(turns);
        if (luma.IsBlank())
        {
            return MediaReading.Failed("the picture is one flat tone: nothing to match", facts) with { Thumbnail = Thumbnail(bitmap, turns) };
        }

        return new MediaReading { Fingerprint = new MediaFingerprint(false, [MediaFrame.Of(luma)]), Facts = facts, Thumbnail = Thumbnail(bitmap, turns) };
    }

    internal static byte[] Thumbnail(SKBitmap bitmap, int turns)
    {
        var ratio = Math.Min(1f, (float)ThumbnailSide / Math.Max(bitmap.Width, bitmap.Height));
        var info = new SKImageInfo(Math.Max(1, (int)(bitmap.Width * ratio)), Math.Max(1, (int)(bitmap.Height * ratio)), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var small = bitmap.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var turned = Turn(small, turns);
        using var image = SKImage.FromBitmap(turned);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 75);
        return data.ToArray();
    }

    private static SKBitmap Turn(SKBitmap source, int turns)
    {
        var (w, h) = turns % 2 == 1 ? (source.Height, source.Width) : (source.Width, source.Height);
        var turned = new SKBitmap(w, h, source.ColorType, source.AlphaType);
        using var canvas = new SKCanvas(turned);
        canvas.Translate(w / 2f, h / 2f);
        canvas.RotateDegrees(90 * turns);
        canvas.Translate(-source.Width / 2f, -source.Height / 2f);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
        return turned;
    }

    private static string Describe(SKCodecResult result) => result switch
    {
        SKCodecResult.InvalidInput => "the data is invalid",
        SKCodecResult.IncompleteInput => "the data ends early",
        SKCodecResult.Unimplemented => "a variant the decoder does not support",
        SKCodecResult.InternalError or SKCodecResult.ErrorInInput => "the data is corrupt",
        _ => result.ToString(),
    };
}
