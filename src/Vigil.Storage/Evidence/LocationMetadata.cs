using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vigil.Storage.Evidence;

/// <summary>
/// The rule that an evidence file's location and device metadata (GPS, camera make, model, serial
/// numbers, owner, the software and computer that handled it, maker notes, XMP) is for editors only:
/// it can place a witness at a spot and tie a photo to their phone. <see cref="Strip(string)"/> removes
/// those fields from the stored metadata JSON; <see cref="StripBytes"/> removes them from a file's bytes
/// for anything served outside editor pages (the original stays in the blob store).
/// </summary>
public static class LocationMetadata
{
    /// <summary>The key added to stripped metadata JSON, naming what was taken out.</summary>
    public const string WithheldKey = "_withheld";

    private static readonly string[] SensitiveDirectoryWords = ["gps", "location", "makernote", "xmp", "iptc", "photoshop", "icc"];

    private static readonly string[] SensitiveTagWords =
    [
        "gps", "location", "latitude", "longitude", "altitude", "make", "model", "serial", "owner", "artist", "author", "creator",
        "copyright", "software", "host computer", "camera", "lens", "device", "unique id", "body", "uuid", "user comment",
    ];

    /// <summary>True when a metadata directory (as MetadataExtractor names it) holds only sensitive fields.</summary>
    public static bool IsSensitiveDirectory(string directory) =>
        SensitiveDirectoryWords.Any(w => directory.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when a tag names a place or a device.</summary>
    public static bool IsSensitiveTag(string tag) =>
        SensitiveTagWords.Any(w => tag.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The metadata JSON (<c>{"Directory": {"Tag": "value"}}</c>) without location and device fields, with
    /// <see cref="WithheldKey"/> listing the directories and tags removed. Unreadable JSON yields an empty object.
    /// </summary>
    public static string Strip(string metadataJson)
    {
        JsonObject? root;
        try
        {
            root = JsonNode.Parse(metadataJson) as JsonObject;
        }
        catch (JsonException)
        {
            root = null;
        }

        if (root is null)
        {
            return "{}";
        }

        var withheld = new List<string>();
        foreach (var (name, value) in root.ToList())
        {
            if (name == WithheldKey)
            {
                continue;
            }

            if (IsSensitiveDirectory(name))
            {
                root.Remove(name);
                withheld.Add(name);
            }
            else if (value is JsonObject tags)
            {
                foreach (var (tag, _) in tags.ToList().Where(t => IsSensitiveTag(t.Key)))
                {
                    tags.Remove(tag);
                    withheld.Add($"{name}/{tag}");
                }

                if (tags.Count == 0)
                {
                    root.Remove(name);
                }
            }
        }

        if (withheld.Count > 0)
        {
            var list = root[WithheldKey] as JsonArray ?? [];
            foreach (var w in withheld)
            {
                list.Add(w);
            }

            root[WithheldKey] = list;
        }

        return root.ToJsonString();
    }

    /// <summary>
    /// The file's bytes without embedded metadata blocks (JPEG APP1/APP13/COM segments; PNG text, eXIf and
    /// time chunks; WebP EXIF and XMP chunks), or null when the format cannot be cleaned here (video, audio,
    /// PDF, or a file that does not parse): such a file must then be withheld rather than served as it is.
    /// </summary>
    public static byte[]? StripBytes(ReadOnlySpan<byte> bytes, string mediaType) => mediaType switch
    {
        "image/jpeg" => StripJpeg(bytes),
        "image/png" => StripPng(bytes),
        "image/webp" => StripWebp(bytes),
        _ => null,
    };

    private static byte[]? StripJpeg(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        {
            return null;
        }

        using var output = new MemoryStream(bytes.Length);
        output.Write(bytes[..2]);
        var i = 2;
        while (i + 4 <= bytes.Length)
        {
            if (bytes[i] != 0xFF)
            {
                return null;
            }

            var marker = bytes[i + 1];
            if (marker == 0xDA)
            {
                // Start of scan: the compressed image follows; no metadata segments after it matter.
                output.Write(bytes[i..]);
                return output.ToArray();
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(i + 2)..]);
            if (length < 2 || i + 2 + length > bytes.Length)
            {
                return null;
            }

            // APP1 (EXIF, XMP), APP12/APP13 (Ducky, IPTC/Photoshop), APP14 is colour (kept), COM (comments).
            var drop = marker is 0xE1 or 0xEC or 0xED or 0xFE or (>= 0xE3 and <= 0xEB) or 0xEF;
            if (!drop)
            {
                output.Write(bytes.Slice(i, 2 + length));
            }

            i += 2 + length;
        }

        return null;
    }

    private static byte[]? StripPng(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (!bytes.StartsWith(signature))
        {
            return null;
        }

        using var output = new MemoryStream(bytes.Length);
        output.Write(signature);
        var i = signature.Length;
        while (i + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes[i..]);
            if (length > int.MaxValue - 12 || i + 12 + (long)length > bytes.Length)
            {
                return null;
            }

            var type = Encoding.ASCII.GetString(bytes.Slice(i + 4, 4));
            var chunk = bytes.Slice(i, 12 + (int)length);
            if (type is not ("tEXt" or "iTXt" or "zTXt" or "eXIf" or "tIME"))
            {
                output.Write(chunk);
            }

            i += chunk.Length;
            if (type == "IEND")
            {
                return output.ToArray();
            }
        }

        return null;
    }

    private static byte[]? StripWebp(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 12 || !bytes[..4].SequenceEqual("RIFF"u8) || !bytes.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return null;
        }

        using var output = new MemoryStream(bytes.Length);
        output.Write(bytes[..12]);
        var i = 12;
        while (i + 8 <= bytes.Length)
        {
            var type = Encoding.ASCII.GetString(bytes.Slice(i, 4));
            var length = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i + 4)..]);
            var padded = length + (length & 1);
            if (i + 8 + (long)padded > bytes.Length)
            {
                return null;
            }

            var chunk = bytes.Slice(i, 8 + (int)padded).ToArray();
            if (type == "VP8X")
            {
                chunk[8] &= unchecked((byte)~0x0C); // clear the EXIF and XMP flags
            }

            if (type is not ("EXIF" or "XMP "))
            {
                output.Write(chunk);
            }

            i += 8 + (int)padded;
        }

        var result = output.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)(result.Length - 8));
        return result;
    }
}
