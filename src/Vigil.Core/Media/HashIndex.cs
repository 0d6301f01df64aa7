using System.Numerics;
using System.Runtime.InteropServices;

namespace Vigil.Core.Media;

/// <summary>
/// Finds the 64-bit hashes within a Hamming radius of a query among many, by multi-index hashing
/// (Norouzi et al.): each hash is cut into m pieces with a table per piece. Two hashes at most r bits
/// apart agree within ⌊r/m⌋ bits on at least one piece, so a query probes only the buckets that near in
/// each table, then checks the whole hash. Hashes can be added at any time (a store grows one file at a
/// time); adding and searching are not safe at the same time, searching from several threads is.
/// </summary>
/// <remarks>
/// The number of pieces sets the cost of a search: probes (buckets within ⌊r/m⌋ bits of the query's piece)
/// against candidates (entries in those buckets, all checked). Four 16-bit pieces at radius 11 probe 548
/// buckets per search; five 13-bit pieces at radius 9 probe 69 with about the same share of candidates, and
/// at 100,000 files the probes — each a cache miss — are most of a search's time.
/// </remarks>
public sealed class HashIndex
{
    private readonly int[] _shifts;
    private readonly ulong[] _widthMasks;
    // Per piece and bucket: the entries' hashes in one array, their values in another. A search reads only the
    // hashes (8 bytes an entry, one run of memory per bucket) and looks at a value only for a hash within the radius.
    private readonly ulong[]?[][] _hashes;
    private readonly int[]?[][] _values;
    private readonly int[][] _counts;

    /// <summary>An empty index cutting hashes into <paramref name="pieces"/> pieces (4–8; default 4 of 16 bits).</summary>
    public HashIndex(int pieces = 4)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pieces, 4);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pieces, 8);
        Pieces = pieces;
        _shifts = new int[pieces];
        _widthMasks = new ulong[pieces];
        _hashes = new ulong[]?[pieces][];
        _values = new int[]?[pieces][];
        _counts = new int[pieces][];
        var shift = 0;
        for (var p = 0; p < pieces; p++)
        {
            // 64 bits shared as evenly as they go (five pieces: 13, 13, 13, 13, 12).
            var width = (64 - shift) / (pieces - p) + ((64 - shift) % (pieces - p) > 0 ? 1 : 0);
            _shifts[p] = shift;
            _widthMasks[p] = (1UL << width) - 1;
            _hashes[p] = new ulong[]?[1 << width];
            _values[p] = new int[]?[1 << width];
            _counts[p] = new int[1 << width];
            shift += width;
        }
    }

    /// <summary>Indexes <paramref name="entries"/>: each a hash and the value it stands for (a file's number, say).</summary>
    public HashIndex(IReadOnlyList<(ulong Hash, int Value)> entries, int pieces = 4)
        : this(pieces)
    {
        foreach (var (hash, value) in entries)
        {
            Add(hash, value);
        }
    }

    /// <summary>How many pieces a hash is cut into.</summary>
    public int Pieces { get; }

    /// <summary>How many hashes are indexed.</summary>
    public int Count { get; private set; }

    /// <summary>Adds one hash and the value it stands for.</summary>
    public void Add(ulong hash, int value)
    {
        for (var p = 0; p < Pieces; p++)
        {
            var piece = Piece(hash, p);
            ref var hashes = ref _hashes[p][piece];
            ref var values = ref _values[p][piece];
            ref var count = ref _counts[p][piece];
            if (hashes is null || count == hashes.Length)
            {
                Array.Resize(ref hashes, Math.Max(2, 2 * count));
                Array.Resize(ref values, hashes.Length);
            }

            hashes[count] = hash;
            values![count] = value;
            count++;
        }

        Count++;
    }

    /// <summary>
    /// Calls <paramref name="found"/> with the value and distance of every indexed hash at most
    /// <paramref name="radius"/> bits from <paramref name="query"/> (0–31); an entry found through two pieces is reported once.
    /// </summary>
    public void Search(ulong query, int radius, Action<int, int> found)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(radius, 31);
        var reach = radius / Pieces;
        for (var p = 0; p < Pieces; p++)
        {
            var piece = Piece(query, p);
            var buckets = _hashes[p];
            var counts = _counts[p];
            foreach (var mask in Masks(BitOperations.PopCount(_widthMasks[p]), reach))
            {
                var at = piece ^ mask;
                if (buckets[at] is not { } bucket)
                {
                    continue;
                }

                var hashes = bucket.AsSpan(0, counts[at]);
                for (var k = 0; k < hashes.Length; k++)
                {
                    var distance = BitOperations.PopCount(hashes[k] ^ query);
                    // An entry near on several pieces is met once per piece (each in one bucket): report it at the first.
                    if (distance <= radius && (p == 0 || FirstNearPiece(hashes[k], query, reach) == p))
                    {
                        found(_values[p][at]![k], distance);
                    }
                }
            }
        }
    }

    /// <summary>The most entries one bucket holds, over all pieces (a degenerate key shows as a bucket far above <see cref="Count"/> ÷ 2^width).</summary>
    public int LargestBucket() => _counts.Max(c => c.Max());

    private int FirstNearPiece(ulong hash, ulong query, int reach)
    {
        for (var p = 0; p < Pieces; p++)
        {
            if (BitOperations.PopCount((ulong)(Piece(hash, p) ^ Piece(query, p))) <= reach)
            {
                return p;
            }
        }

        return Pieces;
    }

    private int Piece(ulong hash, int p) => (int)((hash >> _shifts[p]) & _widthMasks[p]);

    // XOR masks of every value of `width` bits (8–16) within `reach` bits (0–7) of zero, nearest first; each made on
    // first use. Two threads may both make one: they make the same array, and either is kept.
    private static readonly int[]?[][] MaskCache = Enumerable.Range(0, 17).Select(_ => new int[]?[8]).ToArray();

    private static int[] Masks(int width, int reach) =>
        MaskCache[width][reach] ??= Enumerable.Range(0, 1 << width).Where(m => BitOperations.PopCount((uint)m) <= reach).OrderBy(m => BitOperations.PopCount((uint)m)).ToArray();
}
