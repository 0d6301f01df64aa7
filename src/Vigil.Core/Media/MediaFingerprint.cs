namespace Vigil.Core.Media;

/// <summary>
/// The perceptual fingerprint of one evidence file: one frame for a photo, the sampled frames of a
/// video in time order. Serialises to 96 bytes per frame for storage.
/// </summary>
public sealed class MediaFingerprint
{
    private static readonly int FrameBytes = 24 + 8 * MediaFrame.CropRegions.Count;

    /// <summary>A fingerprint of <paramref name="frames"/> (at least one), in time order.</summary>
    public MediaFingerprint(bool isVideo, IReadOnlyList<MediaFrame> frames)
    {
        ArgumentOutOfRangeException.ThrowIfZero(frames.Count);
        IsVideo = isVideo;
        Frames = frames;
    }

    /// <summary>Whether the frames were sampled from a video.</summary>
    public bool IsVideo { get; }

    /// <summary>The frames, in time order.</summary>
    public IReadOnlyList<MediaFrame> Frames { get; }

    /// <summary>
    /// Indexes into <see cref="Frames"/> of the frames that start a new shot: the first one, and every
    /// frame more than <paramref name="change"/> bits from the last one kept. These go into the index;
    /// all frames are used to confirm a match.
    /// </summary>
    public IReadOnlyList<int> Keyframes(int change = 4)
    {
        var kept = new List<int> { 0 };
        for (var i = 1; i < Frames.Count; i++)
        {
            if (PerceptualHash.Distance(Frames[i].Dct, Frames[kept[^1]].Dct) > change)
            {
                kept.Add(i);
            }
        }

        return kept;
    }

    /// <summary>The frames as bytes (seconds as float64, then the whole, centre and crop hashes, little-endian).</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Frames.Count * FrameBytes];
        for (var i = 0; i < Frames.Count; i++)
        {
            var slot = bytes.AsSpan(i * FrameBytes, FrameBytes);
            BitConverter.TryWriteBytes(slot, Frames[i].Seconds);
            BitConverter.TryWriteBytes(slot[8..], Frames[i].Dct);
            BitConverter.TryWriteBytes(slot[16..], Frames[i].Centre);
            for (var c = 0; c < Frames[i].Crops.Length; c++)
            {
                BitConverter.TryWriteBytes(slot[(24 + 8 * c)..], Frames[i].Crops[c]);
            }
        }

        return bytes;
    }

    /// <summary>Reads what <see cref="ToBytes"/> wrote; null when the bytes are not a whole number of frames.</summary>
    public static MediaFingerprint? FromBytes(bool isVideo, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0 || bytes.Length % FrameBytes != 0)
        {
            return null;
        }

        var frames = new MediaFrame[bytes.Length / FrameBytes];
        for (var i = 0; i < frames.Length; i++)
        {
            var slot = bytes.Slice(i * FrameBytes, FrameBytes);
            var crops = new ulong[MediaFrame.CropRegions.Count];
            for (var c = 0; c < crops.Length; c++)
            {
                crops[c] = BitConverter.ToUInt64(slot[(24 + 8 * c)..]);
            }

            frames[i] = new MediaFrame(BitConverter.ToDouble(slot), BitConverter.ToUInt64(slot[8..]), BitConverter.ToUInt64(slot[16..]), crops);
        }

        return new MediaFingerprint(isVideo, frames);
    }
}
