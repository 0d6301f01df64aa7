namespace Vigil.Storage.Media;

/// <summary>Tells a file's format from its first bytes, so a photo saved as .mp4 (or the reverse) is read as what it is.</summary>
public static class MediaSniffer
{
    /// <summary>The format of a file starting with <paramref name="head"/> (its first 16 bytes or more).</summary>
    public static MediaFormat Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return MediaFormat.Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
        {
            return MediaFormat.Png;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return MediaFormat.Webp;
        }

        if (head.StartsWith("GIF8"u8))
        {
            return MediaFormat.Gif;
        }

        if (head.Length >= 8 && (head[4..8].SequenceEqual("ftyp"u8) || head[4..8].SequenceEqual("moov"u8) || head[4..8].SequenceEqual("mdat"u8) || head[4..8].SequenceEqual("wide"u8)))
        {
            return MediaFormat.IsoVideo;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return MediaFormat.Matroska;
        }

        return MediaFormat.Other;
    }

    /// <summary>The format of the file at <paramref name="path"/>.</summary>
    public static MediaFormat Sniff(string path)
    {
        Span<byte> head = stackalloc byte[16];
        using var stream = File.OpenRead(path);
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return Sniff(head[..read]);
    }
}
