using System.Diagnostics;
using System.Globalization;
using SkiaSharp;

namespace Vigil.Cli.Bench;

/// <summary>
/// Writes the media evaluation set: drawn scenes and ffmpeg test-source videos (originals), each turned
/// into the copies re-posters make (re-encoded, resized, cropped, watermarked, trimmed, re-muxed, a
/// still grabbed), plus unrelated originals as distractors. Deterministic for a seed; needs nothing
/// downloaded (videos need ffmpeg).
/// </summary>
internal static class MediaSetGenerator
{
    private static readonly string? Font = new[] { "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" }.FirstOrDefault(File.Exists);
    private static readonly string[] Words = ["ZAHEDAN", "IZEH", "TEHRAN", "MAHSA", "STRIKE", "NIGHT 3", "SQUARE", "BAZAAR", "UNIVERSITY", "MARCH"];

    /// <summary>The image copies made of each drawn scene.</summary>
    public static readonly string[] ImageTransforms = ["jpeg-q30", "png-resave", "resize-50", "resize-200", "crop-10-side", "crop-5-each", "watermark", "repost-combo"];

    /// <summary>The video copies made of each test-source video.</summary>
    public static readonly string[] VideoTransforms = ["reencode-crf40", "resize-50", "trim", "remux-mov", "crop-8", "watermark", "still"];

    /// <summary>Writes <paramref name="images"/> drawn scenes and <paramref name="videos"/> videos with their copies into <paramref name="folder"/>.</summary>
    public static MediaSet Write(string folder, int images, int videos, int seed, bool withFfmpeg = true, int videoSeconds = 8)
    {
        Directory.CreateDirectory(folder);
        var files = new List<MediaSetFile>();
        var random = new Random(seed);
        for (var i = 0; i < images; i++)
        {
            using var scene = Scene(random, i);
            var original = Path.Combine(folder, $"img{i:000}-original.jpg");
            Save(scene, original, SKEncodedImageFormat.Jpeg, 90);
            files.Add(new MediaSetFile(original, $"img{i}", "original"));
            foreach (var transform in ImageTransforms)
            {
                var path = Path.Combine(folder, $"img{i:000}-{transform}.{(transform == "png-resave" ? "png" : "jpg")}");
                Transform(scene, transform, path, random);
                files.Add(new MediaSetFile(path, $"img{i}", transform));
            }
        }

        if (withFfmpeg)
        {
            for (var v = 0; v < videos; v++)
            {
                var original = Path.Combine(folder, $"vid{v:000}-original.mp4");
                Ffmpeg($"-f lavfi -i \"{Source(v, seed)}\" -t {videoSeconds} -c:v libx264 -preset veryfast -crf 23 -pix_fmt yuv420p \"{original}\"");
                files.Add(new MediaSetFile(original, $"vid{v}", "original"));
                foreach (var transform in VideoTransforms)
                {
                    var path = Path.Combine(folder, $"vid{v:000}-{transform}.{(transform == "remux-mov" ? "mov" : transform == "still" ? "jpg" : "mp4")}");
                    Ffmpeg(VideoTransform(original, transform, path, videoSeconds));
                    files.Add(new MediaSetFile(path, $"vid{v}", transform));
                }
            }
        }

        return new MediaSet(files);
    }

    private static SKBitmap Scene(Random random, int index)
    {
        var (w, h) = (index % 3) switch { 0 => (640, 480), 1 => (800, 450), _ => (480, 640) };
        var bitmap = new SKBitmap(w, h, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(bitmap);
        using (var background = new SKPaint())
        {
            background.Shader = SKShader.CreateLinearGradient(new SKPoint(random.Next(w), 0), new SKPoint(random.Next(w), h), [Colour(random), Colour(random)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, w, h, background);
        }

        using var paint = new SKPaint { IsAntialias = true };
        var shapes = random.Next(6, 14);
        for (var s = 0; s < shapes; s++)
        {
            paint.Color = Colour(random);
            paint.Style = random.Next(4) == 0 ? SKPaintStyle.Stroke : SKPaintStyle.Fill;
            paint.StrokeWidth = random.Next(4, 20);
            float x = random.Next(w), y = random.Next(h), size = random.Next(w / 10, w / 3);
            switch (random.Next(4))
            {
                case 0: canvas.DrawRect(x - size / 2, y - size / 3, size, size * 2 / 3, paint); break;
                case 1: canvas.DrawCircle(x, y, size / 2, paint); break;
                case 2: canvas.DrawLine(x, y, random.Next(w), random.Next(h), paint); break;
                default: canvas.DrawOval(x, y, size / 2, size / 5, paint); break;
            }
        }

        if (Font is not null)
        {
            using var typeface = SKTypeface.FromFile(Font);
            using var font = new SKFont(typeface, h / 9f);
            paint.Color = Colour(random);
            paint.Style = SKPaintStyle.Fill;
            canvas.DrawText(Words[random.Next(Words.Length)], random.Next(w / 3), random.Next(h / 4, h), SKTextAlign.Left, font, paint);
        }

        return bitmap;
    }

    private static SKColor Colour(Random random) => new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));

