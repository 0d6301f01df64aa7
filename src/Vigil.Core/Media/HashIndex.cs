using System.Numerics;

namespace Vigil.Core.Media;

/// <summary>
/// Finds the 64-bit hashes within a Hamming radius of a query among many, by multi-index hashing
/// (Norouzi et al.): each hash is cut into four 16-bit pieces with a table per piece. Two hashes at
/// most r bits apart agree within ⌊r/4⌋ bits on at least one piece, so a query probes only the
/// pieces that near, then checks the whole hash. Built once, read by any number of threads.
/// </summary>
public sealed class HashIndex
{
    private const int Pieces = 4;
    private readonly ulong[] _hashes;
    private readonly int[] _values;
    private readonly int[][] _starts = new int[Pieces][];
    private readonly int[][] _entries = new int[Pieces][];

    /// <summary>Indexes <paramref name="entries"/>: each a hash and the value it stands for (a file's number, say).</summary>
    public HashIndex(IReadOnlyList<(ulong Hash, int Value)> entries)
    {
        _hashes = new ulong[entries.Count];
        _values = new int[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            (_hashes[i], _values[i]) = entries[i];
        }

        // One counting sort per piece: _entries[p][_starts[p][k] .. _starts[p][k+1]) are the entries whose piece p is k.
        for (var p = 0; p < Pieces; p++)
        {
            var starts = new int[65537];
            foreach (var hash in _hashes)
            {
                starts[Piece(hash, p) + 1]++;
            }

            for (var k = 1; k < starts.Length; k++)
            {
                starts[k] += starts[k - 1];
            }

            var next = starts[..^1];
            var list = new int[_hashes.Length];
            for (var i = 0; i < _hashes.Length; i++)
            {
                list[next[Piece(_hashes[i], p)]++] = i;
            }

            _starts[p] = starts;
            _entries[p] = list;
        }
    }

    /// <summary>How many hashes are indexed.</summary>
    public int Count => _hashes.Length;

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
                var key = piece ^ mask;
                var starts = _starts[p];
                for (var e = starts[key]; e < starts[key + 1]; e++)
                {
                    var i = _entries[p][e];
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
