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
    private readonly List<ulong> _hashes = [];
    private readonly List<int> _values = [];
    private readonly List<int>?[][] _buckets = [new List<int>?[65536], new List<int>?[65536], new List<int>?[65536], new List<int>?[65536]];

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
        var i = _hashes.Count;
        _hashes.Add(hash);
        _values.Add(value);
        for (var p = 0; p < Pieces; p++)
        {
            (_buckets[p][Piece(hash, p)] ??= new List<int>(2)).Add(i);
        }
    }

    /// <summary>How many hashes are indexed.</summary>
    public int Count => _hashes.Count;

    /// <summary>
    /// Calls <paramref name="found"/> with the value and distance of every indexed hash at most
    /// <paramref name="radius"/> bits from <paramref name="query"/> (0–31); an entry found through two pieces is reported once.
    /// </summary>
    public void Search(ulong query, int radius, Action<int, int> found)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(radius, 31);
        var reach = radius / Pieces;
        HashSet<int>? seen = null;
        for (var p = 0; p < Pieces; p++)
        {
            var piece = Piece(query, p);
            foreach (var mask in Masks[reach])
            {
                if (_buckets[p][piece ^ mask] is not { } bucket)
                {
                    continue;
                }

                foreach (var i in bucket)
                {
                    var distance = BitOperations.PopCount(_hashes[i] ^ query);
                    if (distance > radius)
                    {
                        continue;
                    }

                    // An entry near on several pieces is met once per piece; report it at the first.
                    if (p > 0 && FirstNearPiece(_hashes[i], query, reach) < p)
                    {
                        continue;
                    }

                    seen ??= [];
                    if (seen.Add(i))
                    {
                        found(_values[i], distance);
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

    private static int Piece(ulong hash, int p) => (int)((hash >> (16 * p)) & 0xFFFF);

    // XOR masks of every 16-bit value within `reach` bits of zero, computed once per reach.
    private static readonly int[][] Masks = Enumerable.Range(0, 8)
        .Select(reach => Enumerable.Range(0, 65536).Where(m => BitOperations.PopCount((uint)m) <= reach).OrderBy(m => BitOperations.PopCount((uint)m)).ToArray())
        .ToArray();
}
