using System.Text.Json;
using Vigil.Cli.Bench;

namespace Vigil.Cli.Tests.Media;

public class MediaCommandTests : CliTest
{
    [Fact]
    public async Task Duplicates_groups_re_posts_with_the_earliest_report_first()
    {
        var set = MediaSetGenerator.Write(Input, images: 2, videos: 0, seed: 5);
        // The JPEG-q30 copy of scene 0 came with a report published before the one carrying the original.
        File.Move(Path.Combine(Input, "img000-jpeg-q30.jpg"), Path.Combine(Input, "early.jpg"));
        WriteInput("early.md", "---\ntitle: First post\npublished: 2022-09-18\n---\nA video from the square.\n");
        File.Move(Path.Combine(Input, "img000-original.jpg"), Path.Combine(Input, "late.jpg"));
        WriteInput("late.md", "---\ntitle: Re-post\npublished: 2022-09-25\n---\nThe same picture again.\n");

        var ingest = await RunAsync("ingest", Input, "--no-extract");
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("fingerprinted", ingest.Output, StringComparison.Ordinal);

        var result = await RunAsync("media", "duplicates", "--json");
        Assert.Equal(0, result.ExitCode);
        var items = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, items.Count);
        var first = items.Single(i => i.GetProperty("files").EnumerateArray().Any(f => f.GetProperty("name").GetString() == "late.jpg"));
        var files = first.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(1 + MediaSetGenerator.ImageTransforms.Length, files.Count);
        Assert.Equal("early.jpg", files[0].GetProperty("name").GetString());
        Assert.Equal("2022-09-18", first.GetProperty("earliest_date").GetString());
        Assert.Equal(files[0].GetProperty("report").GetString(), first.GetProperty("earliest_report").GetString());
        Assert.All(files.Skip(1), f => Assert.InRange(f.GetProperty("distance").GetInt32(), 0, 9));
        Assert.All(files, f => Assert.Equal(64, f.GetProperty("sha256").GetString()!.Length));
        Assert.DoesNotContain(items.Single(i => !i.Equals(first)).GetProperty("files").EnumerateArray(), f => f.GetProperty("name").GetString()!.StartsWith("img000", StringComparison.Ordinal));
        Assert.Equal(set.Files.Count, files.Count + items[1 - items.IndexOf(first)].GetProperty("files").GetArrayLength());
    }

    [Fact]
    public async Task Bad_media_is_stored_with_one_clear_reason_each_and_the_good_file_still_matches()
    {
        MediaSetGenerator.Write(Input, images: 1, videos: 0, seed: 9);
        var jpeg = File.ReadAllBytes(Path.Combine(Input, "img000-original.jpg"));
        WriteInput("truncated.jpg", jpeg[..(jpeg.Length / 3)]);
        WriteInput("empty.png", []);
        WriteInput("garbage.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
        WriteInput("bomb.png", BadMedia.PngClaiming(65535, 65535));
        WriteInput("broken.mp4", [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m', 0, 0, 2, 0, 1, 2, 3, 4, 5]);
        File.Move(Path.Combine(Input, "img000-jpeg-q30.jpg"), Path.Combine(Input, "photo-named.mp4"));

        var ingest = await RunAsync("ingest", Input, "--no-extract", "--json");
        var lines = ingest.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).Where(l => l.TryGetProperty("file", out _)).ToDictionary(l => Path.GetFileName(l.GetProperty("file").GetString()!), l => l);
        string Message(string name) => lines[name].GetProperty("message").GetString()!;

        Assert.Equal("failed", lines["empty.png"].GetProperty("status").GetString());
        Assert.Contains("empty file", Message("empty.png"), StringComparison.Ordinal);
        Assert.Contains("not fingerprinted: truncated jpeg", Message("truncated.jpg"), StringComparison.Ordinal);
        Assert.Contains("not fingerprinted: declares 65535 × 65535 pixels", Message("bomb.png"), StringComparison.Ordinal);
        Assert.Contains("not fingerprinted: not a readable png image", Message("garbage.png"), StringComparison.Ordinal);
        Assert.Contains("not fingerprinted:", Message("broken.mp4"), StringComparison.Ordinal);
        Assert.Contains("fingerprinted", Message("photo-named.mp4"), StringComparison.Ordinal);
        Assert.DoesNotContain("not fingerprinted", Message("photo-named.mp4"), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", ingest.Output + ingest.Error, StringComparison.Ordinal);

        var duplicates = await RunAsync("media", "duplicates");
        Assert.Contains("photo-named.mp4", duplicates.Output, StringComparison.Ordinal);
        Assert.Contains("img000-original.jpg", duplicates.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("truncated.jpg", duplicates.Output, StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync("verify")).ExitCode);
    }
}
