using System.Numerics;

namespace Vigil.Core.Media;

/// <summary>
/// Finds the 64-bit hashes within a Hamming radius of a query among many, by multi-index hashing
/// (Norouzi et al.): each hash is cut into four 16-bit pieces with a table per piece. Two hashes at
/// most r bits apart agree within ⌊r/4⌋ bits on at least one piece, so a query probes only the
/// pieces that near, then checks the whole hash. Hashes can be added at any time (a store grows one
/// file at a time); adding and searching are not safe at the same time, searching from several threads is.
/// </summary>
public sealed class HashIndex
{
    private const int Pieces = 4;

    // Each bucket holds its entries' hashes and values inline: a probe reads one run of memory instead of
    // jumping to a shared array per entry (at 100,000 files the crop table holds over a million hashes).
    private readonly List<Entry>?[][] _buckets = [new List<Entry>?[65536], new List<Entry>?[65536], new List<Entry>?[65536], new List<Entry>?[65536]];

    /// <summary>An empty index.</summary>
    public HashIndex()
    {
    }

    /// <summary>Indexes <paramref name="entries"/>: each a hash and the value it stands for (a file's number, say).</summary>
    public HashIndex(IReadOnlyList<(ulong Hash, int Value)> entries)
    {
        foreach (var (hash, value) in entries)
        {
            Add(hash, value);
        }
    }

    /// <summary>Adds one hash and the value it stands for.</summary>
    public void Add(ulong hash, int value)
    {
        for (var p = 0; p < Pieces; p++)
        {
            (_buckets[p][Piece(hash, p)] ??= new List<Entry>(2)).Add(new Entry(hash, value));
        }

        Count++;
    }

    /// <summary>How many hashes are indexed.</summary>
    public int Count { get; private set; }

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
            foreach (var mask in Masks[reach])
            {
                if (_buckets[p][piece ^ mask] is not { } bucket)
                {
                    continue;
                }

                foreach (var entry in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bucket))
                {
                    var distance = BitOperations.PopCount(entry.Hash ^ query);
                    // An entry near on several pieces is met once per piece (each in one bucket): report it at the first.
                    if (distance <= radius && (p == 0 || FirstNearPiece(entry.Hash, query, reach) == p))
                    {
                        found(entry.Value, distance);
                    }
                }
            }
        }
    }

    private static int FirstNearPiece(ulong hash, ulong query, int reach)
    {
        for (var p = 0; p < Pieces; p++)
        {
            if (BitOperations.PopCount((uint)(Piece(hash, p) ^ Piece(query, p))) <= reach)
            {
                return p;
            }
        }

        return Pieces;
    }

    private readonly record struct Entry(ulong Hash, int Value);

    private static int Piece(ulong hash, int p) => (int)((hash >> (16 * p)) & 0xFFFF);

    // XOR masks of every 16-bit value within `reach` bits of zero, computed once per reach.
    private static readonly int[][] Masks = Enumerable.Range(0, 8)
        .Select(reach => Enumerable.Range(0, 65536).Where(m => BitOperations.PopCount((uint)m) <= reach).OrderBy(m => BitOperations.PopCount((uint)m)).ToArray())
        .ToArray();
}
