namespace Vigil.Storage.Mentions;

/// <summary>
/// Version-7 UUIDs that ascend in the order they are made, within one millisecond too (RFC 9562 §6.2, method 2: an id
/// made in the same millisecond as the last, or with the clock behind it, is the last one plus a random step in its
/// random bits). Mentions are ordered by id where everything else ties: the clusterer's canonical order, an incident's
/// members when its figures and end date are made. With <see cref="Guid.CreateVersion7()"/> alone, two mentions written
/// in the same millisecond came out in either order, so the same reports could give an incident another end date, and the
/// audit trail one intermediate incident more or less, from one run to the next. Ingest writes mentions in report order,
/// so their ids now keep that order. Thread-safe.
/// </summary>
public sealed class OrderedIds
{
    // The 128 bits, most significant first: unix_ts_ms (48), version (4), rand_a (12), variant (2), rand_b (62).
    private const int RandBBits = 62;
    private static readonly UInt128 RandBMask = (UInt128.One << RandBBits) - 1;
    private const ulong RandAMask = 0xFFF;

    private readonly Lock _gate = new();
    private UInt128 _last;

    /// <summary>The generator ingest, re-extraction and every other writer of mentions share.</summary>
    public static OrderedIds Shared { get; } = new();

    /// <summary>A new id, after every id this generator made before.</summary>
    public Guid Next() => Next(Guid.CreateVersion7(), (uint)Random.Shared.Next(1, int.MaxValue));

    /// <summary><paramref name="fresh"/> when it is after the last id made, else the last id plus <paramref name="step"/> (≥ 1).</summary>
    internal Guid Next(Guid fresh, uint step)
    {
        ArgumentOutOfRangeException.ThrowIfZero(step);
        var value = ToBits(fresh);
        lock (_gate)
        {
            if (value <= _last)
            {
                value = After(_last, step);
            }

            _last = value;
        }

        return FromBits(value);
    }

    // last + step in rand_b; a carry goes into rand_a, then into the timestamp, never into the version or variant bits.
    private static UInt128 After(UInt128 last, uint step)
    {
        var randB = last & RandBMask;
        var sum = randB + step;
        if (sum <= RandBMask)
        {
            return (last & ~RandBMask) | sum;
        }

        var randA = (ulong)(last >> 64) & RandAMask;
        var timestamp = last >> 80;
        if (randA == RandAMask)
        {
            randA = 0;
            timestamp++;
        }
        else
        {
            randA++;
        }

        var version = (last >> 76) & 0xF;
        var variant = (last >> RandBBits) & 0x3;
        return (timestamp << 80) | (version << 76) | ((UInt128)randA << 64) | (variant << RandBBits) | (sum - RandBMask - 1);
    }

    private static UInt128 ToBits(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    private static Guid FromBits(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(bytes, value);
        return new Guid(bytes, bigEndian: true);
    }
}
