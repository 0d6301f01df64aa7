using System.Text;
using System.Text.Json;
using MetadataExtractor;

namespace Vigil.Storage.Evidence;

/// <summary>Reads what a media file says about itself (EXIF, XMP, IPTC, QuickTime/MP4 atoms …) with MetadataExtractor.</summary>
public static class EvidenceMetadata
{
    /// <summary>Extensions accepted as evidence, with their media types.</summary>
    public static IReadOnlyDictionary<string, string> MediaTypes { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".webp"] = "image/webp",
        [".mp4"] = "video/mp4",
        [".mov"] = "video/quicktime",
        [".mp3"] = "audio/mpeg",
        [".pdf"] = "application/pdf",
    };

    /// <summary>
    /// Returns the metadata as JSON <c>{"Directory": {"Tag": "description"}}</c>. A file the library
    /// cannot parse (or a format it does not cover, such as PDF) yields <c>{"_error": "…"}</c> rather
    /// than failing the ingest: the bytes are still evidence.
    /// </summary>
    public static string Read(string path) => Read(() => ImageMetadataReader.ReadMetadata(path));

    /// <summary>
    /// The same for bytes held in memory (a web upload): the file's contents only, without the "File" directory
    /// (name, size, modification time) that a path adds.
    /// </summary>
    public static string Read(Stream stream) => Read(() => ImageMetadataReader.ReadMetadata(stream));

    private static string Read(Func<IReadOnlyList<MetadataExtractor.Directory>> directories)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            try
            {
                foreach (var directory in directories())
                {
                    if (directory.Tags.Count == 0)
                    {
                        continue;
                    }

                    writer.WriteStartObject(directory.Name);
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var tag in directory.Tags)
                    {
                        if (seen.Add(tag.Name))
                        {
                            writer.WriteString(tag.Name, Clip(tag.Description));
                        }
                    }

                    writer.WriteEndObject();
                }
            }
            catch (Exception ex) when (ex is ImageProcessingException or IOException or NotSupportedException or ArgumentException or InvalidOperationException or IndexOutOfRangeException)
            {
                writer.WriteString("_error", $"metadata not readable: {ex.Message}");
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string? Clip(string? value) => value is { Length: > 2048 } ? value[..2048] : value;
}
