using System.Globalization;
using FFMpegCore;
using FFMpegCore.Pipes;
using SkiaSharp;
using Vigil.Core.Media;

namespace Vigil.Storage.Media;

/// <summary>
/// Samples a video's frames with ffmpeg (through FFMpegCore) and reads its facts with ffprobe. Frames
/// come out of ffmpeg already small (160 pixels wide, raw RGB over a pipe) and are hashed as they
/// arrive, so memory stays flat whatever the video's length; the number of frames, the seconds read
/// and the time taken are all capped (<see cref="MediaOptions"/>).
/// </summary>
internal static class VideoReader
{
    private const int FrameWidth = 160;
    private const int SheetFrames = 8;

    public static async Task<MediaReading> ReadAsync(string path, MediaFormat format, MediaOptions options, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        var ff = new FFOptions { BinaryFolder = options.FfmpegFolder ?? string.Empty };
        IMediaAnalysis analysis;
        try
        {
            analysis = await FFProbe.AnalyseAsync(path, ff, cancellationToken: timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return MediaReading.Failed($"ffprobe took longer than {options.Timeout.TotalSeconds:0} s: given up");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return MediaReading.Failed($"not a readable video: {FfmpegMessage(ex, path)}");
        }

        var stream = analysis.PrimaryVideoStream;
        var tags = analysis.Format.Tags is { } formatTags ? new Dictionary<string, string>(formatTags, StringComparer.OrdinalIgnoreCase) : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var facts = new MediaFacts
        {
            Format = analysis.Format.FormatName?.Split(',')[0],
            DurationSeconds = analysis.Duration > TimeSpan.Zero ? Math.Round(analysis.Duration.TotalSeconds, 3) : null,
            Codec = stream?.CodecName,
            Created = Tag(tags, "creation_time", "com.apple.quicktime.creationdate"),
            Device = Device(tags),
            Location = Tag(tags, "location", "com.apple.quicktime.location.ISO6709", "location-eng"),
        };
        if (stream is null)
        {
            return MediaReading.Failed("has no video stream", facts);
        }

        var quarter = Math.Abs(stream.Rotation) % 180 == 90;
        int width = (quarter ? stream.Height : stream.Width) ?? 0, height = (quarter ? stream.Width : stream.Height) ?? 0;
        facts = facts with { Width = width, Height = height };
        if (width <= 0 || height <= 0 || (long)width * height > options.MaxVideoPixels)
        {
            return MediaReading.Failed($"declares {width} × {height} pixel frames, more than the limit of {options.MaxVideoPixels / 1e6:0.#} million: not decoded", facts);
        }

        var seconds = Math.Min(options.MaxVideoSeconds, facts.DurationSeconds ?? options.MaxVideoSeconds);
        var rate = Math.Min(options.FramesPerSecond, options.MaxFrames / Math.Max(seconds, 1));
        var frameHeight = Math.Clamp((int)Math.Round(FrameWidth * (double)height / width / 2) * 2, 16, 480);
        var frameBytes = FrameWidth * frameHeight * 3;
        var frames = new List<MediaFrame>();
        var keyframes = new List<(MediaFrame Frame, byte[] Rgb)>();
        var sink = new StreamPipeSink(async (output, token) =>
        {
            var buffer = new byte[frameBytes];
            while (frames.Count < options.MaxFrames && await output.ReadAtLeastAsync(buffer, frameBytes, throwOnEndOfStream: false, token) == frameBytes)
            {
                var luma = LumaImage.FromRgb(FrameWidth, frameHeight, buffer, 3);
                if (luma.IsBlank())
                {
                    continue;
                }

                var frame = MediaFrame.Of(luma, Math.Round(frames.Count / rate, 2));
                frames.Add(frame);
                if (keyframes.Count < 64 && (keyframes.Count == 0 || PerceptualHash.Distance(keyframes[^1].Frame.Dct, frame.Dct) > 4))
                {
                    keyframes.Add((frame, (byte[])buffer.Clone()));
                }
            }

            // Drain what ffmpeg still writes, so it is not stopped by a broken pipe after the frame limit.
            await output.CopyToAsync(Stream.Null, token);
        });
        try
        {
            await FFMpegArguments
                .FromFileInput(path, verifyExists: true, input => input.WithCustomArgument(string.Create(CultureInfo.InvariantCulture, $"-t {seconds:0.###}")))
                .OutputToPipe(sink, output => output
                    .WithCustomArgument(string.Create(CultureInfo.InvariantCulture, $"-an -sn -dn -vf fps={rate:0.######},scale={FrameWidth}:{frameHeight} -pix_fmt rgb24 -frames:v {options.MaxFrames}"))
                    .ForceFormat("rawvideo"))
                .CancellableThrough(timeout.Token)
                .ProcessAsynchronously(true, ff, timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return MediaReading.Failed($"ffmpeg took longer than {options.Timeout.TotalSeconds:0} s: given up", facts);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (frames.Count == 0)
            {
                return MediaReading.Failed($"cannot decode the video: {FfmpegMessage(ex, path)}", facts);
            }

            // A damaged tail: the frames before it still identify the footage.
        }

        if (frames.Count == 0)
        {
            return MediaReading.Failed("no picture in the video (every sampled frame is blank)", facts);
        }

        return new MediaReading { Fingerprint = new MediaFingerprint(true, frames), Facts = facts, Thumbnail = Sheet(keyframes, frameHeight) };
    }

    /// <summary>Whether ffmpeg and ffprobe can be run (checked once per process).</summary>
    public static bool Available(MediaOptions options)
    {
        var folder = options.FfmpegFolder;
        bool Found(string name) => folder is { Length: > 0 }
            ? File.Exists(Path.Combine(folder, name))
            : (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, name)));
        return Found("ffmpeg") && Found("ffprobe");
    }

