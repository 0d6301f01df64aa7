using Vigil.Storage.Evidence;

namespace Vigil.Storage.Tests.Evidence;

public sealed class LocationMetadataTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("vigil-exif-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Stored_metadata_loses_gps_and_camera_fields_and_names_what_was_withheld()
    {
        var path = Path.Combine(_folder, "photo.jpg");
        File.WriteAllBytes(path, ExifJpeg.WithGps());
        var full = EvidenceMetadata.Read(path);
        Assert.Contains("GPS Latitude", full);
        Assert.Contains("TestCam", full);

        var stripped = LocationMetadata.Strip(full);
        Assert.DoesNotContain("35°", stripped);
        Assert.DoesNotContain("TestCam", stripped);
        Assert.Contains("\"_withheld\"", stripped);
        Assert.Contains("GPS", stripped);
    }

    [Fact]
    public void Served_jpeg_bytes_carry_no_exif_or_comment_and_still_parse()
    {
        var clean = LocationMetadata.StripBytes(ExifJpeg.WithGps(), "image/jpeg")!;
        var path = Path.Combine(_folder, "clean.jpg");
        File.WriteAllBytes(path, clean);
        var metadata = EvidenceMetadata.Read(path);
        Assert.DoesNotContain("GPS", metadata);
        Assert.DoesNotContain("TestCam", metadata);
        Assert.DoesNotContain("_error", metadata);
        Assert.Equal([0xFF, 0xD8], clean[..2]);
        Assert.Equal([0xFF, 0xD9], clean[^2..]);
    }

    [Fact]
    public void Formats_it_cannot_clean_are_refused_rather_than_served_as_they_are()
    {
        Assert.Null(LocationMetadata.StripBytes([0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p'], "video/mp4"));
        Assert.Null(LocationMetadata.StripBytes([0xFF, 0xD8, 0xFF, 0xE1, 0xFF, 0xFF], "image/jpeg"));
    }
}
