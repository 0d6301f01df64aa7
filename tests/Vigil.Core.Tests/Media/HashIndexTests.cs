using System.Numerics;
using Vigil.Core.Media;

namespace Vigil.Core.Tests.Media;

public class HashIndexTests
{
    [Theory]
    [InlineData(0, 4)]
    [InlineData(3, 4)]
    [InlineData(9, 4)]
    [InlineData(9, 5)]
    [InlineData(11, 6)]
    [InlineData(13, 4)]
    [InlineData(20, 4)]
    [InlineData(20, 8)]
    public void Finds_exactly_the_hashes_a_linear_scan_finds(int radius, int pieces)
    {
        var random = new Random(radius + 100 * pieces);
        var hashes = Enumerable.Range(0, 5000).Select(_ => (ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63)).ToList();
        // Plant near copies so small radii have something to find.
        for (var i = 0; i < 500; i++)
        {
            var near = hashes[i];
            for (var b = 0; b < random.Next(0, 15); b++)
            {
                near ^= 1UL << random.Next(64);
            }

            hashes.Add(near);
        }

        var index = new HashIndex(hashes.Select((h, i) => (h, i)).ToList(), pieces);
        for (var q = 0; q < 50; q++)
        {
            var query = hashes[random.Next(hashes.Count)];
            var found = new List<(int, int)>();
            index.Search(query, radius, (value, distance) => found.Add((value, distance)));
            var expected = hashes.Select((h, i) => (i, BitOperations.PopCount(h ^ query))).Where(x => x.Item2 <= radius).OrderBy(x => x.i).ToList();
            Assert.Equal(expected, found.OrderBy(x => x.Item1).ToList());
        }
    }
}