    private static void Transform(SKBitmap scene, string transform, string path, Random random)
    {
        int w = scene.Width, h = scene.Height;
        switch (transform)
        {
            case "jpeg-q30": Save(scene, path, SKEncodedImageFormat.Jpeg, 30); break;
            case "png-resave": Save(scene, path, SKEncodedImageFormat.Png, 100); break;
            case "resize-50": SaveResized(scene, path, w / 2, h / 2, 80); break;
            case "resize-200": SaveResized(scene, path, w * 2, h * 2, 85); break;
            case "crop-10-side":
                var side = random.Next(4);
                var (dx, dy) = (w / 10, h / 10);
                SaveCropped(scene, path, side switch
                {
                    0 => new SKRectI(dx, 0, w, h),
                    1 => new SKRectI(0, 0, w - dx, h),
                    2 => new SKRectI(0, dy, w, h),
                    _ => new SKRectI(0, 0, w, h - dy),
                });
                break;
            case "crop-5-each": SaveCropped(scene, path, new SKRectI(w / 20, h / 20, w - w / 20, h - h / 20)); break;
            case "watermark": SaveWatermarked(scene, path, "@vigil_channel", 0.08f, 85); break;
            default:
                // What a channel does to a re-post: its logo, a smaller size and a harsh re-encode at once.
                var tmp = path + ".tmp.png";
                SaveWatermarked(scene, tmp, "t.me/news_feed", 0.06f, 100, SKEncodedImageFormat.Png);
                using (var marked = SKBitmap.Decode(tmp))
                {
                    SaveResized(marked, path, w * 2 / 3, h * 2 / 3, 45);
                }

                File.Delete(tmp);
                break;
        }
    }

    private static void Save(SKBitmap bitmap, string path, SKEncodedImageFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        File.WriteAllBytes(path, data.ToArray());
    }

