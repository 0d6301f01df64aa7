using Vigil.Cli.Bench;
using Vigil.Storage.Media;

namespace Vigil.Cli.Tests.Media;

public sealed class MediaReaderTests : CliTest
{
    [Fact]
    public async Task Without_ffmpeg_photos_are_fingerprinted_and_videos_say_why_not()
    {
        MediaSetGenerator.Write(Input, images: 1, videos: 1, seed: 4, videoSeconds: 3);
        var reader = new MediaReader(new MediaOptions { FfmpegFolder = Directory.CreateDirectory(Path.Combine(Folder, "no-ffmpeg")).FullName });

        Assert.False(reader.CanReadVideo);
        var video = await reader.ReadAsync(Path.Combine(Input, "vid000-original.mp4"));
        Assert.Null(video.Fingerprint);
        Assert.Equal("video not fingerprinted: ffmpeg is not installed", video.Error);
        var photo = await reader.ReadAsync(Path.Combine(Input, "img000-original.jpg"));
        Assert.Null(photo.Error);
        Assert.NotNull(photo.Fingerprint);
        Assert.Contains("ffmpeg was not found", MediaReader.NoFfmpegNotice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_video_gives_its_facts_frames_and_a_keyframe_sheet_and_absurd_sizes_are_refused()
    {
        MediaSetGenerator.Write(Input, images: 0, videos: 1, seed: 4, videoSeconds: 3);
        var reading = await new MediaReader().ReadAsync(Path.Combine(Input, "vid000-original.mp4"));
        Assert.Null(reading.Error);
        Assert.True(reading.Fingerprint!.IsVideo);
        Assert.InRange(reading.Fingerprint.Frames.Count, 5, 7);
        Assert.Equal((320, 240, "h264"), (reading.Facts.Width, reading.Facts.Height, reading.Facts.Codec));
        Assert.InRange(reading.Facts.DurationSeconds!.Value, 2.9, 3.1);
        Assert.Equal([0xFF, 0xD8], reading.Thumbnail![..2]);

        var refused = await new MediaReader(new MediaOptions { MaxVideoPixels = 320 * 200 }).ReadAsync(Path.Combine(Input, "vid000-original.mp4"));
        Assert.StartsWith("declares 320 × 240 pixel frames, more than the limit", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_video_gets_a_clear_reason_and_a_video_named_as_a_photo_is_read_as_video()
    {
        MediaSetGenerator.Write(Input, images: 0, videos: 1, seed: 6, videoSeconds: 3);
        var original = File.ReadAllBytes(Path.Combine(Input, "vid000-original.mp4"));
        var truncated = Path.Combine(Input, "truncated.mp4");
        File.WriteAllBytes(truncated, original[..(original.Length / 2)]);
        var named = Path.Combine(Input, "still-named.jpg");
        File.WriteAllBytes(named, original);
        var reader = new MediaReader();

        var cut = await reader.ReadAsync(truncated);
        var lying = await reader.ReadAsync(named);

        Assert.Null(cut.Fingerprint);
        Assert.False(string.IsNullOrWhiteSpace(cut.Error));
        Assert.DoesNotContain('\n', cut.Error);
        Assert.DoesNotContain("   at ", cut.Error, StringComparison.Ordinal);
        Assert.Null(lying.Error);
        Assert.True(lying.Fingerprint!.IsVideo);
        Assert.Equal("h264", lying.Facts.Codec);
    }
}
