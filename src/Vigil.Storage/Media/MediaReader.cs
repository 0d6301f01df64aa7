using System.Text.Json;

namespace Vigil.Storage.Media;

/// <summary>
/// Fingerprints one evidence file: sniffs what it is from its bytes, decodes photos with SkiaSharp and
/// videos with ffmpeg, and always returns — a file that cannot be fingerprinted says why in one line.
/// Without ffmpeg, videos are left unfingerprinted with that reason and photos still are.
/// </summary>
public sealed class MediaReader(MediaOptions? options = null)
{
    private readonly MediaOptions _options = options ?? new MediaOptions();
    private readonly Lazy<bool> _ffmpeg = new(() => VideoReader.Available(options ?? new MediaOptions()));

    /// <summary>Whether ffmpeg and ffprobe were found (videos are fingerprinted only then).</summary>
    public bool CanReadVideo => _ffmpeg.Value;

    /// <summary>The one-line notice shown on start and on the media page when ffmpeg is missing.</summary>
    public const string NoFfmpegNotice = "ffmpeg was not found: photos are fingerprinted, videos are stored but not fingerprinted (install ffmpeg, e.g. apt-get install ffmpeg, then run vigil media fingerprint)";

    /// <summary>
    /// Reads the file at <paramref name="path"/>. <paramref name="metadataJson"/> is the file's EXIF as
    /// <see cref="Evidence.EvidenceMetadata.Read"/> gave it, for a photo's date, camera and position.
    /// </summary>
    public async Task<MediaReading> ReadAsync(string path, string? metadataJson = null, CancellationToken cancellationToken = default)
    {
        MediaFormat format;
        try
        {
            if (new FileInfo(path).Length == 0)
            {
                return MediaReading.Failed("empty file");
            }

            format = MediaSniffer.Sniff(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return MediaReading.Failed($"cannot read: {ex.Message}");
        }

        switch (format)
        {
            case MediaFormat.Jpeg or MediaFormat.Png or MediaFormat.Webp or MediaFormat.Gif:
                var image = ImageReader.Read(path, format, _options);
                return image with { Facts = WithExif(image.Facts, metadataJson) };
            case MediaFormat.IsoVideo or MediaFormat.Matroska:
                return CanReadVideo
                    ? await VideoReader.ReadAsync(path, format, _options, cancellationToken)
                    : MediaReading.Failed("video not fingerprinted: ffmpeg is not installed");
            default:
                return MediaReading.Failed("not a photo or video Vigil can fingerprint (the bytes are not JPEG, PNG, WebP, GIF, MP4/MOV or Matroska/WebM)");
        }
    }

    private static MediaFacts WithExif(MediaFacts facts, string? metadataJson)
    {
        if (string.IsNullOrEmpty(metadataJson))
        {
            return facts;
        }

        try
        {
            using var json = JsonDocument.Parse(metadataJson);
            string? Get(string directory, string tag) =>
                json.RootElement.TryGetProperty(directory, out var d) && d.ValueKind == JsonValueKind.Object && d.TryGetProperty(tag, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var make = Get("Exif IFD0", "Make");
            var model = Get("Exif IFD0", "Model");
            var device = string.Join(' ', new[] { make, model }.Where(v => !string.IsNullOrWhiteSpace(v)));
            var latitude = Get("GPS", "GPS Latitude");
            var longitude = Get("GPS", "GPS Longitude");
            return facts with
            {
                Created = Get("Exif SubIFD", "Date/Time Original") ?? Get("Exif IFD0", "Date/Time"),
                Device = device.Length > 0 ? device : null,
                Location = latitude is not null && longitude is not null ? $"{latitude} {Get("GPS", "GPS Latitude Ref")}, {longitude} {Get("GPS", "GPS Longitude Ref")}".Replace("  ", " ", StringComparison.Ordinal) : null,
            };
        }
        catch (JsonException)
        {
            return facts;
        }
    }
}