    private static void SaveResized(SKBitmap bitmap, string path, int w, int h, int quality)
    {
        using var resized = bitmap.Resize(new SKImageInfo(w, h), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        Save(resized, path, SKEncodedImageFormat.Jpeg, quality);
    }

    private static void SaveCropped(SKBitmap bitmap, string path, SKRectI area)
    {
        using var cropped = new SKBitmap(area.Width, area.Height);
        bitmap.ExtractSubset(cropped, area);
        Save(cropped, path, SKEncodedImageFormat.Jpeg, 85);
    }

    private static void SaveWatermarked(SKBitmap bitmap, string path, string text, float height, int quality, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg)
    {
        using var copy = bitmap.Copy();
        using (var canvas = new SKCanvas(copy))
        using (var paint = new SKPaint { IsAntialias = true, Color = new SKColor(255, 255, 255, 200) })
        {
            var size = copy.Height * height;
            if (Font is not null)
            {
                using var typeface = SKTypeface.FromFile(Font);
                using var font = new SKFont(typeface, size);
                canvas.DrawText(text, copy.Width * 0.04f, copy.Height - size * 0.6f, SKTextAlign.Left, font, paint);
            }
            else
            {
                canvas.DrawRect(copy.Width * 0.04f, copy.Height - size * 1.6f, size * text.Length * 0.6f, size, paint);
            }
        }

        Save(copy, path, format, quality);
    }

    // Unrelated footage: a different lavfi source (or different parameters of one) per video, each with a caption.
    private static string Source(int v, int seed)
    {
        var s = seed + v;
        var random = new Random(s);
        var caption = Font is null ? string.Empty : $",drawtext=fontfile={Font}:text='{Words[v % Words.Length]} {v}':x=20:y=h-60:fontsize=28:fontcolor=white:box=1:boxcolor=black@0.5";
        var source = (v % 5) switch
        {
            0 => Mandelbrot(2 * (v / 5), random),
            1 => $"life=size=320x240:rate=25:seed={s}:ratio={0.1 + random.NextDouble() * 0.3:0.00}:mold=10:life_color=0x{random.Next(0x1000000):x6}:death_color=0x{random.Next(0x1000000):x6},scale=320:240",
            2 => $"cellauto=size=320x240:rate=25:seed={s}:rule={new[] { 18, 30, 90, 110, 150 }[random.Next(5)]},scale=320:240",
            3 => $"gradients=size=320x240:rate=25:seed={s}:speed=0.02:c0=0x{random.Next(0x1000000):x6}:c1=0x{random.Next(0x1000000):x6}:c2=0x{random.Next(0x1000000):x6}",
            _ => v == 4 ? "testsrc2=size=320x240:rate=25" : Mandelbrot(2 * (v / 5) + 1, random),
        };
        return source + caption;
    }

    // Places in the Mandelbrot set that look nothing alike close up. Every fifth video is a Mandelbrot zoom;
    // they once all started from the whole set seen from nearly one point (vid000 and vid005: the same picture,
    // which the matcher rightly matched, counted as false matches). Each now zooms into a place of its own.
    private static readonly (double X, double Y)[] Places =
    [
        (-0.743644, -0.131826), (0.2820, 0.0103), (-1.25066, 0.02012), (-0.1011, 0.9563),
        (-1.7497, 0.0), (0.3602, -0.6413), (-0.7453, 0.1127), (-0.16, 1.0405),
    ];

    private static string Mandelbrot(int place, Random random)
    {
        var (x, y) = Places[place % Places.Length];
        var scale = 0.02 + random.NextDouble() * 0.03;
        return string.Create(CultureInfo.InvariantCulture, $"mandelbrot=size=320x240:rate=25:start_x={x}:start_y={y}:start_scale={scale:0.0000}:end_scale={scale / 4:0.00000}");
    }

    private static string VideoTransform(string original, string transform, string path, int seconds)
    {
        var mark = Font is null ? "drawbox=x=10:y=10:w=120:h=24:color=white@0.7:t=fill" : $"drawtext=fontfile={Font}:text='@news_channel':x=10:y=10:fontsize=22:fontcolor=white@0.8";
        return transform switch
        {
            "reencode-crf40" => $"-i \"{original}\" -c:v libx264 -preset veryfast -crf 40 \"{path}\"",
            "resize-50" => $"-i \"{original}\" -vf scale=160:120 -c:v libx264 -preset veryfast -crf 28 \"{path}\"",
            "trim" => $"-ss 1.3 -i \"{original}\" -t {seconds - 3} -c:v libx264 -preset veryfast -crf 26 \"{path}\"",
            "remux-mov" => $"-i \"{original}\" -c copy \"{path}\"",
            "crop-8" => $"-i \"{original}\" -vf crop=iw*0.92:ih*0.92:0:ih*0.08,scale=320:240 -c:v libx264 -preset veryfast -crf 26 \"{path}\"",
            "watermark" => $"-i \"{original}\" -vf \"{mark}\" -c:v libx264 -preset veryfast -crf 26 \"{path}\"",
            _ => $"-ss {seconds / 2 - 0.3:0.0} -i \"{original}\" -frames:v 1 -q:v 4 \"{path}\"",
        };
    }

    private static void Ffmpeg(string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("ffmpeg", "-hide_banner -loglevel error -y " + arguments) { RedirectStandardError = true, UseShellExecute = false })
            ?? throw new InvalidOperationException("ffmpeg did not start");
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg failed making the evaluation set: {error.Trim()}");
        }
    }

    /// <summary>Whether ffmpeg can be run (the video half of the set needs it).</summary>
    public static bool HasFfmpeg() => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, "ffmpeg")));
}