    // Up to eight keyframes spread over the video, four to a row: what the incident and media pages show.
    private static byte[] Sheet(List<(MediaFrame Frame, byte[] Rgb)> keyframes, int frameHeight)
    {
        var chosen = Enumerable.Range(0, Math.Min(SheetFrames, keyframes.Count)).Select(i => keyframes[i * keyframes.Count / Math.Min(SheetFrames, keyframes.Count)]).ToList();
        var columns = Math.Min(4, chosen.Count);
        var rows = (chosen.Count + columns - 1) / columns;
        using var sheet = new SKBitmap(columns * FrameWidth, rows * frameHeight, SKColorType.Rgba8888, SKAlphaType.Premul);
        using (var canvas = new SKCanvas(sheet))
        {
            canvas.Clear(SKColors.Black);
            for (var i = 0; i < chosen.Count; i++)
            {
                var rgba = new byte[FrameWidth * frameHeight * 4];
                var rgb = chosen[i].Rgb;
                for (int p = 0, q = 0; p < rgb.Length; p += 3, q += 4)
                {
                    rgba[q] = rgb[p];
                    rgba[q + 1] = rgb[p + 1];
                    rgba[q + 2] = rgb[p + 2];
                    rgba[q + 3] = 255;
                }

                using var frame = SKImage.FromPixelCopy(new SKImageInfo(FrameWidth, frameHeight, SKColorType.Rgba8888, SKAlphaType.Premul), rgba);
                canvas.DrawImage(frame, i % columns * FrameWidth, i / columns * frameHeight, new SKSamplingOptions(SKFilterMode.Linear));
            }
        }

        using var image = SKImage.FromBitmap(sheet);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 70);
        return data.ToArray();
    }

    private static string? Tag(Dictionary<string, string> tags, params string[] names) =>
        names.Select(n => tags.GetValueOrDefault(n)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static string? Device(Dictionary<string, string> tags)
    {
        var make = Tag(tags, "com.apple.quicktime.make", "com.android.manufacturer", "make");
        var model = Tag(tags, "com.apple.quicktime.model", "com.android.model", "model");
        var device = string.Join(' ', new[] { make, model }.Where(v => v is not null));
        return device.Length > 0 ? device : null;
    }

    // ffmpeg's own words, last line first (it prints the cause last), without the file's path.
    private static string FfmpegMessage(Exception ex, string path)
    {
        var lines = ex.Message.Replace(path, Path.GetFileName(path), StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = lines.LastOrDefault(l => !l.StartsWith("Exit with code", StringComparison.Ordinal) && l.Length > 0) ?? ex.GetType().Name;
        return line.Length > 200 ? line[..200] : line;
    }
}
