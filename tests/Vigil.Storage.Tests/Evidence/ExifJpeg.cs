using System.Buffers.Binary;
using System.Text;

namespace Vigil.Storage.Tests.Evidence;

/// <summary>A tiny JPEG whose EXIF names a camera ("TestCam") and a GPS latitude (35° 41′ N), built byte by byte.</summary>
public static class ExifJpeg
{
    public static byte[] WithGps()
    {
        var tiff = new byte[100];
        "MM"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8);

        // IFD0 at 8: Make (ASCII, 8 bytes at 38) and the GPS IFD pointer (46).
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 2);
        Entry(tiff, 10, 0x010F, 2, 8, 38);
        Entry(tiff, 22, 0x8825, 4, 1, 46);
        Encoding.ASCII.GetBytes("TestCam\0").CopyTo(tiff, 38);

        // GPS IFD at 46: latitude ref "N" (inline) and latitude (3 rationals at 76).
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(46), 2);
        Entry(tiff, 48, 0x0001, 2, 2, 0);
        tiff[56] = (byte)'N';
        Entry(tiff, 60, 0x0002, 5, 3, 76);
        uint[] rationals = [35, 1, 41, 1, 0, 1];
        for (var i = 0; i < rationals.Length; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(76 + (4 * i)), rationals[i]);
        }

        var jpeg = new List<byte> { 0xFF, 0xD8, 0xFF, 0xE1 };
        var length = 2 + 6 + tiff.Length;
        jpeg.Add((byte)(length >> 8));
        jpeg.Add((byte)length);
        jpeg.AddRange("Exif\0\0"u8.ToArray());
        jpeg.AddRange(tiff);
        jpeg.AddRange([0xFF, 0xFE, 0x00, 0x07, (byte)'h', (byte)'e', (byte)'l', (byte)'l', (byte)'o']); // a comment
        jpeg.AddRange([0xFF, 0xDA, 0x00, 0x02, 0x12, 0x34, 0xFF, 0xD9]);
        return [.. jpeg];
    }

    private static void Entry(byte[] tiff, int at, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), tag);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at + 2), type);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at + 4), count);
        if (type == 2 && count <= 4)
        {
            return; // inline ASCII, written by the caller
        }

        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at + 8), value);
    }
}
