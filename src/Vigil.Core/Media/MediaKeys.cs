namespace Vigil.Core.Media;

/// <summary>
/// The hashes of one file that go into a <see cref="MediaIndex"/>: the whole-picture and centre hashes of
/// at most 16 keyframes spread over the file, and the crop hashes of at most 4 of them. Small (a photo's
/// are 88 bytes, a long video's at most 1.5 kB), so a store keeps them beside each file and builds its
/// index from them without reading every frame.
/// </summary>
/// <param name="Whole">Whole-picture hashes of the indexed keyframes.</param>
/// <param name="Centre">Centre hashes of the same keyframes.</param>
/// <param name="Crops">Crop hashes (<see cref="MediaFrame.CropRegions"/>) of up to <see cref="CroppedKeyframes"/> of them.</param>
public sealed record MediaKeys(ulong[] Whole, ulong[] Centre, ulong[] Crops)
{
    /// <summary>How many keyframes of one file are indexed.</summary>
    public const int IndexedKeyframes = 16;

    /// <summary>How many of those have their crop hashes indexed too (nine hashes each).</summary>
    public const int CroppedKeyframes = 4;

    /// <summary>The keys of <paramref name="fingerprint"/>, keyframes taken at <paramref name="keyframeChange"/> bits.</summary>
    public static MediaKeys Of(MediaFingerprint fingerprint, int keyframeChange = 4)
    {
        // Spread over the file: a trimmed copy still meets several of them.
        var keyframes = Spread(fingerprint.Keyframes(keyframeChange), IndexedKeyframes);
        var cropped = Spread(keyframes, CroppedKeyframes);
        return new MediaKeys(
            keyframes.Select(k => fingerprint.Frames[k].Dct).ToArray(),
            keyframes.Select(k => fingerprint.Frames[k].Centre).ToArray(),
            cropped.SelectMany(k => fingerprint.Frames[k].Crops).ToArray());
    }

    /// <summary>The keys as bytes: counts of whole hashes and crop hashes (int32 each), then the whole, centre and crop hashes (little-endian).</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[8 + 8 * (Whole.Length + Centre.Length + Crops.Length)];
        BitConverter.TryWriteBytes(bytes, Whole.Length);
        BitConverter.TryWriteBytes(bytes.AsSpan(4), Crops.Length);
        var at = 8;
        foreach (var hash in Whole.Concat(Centre).Concat(Crops))
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(at), hash);
            at += 8;
        }

        return bytes;
    }

    /// <summary>Reads what <see cref="ToBytes"/> wrote; null when the bytes do not have that shape.</summary>
    public static MediaKeys? FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 8)
        {
            return null;
        }

        var whole = BitConverter.ToInt32(bytes);
        var crops = BitConverter.ToInt32(bytes[4..]);
        if (whole < 0 || crops < 0 || whole > IndexedKeyframes || crops > CroppedKeyframes * MediaFrame.CropRegions.Count || bytes.Length != 8 + 8 * (2 * whole + crops))
        {
            return null;
        }

        var hashes = new ulong[2 * whole + crops];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = BitConverter.ToUInt64(bytes[(8 + 8 * i)..]);
        }

        return new MediaKeys(hashes[..whole], hashes[whole..(2 * whole)], hashes[(2 * whole)..]);
    }

    private static List<int> Spread(IReadOnlyList<int> items, int most)
    {
        var step = Math.Max(1, (items.Count + most - 1) / most);
        var kept = new List<int>();
        for (var n = 0; n < items.Count; n += step)
        {
            kept.Add(items[n]);
        }

        return kept;
    }
}
